/** Reads an HTML page as the plain text the extractor reads, tables cell by cell with their headers. */
import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'iframe',
  'object',
  'select',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'ul',
  'caption',
]);

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function inlineText(node: ChildNode): string {
  if (node.type === 'text') return (node as { data: string }).data;
  if (!isElement(node) || SKIP.has(node.name)) return '';
  if (node.name === 'br') return ' ';
  return node.children.map(inlineText).join('');
}

const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** The rows of a table as grids of cell texts, colspan and rowspan spread over the cells they cover. */
function tableGrid(table: Element): { cells: string[][]; headerRow: boolean[] } {
  const rows: Element[] = [];
  const collect = (el: Element) => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.name === 'tr') rows.push(c);
      else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') collect(c);
    }
  };
  collect(table);
  const cells: string[][] = [];
  const headerRow: boolean[] = [];
  const pending: (string | undefined)[][] = [];
  rows.forEach((tr, r) => {
    const row: string[] = cells[r] ?? [];
    cells[r] = row;
    let col = 0;
    const tds = tr.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
    headerRow[r] = tds.length > 0 && tds.every((c) => c.name === 'th');
    for (const td of tds) {
      while (pending[r]?.[col] !== undefined) row[col] = pending[r]?.[col++] as string;
      const text = squash(td.children.map(inlineText).join(''));
      const colspan = Math.max(1, Math.min(50, Number(td.attribs.colspan) || 1));
      const rowspan = Math.max(1, Math.min(500, Number(td.attribs.rowspan) || 1));
      for (let k = 0; k < colspan; k++) {
        row[col + k] = text;
        for (let d = 1; d < rowspan; d++) {
          pending[r + d] ??= [];
          (pending[r + d] as (string | undefined)[])[col + k] = text;
        }
      }
      col += colspan;
    }
    while (pending[r]?.[col] !== undefined) row[col] = pending[r]?.[col++] as string;
  });
  return { cells, headerRow };
}

/**
 * A table as lines. Three columns or more and two rows: one line per row, cells between `|` (the layout `findTextTables` reads,
 * so year, share and change columns, the total row and named units are read as in any table), the header rows at
 * the top merged per column (行政复议 over 收案 → 行政复议收案). Fewer: each data cell on its own line after its row
 * header and column header (`行政复议 受理 48`), so that each figure keeps the words that say what it counts.
 */
function tableLines(table: Element): string[] {
  const { cells, headerRow } = tableGrid(table);
  if (cells.length === 0) return [];
  const width = Math.max(...cells.map((r) => r.length));
  const tops = headerRow.indexOf(false) < 0 ? headerRow.length : headerRow.indexOf(false);
  const heads = Math.max(1, tops);
  const rows = cells.slice(heads).filter((r) => !r.every((c) => c === r[0])).length;
  if (width >= 3 && rows >= 2) return barLines(cells, heads, width);
  const headerIndex = Math.max(0, headerRow.indexOf(true));
  const header = cells[headerIndex] ?? [];
  const lines: string[] = [];
  const headerLine = header.filter((h, i) => h !== '' && header[i - 1] !== h).join(' ');
  if (headerLine !== '') lines.push(headerLine);
  cells.forEach((row, r) => {
    if (r === headerIndex) return;
    const rowHeader = row[0] ?? '';
    if (row.every((c) => c === rowHeader)) {
      if (rowHeader !== '') lines.push(rowHeader);
      return;
    }
    const line: string[] = [];
    row.forEach((cell, c) => {
      if (cell === '') return;
      if (c === 0) {
        if (row.length === 1) line.push(cell);
        return;
      }
      const colHeader = header[c] ?? '';
      line.push(
        [rowHeader, colHeader === rowHeader ? '' : colHeader, cell].filter((s) => s !== '').join(' '),
      );
    });
    lines.push(...line);
  });
  return lines;
}

/** The rows of a table between bars: the top `heads` rows merged into one header, an empty cell written `-`. */
function barLines(cells: readonly string[][], heads: number, width: number): string[] {
  const cell = (s: string | undefined) => (s === undefined || s === '' ? '-' : s.replace(/\|/g, '｜'));
  const header = Array.from({ length: width }, (_, c) => {
    const words = cells.slice(0, heads).map((r) => r[c] ?? '');
    return words.filter((w, i) => w !== '' && words.indexOf(w) === i).join('');
  });
  const lines = [header.map((h) => h.replace(/\|/g, '｜')).join(' | ')];
  for (const row of cells.slice(heads)) {
    // A row of one cell spread over the table (a note, a sub-heading) is a line of its own.
    if (row.every((c) => c === row[0])) lines.push(row[0] ?? '');
    else lines.push(Array.from({ length: width }, (_, c) => cell(row[c])).join(' | '));
  }
  return lines.filter((l) => l !== '');
}

/**
 * The text of an HTML page as the extractor reads it: scripts, styles and the head dropped, one line per block
 * (paragraph, heading, list item), and tables as rows of cells between `|` (of two columns: each cell on its own
 * line after its row and column headers). Entities are decoded. Offsets of `extractObservations` refer to this text, so keep it beside the dataset.
 *
 * @param html - the page
 * @returns the text
 * @example
 * ```ts
 * htmlToText('<p>办结23件</p><table><tr><th></th><th>受理</th></tr><tr><td>行政复议</td><td>48</td></tr></table>')
 * // "办结23件\n受理\n行政复议 受理 48"
 * ```
 */
export function htmlToText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true });
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const s = squash(current);
    if (s !== '') lines.push(s);
    current = '';
  };
  const walk = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        current += (node as { data: string }).data;
        continue;
      }
      if (!isElement(node) || SKIP.has(node.name)) continue;
      if (node.name === 'table') {
        flush();
        lines.push(...tableLines(node));
        continue;
      }
      const block = BLOCK.has(node.name);
      if (block) flush();
      walk(node.children);
      if (block) flush();
    }
  };
  walk(doc.children);
  flush();
  return lines.join('\n');
}
