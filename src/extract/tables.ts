/**
 * Tables written as text (`单位 | 2019受理量 | 2020受理量 | 占比 |`, or cells separated by tabs): their rows, cells and
 * column headers, so that a figure in a cell is read with its row and column header as context.
 */

import type { Span } from './segment.js';
import { findSpacedTables } from './spaced-tables.js';
import { findStackedTables } from './stacked-tables.js';
import { isWordCell, NUMBER_CELL } from './table-cells.js';

/** One cell of a text table. */
export interface TableCell extends Span {
  /** The cell's words, trimmed. */
  readonly text: string;
}

/** A row of a text table below its header. */
export interface TableRow extends Span {
  /** The row header: the words of its first cell. */
  readonly label: string;
  /** Its cells, the row header first. */
  readonly cells: readonly TableCell[];
}

/** A table written as text: a header line and at least two rows with the same number of cells. */
export interface TextTable extends Span {
  /** The header line's cells (the first names the row headers: 单位, 地区). */
  readonly headers: readonly string[];
  /** The span of the header line. */
  readonly header: Span;
  /** The rows below it. */
  readonly rows: readonly TableRow[];
}

/** Where a figure stands in a table: the table, its row, and the index of its column. */
export interface CellPlace {
  /** The table. */
  readonly table: TextTable;
  /** The row, or `undefined` for the header line. */
  readonly row?: TableRow;
  /** Index of the cell (0 is the row header). */
  readonly column: number;
}

const SEPARATOR_ROW = /^[\s|:：\-—]+$/;

/** The cells of a line, split at `|` (a leading and a trailing bar are the frame) or at tabs; `undefined` if fewer than 3. */
function splitCells(text: string, start: number, end: number): TableCell[] | undefined {
  const line = text.slice(start, end);
  const sep = line.includes('|') ? '|' : line.includes('\t') ? '\t' : undefined;
  if (sep === undefined) return undefined;
  const cells: TableCell[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] !== sep) continue;
    const raw = line.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    const words = raw.trim();
    cells.push({ start: start + from + lead, end: start + from + lead + words.length, text: words });
    from = i + 1;
  }
  // The frame of `| a | b |`: empty cells before the first bar and after the last.
  if (cells[0]?.text === '' && line.trimStart().startsWith(sep)) cells.shift();
  if (cells.at(-1)?.text === '') cells.pop();
  return cells.length >= 3 ? cells : undefined;
}

/**
 * The tables of a text, in text order, whatever their layout: cells between `|` or tabs, one cell per line (see
 * `findStackedTables`) or cells separated by blanks (`findSpacedTables`). Where two readings overlap, the first found keeps the lines.
 *
 * @param text - the report text
 * @returns the tables in text order
 */
export function findTextTables(text: string): TextTable[] {
  const all = [...findDelimitedTables(text), ...findStackedTables(text), ...findSpacedTables(text)];
  const kept: TextTable[] = [];
  for (const t of all) if (!kept.some((k) => k.start < t.end && t.start < k.end)) kept.push(t);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The tables of a text written with delimiters: runs of at least three lines (a header and two rows) of cells separated by `|` or tabs, the
 * header being a line whose cells after the first are words, not numbers. A markdown rule line (`|---|---|`) is skipped.
 *
 * @param text - the report text
 * @returns the tables in text order
 */
function findDelimitedTables(text: string): TextTable[] {
  const tables: TextTable[] = [];
  let run: { span: Span; cells: TableCell[] }[] = [];
  const flush = () => {
    const [head, ...body] = run;
    run = [];
    if (head === undefined || body.length < 2) return;
    // A header of words, rows of numbers or short words: cells of prose (two columns of a page) make no table.
    if (
      head.cells.some((c, i) => c.text !== '' && (!isWordCell(c.text) || (i > 0 && NUMBER_CELL.test(c.text))))
    )
      return;
    const width = head.cells.length;
    const cell = (c: TableCell) => c.text === '' || NUMBER_CELL.test(c.text) || isWordCell(c.text);
    const rows = body.filter((r) => r.cells.length === width && r.cells.every(cell));
    if (rows.length < 2) return;
    tables.push({
      start: head.span.start,
      end: (body.at(-1) as (typeof body)[number]).span.end,
      headers: head.cells.map((c) => c.text),
      header: head.span,
      rows: rows.map((r) => ({ ...r.span, label: (r.cells[0] as TableCell).text, cells: r.cells })),
    });
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    if (SEPARATOR_ROW.test(line) && line.includes('-') && run.length > 0) {
      // a markdown rule under the header
    } else {
      const cells = splitCells(text, lineStart, lineEnd);
      if (cells === undefined) flush();
      else run.push({ span: { start: lineStart, end: lineEnd }, cells });
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  flush();
  return tables;
}

/**
 * The table cell an offset falls in, if any.
 *
 * @param tables - from {@link findTextTables}
 * @param offset - an offset into the text
 * @returns the table, the row (none on the header line) and the column
 */
export function cellAt(tables: readonly TextTable[], offset: number): CellPlace | undefined {
  const table = tables.find((t) => t.start <= offset && offset < t.end);
  if (table === undefined) return undefined;
  if (offset < table.header.end) return { table, column: -1 };
  const row = table.rows.find((r) => r.start <= offset && offset < r.end);
  if (row === undefined) return undefined;
  const column = row.cells.findIndex((c) => c.start <= offset && offset < c.end);
  return column < 0 ? undefined : { table, row, column };
}

/** A row header that names the total of the rows (合计, 总计, 小计, 全部). */
export const TOTAL_ROW = /^(?:合\s*计|总\s*计|小\s*计|总数|全部|汇总|共计)$/;
