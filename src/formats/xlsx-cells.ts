/** Cell names of spreadsheets (`B12`), apart from the workbook reader so that naming a cell loads no spreadsheet library. */

/**
 * A cell's name from its 0-based column and 1-based row.
 *
 * @param column - 0 for column A
 * @param row - the row number
 * @returns the cell's name, e.g. `B12`
 * @example
 * ```ts
 * cellName(27, 3) // 'AB3'
 * ```
 */
export function cellName(column: number, row: number): string {
  let letters = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) {
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}
