/**
 * Tables whose cells are separated by blanks — a PDF's text layer, a table typed with spaces: a header line of words
 * (单位 收案数 受理数, repeated for a two-up layout) and rows of a row header followed by its numbers (省人社厅 132 118,
 * or two rows side by side: 省人社厅 132 118 省卫健委 7 5).
 */
import { fitHeader, isWordCell, NUMBER_CELL } from './table-cells.js';
import type { TableCell, TableRow, TextTable } from './tables.js';

interface Line {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly TableCell[];
}

/** The lines of a text with their blank-separated tokens; blank lines left out. */
function tokenLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const tokens = [...text.slice(lineStart, lineEnd).matchAll(/[^\s\u3000]+/g)].map((m) => ({
      start: lineStart + m.index,
      end: lineStart + m.index + m[0].length,
      text: m[0],
    }));
    if (tokens.length > 0) lines.push({ start: lineStart, end: lineEnd, tokens });
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return lines;
}

const isNumber = (t: TableCell) => NUMBER_CELL.test(t.text);

/**
 * The rows of a line: one or more of (row header words, then exactly `width` numbers), covering the whole line;
 * `undefined` when the line is not made of such rows. A `width` of 0 takes it from the first row.
 */
function rowsOf(line: Line, width: number): TableRow[] | undefined {
  const rows: TableRow[] = [];
  const { tokens } = line;
  let w = width;
  let at = 0;
  while (at < tokens.length) {
    let words = 0;
    while (at + words < tokens.length && !isNumber(tokens[at + words] as TableCell)) words++;
    let numbers = 0;
    while (at + words + numbers < tokens.length && isNumber(tokens[at + words + numbers] as TableCell))
      numbers++;
    if (w === 0) w = numbers;
    if (words === 0 || numbers === 0 || numbers !== w) return undefined;
    const head = tokens.slice(at, at + words);
    if (!head.every((t) => isWordCell(t.text))) return undefined;
    const first = head[0] as TableCell;
    const label = {
      start: first.start,
      end: (head.at(-1) as TableCell).end,
      text: head.map((t) => t.text).join(''),
    };
    const cells = [label, ...tokens.slice(at + words, at + words + numbers)];
    rows.push({ start: label.start, end: (cells.at(-1) as TableCell).end, label: label.text, cells });
    at += words + numbers;
  }
  return rows;
}

/**
 * The tables of a text whose cells are separated by blanks: a line of two words or more that fit the width of the
 * rows below it (once, or repeated for a two-up layout; with or without a corner word such as 单位), then lines that
 * are each one or more rows of that width — a row header and its numbers — two rows at least. The table ends at the
 * first line that is not such rows.
 *
 * @param text - the report text
 * @returns the tables in text order
 */
export function findSpacedTables(text: string): TextTable[] {
  const lines = tokenLines(text);
  const tables: TextTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i] as Line;
    if (head.tokens.length < 2 || !head.tokens.every((t) => isWordCell(t.text))) continue;
    const firstRows = lines[i + 1] === undefined ? undefined : rowsOf(lines[i + 1] as Line, 0);
    if (firstRows === undefined) continue;
    const width = (firstRows[0] as TableRow).cells.length - 1;
    const headers = fitHeader(
      head.tokens.map((t) => t.text),
      width,
    );
    if (headers === undefined) continue;
    const rows: TableRow[] = [];
    let j = i + 1;
    let next: TableRow[] | undefined = firstRows;
    while (next !== undefined) {
      rows.push(...next);
      j++;
      next = lines[j] === undefined ? undefined : rowsOf(lines[j] as Line, width);
    }
    if (rows.length < 2) continue;
    const header = { start: (head.tokens[0] as TableCell).start, end: (head.tokens.at(-1) as TableCell).end };
    tables.push({ start: header.start, end: (rows.at(-1) as TableRow).end, headers, header, rows });
    i = j - 1;
  }
  return tables;
}
