/**
 * The long format's rows → observations, shared by the CSV and spreadsheet readers: the header row names the
 * columns, each later row is one observation.
 * @module
 */
import type { Issue } from '../errors.js';
import type { CsvError, CsvRow } from './csv-parser.js';
import { emptyFile, readIssue } from './read-issues.js';
import type { ReadRecord } from './record.js';
import { closest } from './suggest.js';

/**
 * The columns of the long format, in the order fazhi writes them: one per observation field, with the nested
 * `source` as `source.report`, `source.quote` …, `period` as `period.start` and `period.end`, and `shareOf` as
 * `shareOf.indicator` …. A dimensions map is written `matter=informationDisclosure;agencyDomain=publicSecurity`
 * and `breakdownComplete` as `matter;agencyDomain`.
 */
export const CSV_COLUMNS = [
  'jurisdiction',
  'year',
  'indicator',
  'value',
  'upper',
  'unit',
  'qualifier',
  'basis',
  'asOf',
  'cumulative',
  'since',
  'includesCarriedOver',
  'source.report',
  'source.quote',
  'source.span',
  'source.rule',
  'source.confidence',
  'note',
  'dimensions',
  'measure',
  'baseYear',
  'period.start',
  'period.end',
  'coverage',
  'shareOf.indicator',
  'shareOf.jurisdiction',
  'shareOf.dimensions',
  'shareOf.coverage',
  'shareOf.target',
  'breakdownComplete',
] as const;

/** A column of the long CSV format. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The columns a CSV file must have: the fields every observation needs. */
export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['jurisdiction', 'year', 'indicator', 'value'];

const KNOWN = new Set<string>(CSV_COLUMNS);
const BOOLEAN_COLUMNS = new Set<string>(['cumulative', 'includesCarriedOver']);
/** Columns of nested objects other than `source`: `object.field`. */
const NESTED = /^(period|shareOf)\.(.+)$/;

/** How the rows of a source are named in messages: text lines, or spreadsheet rows with cell references. */
export interface RowPlaces {
  /** "line 4" / "第 4 行", or "row 4" for a sheet. */
  at(line: number): readonly [en: string, zh: string];
  /** Details locating a cell of the header or a row (a sheet adds `sheet` and `cell`). */
  cell?(line: number, column: number): Record<string, unknown>;
  /** Spreadsheets pad short rows; text formats call a row of another length malformed. */
  readonly padded?: boolean;
}

const LINES: RowPlaces = { at: (n) => [`line ${n}`, `第 ${n} 行`] };

/** Turns rows into observation records: feed it rows in order, then `end()`. */
export interface RowReader {
  /** Converts rows; stops (returns nothing more) after a header that lacks a required column. */
  push(rows: readonly (CsvRow | CsvError)[]): ReadRecord[];
  /** Ends the input: an `empty_file` issue when it held no observations and no other issue. */
  end(): ReadRecord[];
  /** Whether a fatal header problem stopped reading. */
  readonly stopped: boolean;
  /** The header's columns (index → observation field, `undefined` for an ignored one), once read. */
  readonly header: readonly (string | undefined)[] | undefined;
}

/**
 * Creates the row reader the long-format readers share. The first row is the header; unknown columns
 * (`csv_unknown_column`, with a did-you-mean) are reported once and ignored, a missing required column
 * (`csv_missing_column`) stops the file; a row of empty fields only is skipped like a blank line; a row of another
 * length than the header is `csv_malformed_row`. Empty fields are absent; `year` is read as a number, `cumulative`
 * and `includesCarriedOver` as booleans, everything else as text.
 *
 * @param places - how rows are named in messages (lines by default)
 * @param inspect - called on each data row before it is converted; an issue it returns comes first
 * @returns the reader
 * @example
 * ```ts
 * const rows = createRowReader()
 * rows.push([{ fields: ['jurisdiction', 'year', 'indicator', 'value'], line: 1 }])
 * ```
 */
export function createRowReader(
  places: RowPlaces = LINES,
  inspect?: (row: CsvRow) => Issue | undefined,
): RowReader {
  let header: (string | undefined)[] | undefined;
  let stopped = false;
  let index = 0;
  let issues = 0;
  const reader: RowReader = {
    push(rows) {
      const out: ReadRecord[] = [];
      for (const row of rows) {
        if (stopped) break;
        if ('error' in row) {
          out.push({ kind: 'issue', issue: malformed(row, places) });
          continue;
        }
        if (header === undefined) {
          const checked = checkHeader(row, places);
          header = checked.columns;
          out.push(...checked.issues.map((issue): ReadRecord => ({ kind: 'issue', issue })));
          stopped = checked.fatal;
          continue;
        }
        // Spreadsheets save blank rows as bare commas: no data, so skipped like a blank line.
        if (row.fields.every((f) => f === undefined)) continue;
        if (row.fields.length !== header.length && !fitsPadded(row, header.length, places)) {
          const [where, whereZh] = places.at(row.line);
          const extra = places.padded ? row.fields.length - 1 : undefined;
          out.push({
            kind: 'issue',
            issue: readIssue(
              'csv_malformed_row',
              row.line,
              places.padded
                ? `Row ${row.line} has a value right of the header's last column; give the column a name in the header or move the value`
                : `Row at ${where} has ${row.fields.length} fields but the header has ${header.length}`,
              places.padded
                ? `${whereZh}在表头最后一列的右侧还有值；请在表头中为该列命名，或移走该值`
                : `${whereZh}有 ${row.fields.length} 个字段，而表头有 ${header.length} 列`,
              {
                fields: row.fields.length,
                columns: header.length,
                ...(extra === undefined ? {} : places.cell?.(row.line, extra)),
              },
            ),
          });
          continue;
        }
        const found = inspect?.(row);
        if (found !== undefined) out.push({ kind: 'issue', issue: found });
        out.push({
          kind: 'observation',
          observation: rowToObservation(header, row.fields),
          index: index++,
          line: row.line,
        });
      }
      issues += out.length - out.filter((r) => r.kind === 'observation').length;
      return out;
    },
    end() {
      return index === 0 && issues === 0 ? [{ kind: 'issue', issue: emptyFile(header !== undefined) }] : [];
    },
    get stopped() {
      return stopped;
    },
    get header() {
      return header;
    },
  };
  return reader;
}

/** A sheet row may be shorter than the header (empty trailing cells) or longer with empty cells only. */
function fitsPadded(row: CsvRow, columns: number, places: RowPlaces): boolean {
  if (!places.padded) return false;
  for (let i = columns; i < row.fields.length; i++) if (row.fields[i] !== undefined) return false;
  return true;
}

/** Checks the header row: known, unique, complete columns. */
function checkHeader(
  row: CsvRow,
  places: RowPlaces,
): { columns: (string | undefined)[]; issues: Issue[]; fatal: boolean } {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const columns = row.fields.map((f, i) => {
    const name = f?.trim() ?? '';
    const cell = places.cell?.(row.line, i) ?? {};
    if (name === '' && places.padded) return undefined;
    if (!KNOWN.has(name)) {
      const like = likelyColumn(name);
      const [hint, hintZh] =
        separatorHint(row, name) ??
        (like === undefined ? ['', ''] : [` (did you mean "${like}"?)`, `（是否想写“${like}”？）`]);
      issues.push(
        readIssue(
          'csv_unknown_column',
          row.line,
          `Column "${name}" is not an observation field and is ignored${hint}; the columns are ${CSV_COLUMNS.join(', ')}`,
          `列“${name}”不是观测字段，已忽略${hintZh}；可用的列为 ${CSV_COLUMNS.join('、')}`,
          like === undefined ? { column: name, ...cell } : { column: name, suggestion: like, ...cell },
        ),
      );
      return undefined;
    }
    if (seen.has(name)) {
      issues.push(
        readIssue(
          'csv_malformed_row',
          row.line,
          `Column "${name}" appears twice in the header`,
          `表头中“${name}”列重复`,
          { column: name, ...cell },
        ),
      );
      return undefined;
    }
    seen.add(name);
    return name;
  });
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !seen.has(c));
  for (const column of missing) {
    issues.push(
      readIssue(
        'csv_missing_column',
        row.line,
        `The header has no "${column}" column, which every observation needs; the file was not read further`,
        `表头缺少每条观测都需要的“${column}”列，未继续读取该文件`,
        { column },
      ),
    );
  }
  return { columns, issues, fatal: missing.length > 0 };
}

/** A header of one cell holding semicolons: the file uses another separator (hint in both languages). */
function separatorHint(row: CsvRow, name: string): [string, string] | undefined {
  if (row.fields.length !== 1) return undefined;
  const other = name.includes(';') ? ['semicolons', '分号'] : undefined;
  if (other === undefined) return undefined;
  return [
    ` (the file seems separated by ${other[0]}; fazhi reads comma- or tab-separated text)`,
    `（文件似乎以${other[1]}分隔；fazhi 只读取以逗号或制表符分隔的文本）`,
  ];
}

/** The column a header name most likely meant: `Year`, `source_quote`, `quote`, `indicater`. */
function likelyColumn(name: string): CsvColumn | undefined {
  const key = name.toLowerCase().replace(/[\s_-]+/g, '.');
  const exact = CSV_COLUMNS.find((c) => c.toLowerCase() === key || c.toLowerCase() === `source.${key}`);
  return exact ?? (closest(name, CSV_COLUMNS) as CsvColumn | undefined);
}

/** Builds the raw observation of one row; types follow the observation fields. */
function rowToObservation(
  header: readonly (string | undefined)[],
  fields: readonly (string | undefined)[],
): unknown {
  const o: Record<string, unknown> = {};
  let source: Record<string, unknown> | undefined;
  for (let i = 0; i < header.length; i++) {
    const column = header[i];
    const value = fields[i];
    if (column === undefined || value === undefined) continue;
    if (column === 'year' || column === 'baseYear') o[column] = toInteger(value);
    else if (BOOLEAN_COLUMNS.has(column)) o[column] = toBoolean(value);
    else if (column.startsWith('source.')) {
      source ??= {};
      const key = column.slice(7);
      if (value === '' && key !== 'report' && key !== 'quote') continue;
      source[key] =
        key === 'span' && /^\d+-\d+$/.test(value)
          ? value.split('-').map(Number)
          : key === 'confidence' && /^\d+(\.\d+)?$/.test(value)
            ? Number(value)
            : value;
    } else if (column === 'dimensions') o.dimensions = toDimensions(value);
    else if (column === 'breakdownComplete') o.breakdownComplete = value === '' ? [] : value.split(';');
    else {
      const m = NESTED.exec(column);
      if (m === null) {
        o[column] = value;
        continue;
      }
      const [, object, field] = m as unknown as [string, string, string];
      o[object] ??= {};
      const nested = o[object] as Record<string, unknown>;
      nested[field] =
        field === 'dimensions' ? toDimensions(value) : field === 'target' ? toBoolean(value) : value;
    }
  }
  // Keep the key order of the JSON form: source comes before note.
  if (source !== undefined) {
    const note = o.note;
    delete o.note;
    o.source = source;
    if (note !== undefined) o.note = note;
  }
  return o;
}

function toInteger(value: string): number | string {
  return /^[+-]?\d+$/.test(value) ? Number(value) : value;
}

/** `a=x;b=y` as `{ a: 'x', b: 'y' }`; text of another shape is kept, for the structure check to report. */
function toDimensions(value: string): Record<string, string> | string {
  const out: Record<string, string> = {};
  if (value === '') return out;
  for (const pair of value.split(';')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) return value;
    const key = pair.slice(0, eq).trim();
    // A repeated dimension cannot be a map: keep the text, for the structure check to report.
    if (Object.hasOwn(out, key)) return value;
    out[key] = pair.slice(eq + 1).trim();
  }
  return out;
}

function toBoolean(value: string): boolean | string {
  const lower = value.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : value;
}

function malformed(row: CsvError, places: RowPlaces): Issue {
  const why = {
    unterminated_quote: ['a quoted field is never closed', '引号字段没有闭合'],
    text_after_quote: [
      'text follows a closing quote (write a quote inside a field as "")',
      '闭合引号后还有文字（字段内的引号应写作 ""）',
    ],
    quote_in_field: [
      'a quote appears inside an unquoted field (quote the field and write the quote as "")',
      '未加引号的字段中出现引号（应给字段加引号，并把引号写作 ""）',
    ],
    too_long: [
      'the record is too long to read (an unclosed quote?)',
      '记录过长，无法读取（是否有未闭合的引号？）',
    ],
  }[row.error];
  const [where, whereZh] = places.at(row.line);
  return readIssue(
    'csv_malformed_row',
    row.line,
    `Row at ${where} is not valid CSV: ${why[0]}`,
    `${whereZh}不是有效的 CSV：${why[1]}`,
    { reason: row.error },
  );
}
