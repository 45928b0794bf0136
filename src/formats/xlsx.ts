/**
 * Reads observations from an `.xlsx` workbook: one sheet in the long format (a header row of observation fields,
 * then one observation per row), streamed with exceljs and fed to the same row reader as CSV. Node only, and kept
 * out of the main entry: exceljs is loaded when a workbook is read.
 * @module
 */
import type { Issue } from '../errors.js';
import * as arith from '../internal/arith.js';
import type { CsvRow } from './csv-parser.js';
import { readIssue } from './read-issues.js';
import type { ReadRecord } from './record.js';
import { createRowReader, REQUIRED_CSV_COLUMNS, type RowPlaces } from './rows.js';
import { closest } from './suggest.js';
import { cellName } from './xlsx-cells.js';

/** Options of {@link readXlsxBatches}. */
export interface XlsxReadOptions {
  /**
   * The sheet to read, by name; by default the first sheet whose header names an observation column, else the first.
   */
  readonly sheet?: string;
  /** Told the name of the sheet read, before its first row. */
  readonly onSheet?: (name: string) => void;
  /** Told the header's columns (index 0 is column A; `undefined` for an ignored column), once read. */
  readonly onHeader?: (columns: readonly (string | undefined)[]) => void;
}

/** How many rows are converted together (a batch, as the text readers yield per chunk). */
const BATCH = 1000;

/**
 * Streams the observations of one sheet of an `.xlsx` file in batches. Cells are read as Excel stores them:
 * numbers as numbers (to Excel's 15 significant digits, so `0.1+0.2` is `0.3`), a number formatted as a
 * percentage as the percentage shown (`0.965` formatted `0.0%` is `96.5`), dates as `YYYY-MM-DD`, formulas by
 * their cached values, rich text as its text. Reading issues carry the sheet and the cell (`details.sheet`,
 * `details.cell`, e.g. `B12`); their `line` is the row.
 *
 * @param path - the workbook's file path
 * @param options - the sheet, and callbacks told the sheet and header
 * @returns batches of observations (with the row as `line`) and reading issues, in row order
 * @example
 * ```ts
 * for await (const batch of readXlsxBatches('data.xlsx', { sheet: '数据' })) for (const r of batch) …
 * ```
 */
export async function* readXlsxBatches(
  path: string,
  options: XlsxReadOptions = {},
): AsyncGenerator<ReadRecord[]> {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const names: string[] = [];
  let read = false;
  // Without --sheet: the first sheet whose header names an observation column (a notes sheet often comes first);
  // when none does, the first sheet, so that its header's problems are reported.
  let fallback: { name: string; rows: SheetRow[] } | undefined;
  // Every sheet is read to its end, even when this generator is left early (a caller that wanted only the first
  // rows): exceljs deletes a sheet it kept in a temporary file while a stream on it may still be opening, and an
  // abandoned stream then fails with an error that nothing can catch. Hence no for-await over the workbook.
  const sheets = reader[Symbol.asyncIterator]();
  let current: AsyncIterator<SheetRow> | undefined;
  let done = false;
  try {
    for (let next = await sheets.next(); !next.done; next = await sheets.next()) {
      const sheet = next.value;
      // The streaming reader sets the sheet's name from the workbook, though its types do not declare it.
      const name = (sheet as unknown as { name: string }).name;
      names.push(name);
      const rows = sheetRows(sheet as unknown as SheetReader, name)[Symbol.asyncIterator]();
      current = rows;
      if (read || (options.sheet !== undefined && name !== options.sheet)) {
        await drain(rows);
        continue;
      }
      const head: SheetRow[] = [];
      if (options.sheet === undefined) {
        let row = await rows.next();
        while (!row.done) {
          head.push(row.value);
          if (row.value.fields.some((f) => f !== undefined)) break;
          row = await rows.next();
        }
        const header = head[head.length - 1]?.fields ?? [];
        const required = REQUIRED_CSV_COLUMNS as readonly string[];
        if (!header.some((f) => f !== undefined && required.includes(f.trim()))) {
          fallback ??= { name, rows: head };
          await drain(rows);
          continue;
        }
      }
      read = true;
      options.onSheet?.(name);
      yield* readSheet(chain(head, rows), name, options);
      await drain(rows);
    }
    done = true;
  } catch (error) {
    done = true;
    yield [{ kind: 'issue', issue: unreadableWorkbook(error) }];
    return;
  } finally {
    if (!done) {
      if (current !== undefined) await drain(current).catch(() => {});
      for (
        let next = await sheets.next().catch(() => ({ done: true as const, value: undefined }));
        !next.done;
      ) {
        await drain(sheetRows(next.value as unknown as SheetReader, '')[Symbol.asyncIterator]()).catch(
          () => {},
        );
        next = await sheets.next().catch(() => ({ done: true as const, value: undefined }));
      }
    }
  }
  if (!read && fallback !== undefined) {
    options.onSheet?.(fallback.name);
    yield* readSheet(chain(fallback.rows, none()), fallback.name, options);
  } else if (!read) yield [{ kind: 'issue', issue: sheetNotFound(options.sheet, names) }];
}

/** What exceljs's streaming reader gives per sheet: an async iterable of rows. */
type SheetReader = AsyncIterable<{
  readonly number: number;
  readonly values: unknown;
  getCell(column: number): { readonly numFmt?: string };
}>;

/** One row of a sheet as text fields (index 0 is column A), with the issues of cells that hold no value. */
interface SheetRow {
  readonly fields: (string | undefined)[];
  readonly line: number;
  readonly issues: ReadRecord[];
}

async function* sheetRows(sheet: SheetReader, name: string): AsyncGenerator<SheetRow> {
  for await (const row of sheet) {
    const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
    const fields: (string | undefined)[] = [];
    const issues: ReadRecord[] = [];
    // values[0] is unused: values[1] is column A.
    for (let c = 1; c < values.length; c++) {
      const cell = cellText(values[c], row.getCell(c).numFmt);
      if (typeof cell === 'object') {
        issues.push({
          kind: 'issue',
          issue: cellError(cell.error, name, cellName(c - 1, row.number), row.number),
        });
        fields.push(undefined);
      } else fields.push(cell);
    }
    yield { fields, line: row.number, issues };
  }
}

async function* none(): AsyncGenerator<SheetRow> {}

async function drain(rows: AsyncIterator<SheetRow>): Promise<void> {
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    // Nothing to keep.
  }
}

/** Rows already read, then the rest. */
async function* chain(first: readonly SheetRow[], rest: AsyncIterator<SheetRow>): AsyncGenerator<SheetRow> {
  yield* first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function* readSheet(
  sheet: AsyncIterable<SheetRow>,
  name: string,
  options: XlsxReadOptions,
): AsyncGenerator<ReadRecord[]> {
  const places: RowPlaces = {
    at: (n) => [`row ${n}`, `第 ${n} 行`],
    cell: (line, column) => ({ sheet: name, cell: cellName(column, line) }),
    padded: true,
  };
  const rows = createRowReader(places);
  let toldHeader = false;
  let batch: CsvRow[] = [];
  let issues: ReadRecord[] = [];
  const flush = (): ReadRecord[] => {
    const out = [...issues, ...rows.push(batch)];
    issues = [];
    batch = [];
    if (!toldHeader && rows.header !== undefined) {
      toldHeader = true;
      options.onHeader?.(rows.header);
    }
    return out;
  };
  for await (const row of sheet) {
    issues.push(...row.issues);
    if (row.fields.every((f) => f === undefined)) continue;
    batch.push({ fields: row.fields, line: row.line });
    // The header alone first, so that `onHeader` is told before any observation is handed on.
    if (batch.length >= BATCH || rows.header === undefined) {
      const out = flush();
      if (out.length > 0) yield out;
      if (rows.stopped) return;
    }
  }
  const out = [...flush(), ...(rows.stopped ? [] : rows.end())];
  if (out.length > 0) yield out;
}

/**
 * The text fazhi reads from one cell's value, or the reason it cannot.
 *
 * @param value - the cell value as exceljs gives it
 * @param numFmt - the cell's number format
 * @returns the text, `undefined` for an empty cell, or `{ error }` for an error value or a formula without a
 *   cached result
 * @example
 * ```ts
 * cellText(0.965, '0.0%') // '96.5'
 * ```
 */
export function cellText(value: unknown, numFmt?: string): string | undefined | { readonly error: string } {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return numberText(value, numFmt);
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('error' in v) return { error: String(v.error) };
    if ('formula' in v || 'sharedFormula' in v) {
      return v.result === undefined ? { error: 'formula' } : cellText(v.result, numFmt);
    }
    if (Array.isArray(v.richText))
      return v.richText.map((r: { text?: unknown }) => String(r.text ?? '')).join('');
    if ('text' in v) return cellText(v.text, numFmt);
  }
  return String(value);
}

/** A number as Excel shows it: 15 significant digits, and a percentage format read as the percentage shown. */
function numberText(n: number, numFmt: string | undefined): string {
  if (!Number.isFinite(n)) return String(n);
  const text = String(Number(n.toPrecision(15)));
  // A quoted "%" in a format is literal text, not a percentage.
  const percent = numFmt?.replace(/"[^"]*"/g, '').includes('%') === true;
  return percent ? arith.shift(text, 2) : text;
}

/** A date cell: `YYYY-MM-DD` (exceljs gives dates at UTC midnight), with the time when it has one. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, 'Z');
}

function cellError(error: string, sheet: string, cell: string, row: number): Issue {
  const formula = error === 'formula';
  return readIssue(
    'cell_error',
    row,
    formula
      ? `Cell ${sheet}!${cell} holds a formula without a saved result (a file written by a program that does not calculate); open and save it in a spreadsheet program, or write the value`
      : `Cell ${sheet}!${cell} holds the error ${error} instead of a value`,
    formula
      ? `单元格 ${sheet}!${cell} 是没有保存计算结果的公式（写入文件的程序未计算公式）；请用电子表格软件打开并保存，或直接填写数值`
      : `单元格 ${sheet}!${cell} 是错误值 ${error}，而不是数值`,
    { sheet, cell, error },
  );
}

function sheetNotFound(sheet: string | undefined, names: readonly string[]): Issue {
  if (sheet === undefined) {
    return readIssue('sheet_not_found', undefined, 'The workbook has no sheet', '工作簿中没有工作表', {
      sheets: [],
    });
  }
  const like = closest(sheet, names);
  const hint = like === undefined ? '' : ` (did you mean "${like}"?)`;
  const hintZh = like === undefined ? '' : `（是否想写“${like}”？）`;
  return readIssue(
    'sheet_not_found',
    undefined,
    `The workbook has no sheet "${sheet}"${hint}; its sheets are ${names.map((n) => `"${n}"`).join(', ')}`,
    `工作簿中没有名为“${sheet}”的工作表${hintZh}；现有工作表为 ${names.map((n) => `“${n}”`).join('、')}`,
    like === undefined ? { sheet, sheets: names } : { sheet, sheets: names, suggestion: like },
  );
}

function unreadableWorkbook(error: unknown): Issue {
  const text = error instanceof Error ? error.message : String(error);
  return readIssue(
    'invalid_xlsx',
    undefined,
    `The file cannot be read as an .xlsx workbook (${text}); is it an older .xls file or damaged? Save it as "Excel Workbook (.xlsx)"`,
    `无法按 .xlsx 工作簿读取该文件（${text}）；是旧版 .xls 文件或已损坏吗？请另存为“Excel 工作簿 (.xlsx)”`,
    { parserMessage: text },
  );
}
