/** The shape of a table found in a report's text, whatever its layout: header, rows, cells, and a cell's place. */
import type { Span } from './segment.js';

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
