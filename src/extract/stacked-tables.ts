/**
 * Tables printed one cell per line — a web page's or a PDF's table copied as text: the column headers on lines of
 * their own (收案数 / 受理数, repeated for a two-up layout), then each row as its row header (on one line or split over
 * two: 市场监督 / 管理局) followed by one line per number.
 */
import { fitHeader, isWordCell, NUMBER_CELL } from './table-cells.js';
import type { TableCell, TableRow, TextTable } from './tables.js';

interface Token extends TableCell {
  readonly number: boolean;
}

/** The longest row header split over lines that is still read as one (市场监督 / 管理局). */
const MAX_LABEL_LINES = 3;

/**
 * The runs of lines that are all cells (a number, or a few words), blank lines skipped; any other line ends a run.
 */
function cellRuns(text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const raw = text.slice(lineStart, lineEnd);
    const words = raw.trim();
    if (words !== '') {
      const start = lineStart + raw.indexOf(words);
      const token = { start, end: start + words.length, text: words };
      if (NUMBER_CELL.test(words)) run.push({ ...token, number: true });
      else if (isWordCell(words)) run.push({ ...token, number: false });
      else if (run.length > 0) {
        runs.push(run);
        run = [];
      }
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The row that starts at `at`: 1–3 word lines (none of them a column header), then exactly as many number lines as
 * there are columns; `undefined` if none fits.
 */
function rowAt(
  tokens: readonly Token[],
  at: number,
  headers: readonly string[],
): { row: TableRow; used: number } | undefined {
  const width = headers.length - 1;
  let labels = 0;
  while (labels < MAX_LABEL_LINES && tokens[at + labels]?.number === false) labels++;
  if (labels === 0 || tokens.slice(at, at + labels).some((t) => headers.includes(t.text))) return undefined;
  const numbers = tokens.slice(at + labels, at + labels + width);
  if (numbers.length < width || numbers.some((t) => !t.number)) return undefined;
  if (tokens[at + labels + width]?.number === true) return undefined;
  const first = tokens[at] as Token;
  const last = tokens[at + labels - 1] as Token;
  const label: TableCell = {
    start: first.start,
    end: last.end,
    text: tokens
      .slice(at, at + labels)
      .map((t) => t.text)
      .join(''),
  };
  const cells = [label, ...numbers.map(({ start, end, text }) => ({ start, end, text }))];
  const row = { start: first.start, end: (numbers.at(-1) as Token).end, label: label.text, cells };
  return { row, used: labels + width };
}

/** The table whose first row's numbers start at `first`: a header that fits them, then two rows or more. */
function tableAt(
  tokens: readonly Token[],
  from: number,
  first: number,
): { table: TextTable; next: number } | undefined {
  let width = 0;
  while (tokens[first + width]?.number) width++;
  for (let labels = 1; labels <= MAX_LABEL_LINES; labels++) {
    const rowStart = first - labels;
    // The header: the longest run of word lines before the first row whose words fit its numbers.
    for (let h = from; h < rowStart; h++) {
      const head = tokens.slice(h, rowStart);
      const headers = fitHeader(
        head.flatMap((t) => t.text.split(/\s+/)),
        width,
      );
      // Lines left before the header are a caption, not a header word printed once more (收案数 受理数 收案数).
      if (headers === undefined || tokens.slice(from, h).some((t) => headers.includes(t.text))) continue;
      const rows: TableRow[] = [];
      let at = rowStart;
      for (let next = rowAt(tokens, at, headers); next !== undefined; next = rowAt(tokens, at, headers)) {
        rows.push(next.row);
        at += next.used;
      }
      if (rows.length < 2) continue;
      const start = (head[0] as Token).start;
      return {
        table: {
          start,
          end: (rows.at(-1) as TableRow).end,
          headers,
          header: { start, end: (head.at(-1) as Token).end },
          rows,
        },
        next: at,
      };
    }
  }
  return undefined;
}

/**
 * The tables of a text printed one cell per line: a header of word lines whose words fit the width of the rows
 * (once, or repeated for a two-up layout; with or without a corner word such as 单位), then at least two rows of the
 * same width, each a row header of one to three lines and one line per number. The table ends at the first line
 * that does not continue it.
 *
 * @param text - the report text
 * @returns the tables in text order
 */
export function findStackedTables(text: string): TextTable[] {
  const tables: TextTable[] = [];
  for (const tokens of cellRuns(text)) {
    let from = 0;
    while (from < tokens.length) {
      const first = tokens.findIndex((t, i) => i >= from && t.number);
      if (first < 0) break;
      const found = tableAt(tokens, from, first);
      if (found === undefined) {
        from = first;
        while (tokens[from]?.number) from++;
        continue;
      }
      tables.push(found.table);
      from = found.next;
    }
  }
  return tables;
}
