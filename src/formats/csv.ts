import type { Issue } from '../errors.js';
import type { Observation } from '../model/observation.js';
import { textChunks } from './chunks.js';
import { type CsvError, type CsvRow, createCsvParser } from './csv-parser.js';
import { createNotUtf8Placer } from './not-utf8.js';
import { emptyFile, readIssue } from './read-issues.js';
import { DEFAULT_MAX_LINE_LENGTH, type ReadOptions, type ReadRecord, type TextSource } from './record.js';
import { closest } from './suggest.js';

/**
 * The columns of the long CSV format, in the order fazhi writes them: one per observation field, with the nested
 * `source` as `source.report` and `source.quote`.
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
] as const;

/** A column of the long CSV format. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The columns a CSV file must have: the fields every observation needs. */
export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['jurisdiction', 'year', 'indicator', 'value'];

const KNOWN = new Set<string>(CSV_COLUMNS);
const BOOLEAN_COLUMNS = new Set<string>(['cumulative', 'includesCarriedOver']);

/** Options of {@link observationsToCsv}. */
export interface CsvWriteOptions {
  /** Start with a UTF-8 byte order mark, so that Excel opens the file as UTF-8. Default false. */
  readonly bom?: boolean;
}

/**
 * Writes observations as long-format CSV: a header of {@link CSV_COLUMNS}, then one row per observation. Fields
 * are quoted per RFC 4180 when they hold a comma, a quote or a line break; an absent field is empty and an empty
 * string is written `""`, so that reading the file back gives the same observations. Numbers are written as
 * decimals and read back as decimal strings (the same value; fazhi reads both alike).
 *
 * @param observations - the observations
 * @param options - whether to write a byte order mark
 * @returns the CSV text, lines ending in `\n`
 * @example
 * ```ts
 * observationsToCsv([{ jurisdiction: '433126', year: 2023, indicator: 'litigation.lossRate', value: '5.2' }])
 * // 'jurisdiction,year,indicator,value,upper,…\n433126,2023,litigation.lossRate,5.2,,…\n'
 * ```
 */
export function observationsToCsv(
  observations: Iterable<Observation>,
  options: CsvWriteOptions = {},
): string {
  let out = `${options.bom ? '\uFEFF' : ''}${CSV_COLUMNS.join(',')}\n`;
  for (const o of observations) out += `${observationToCsvRow(o)}\n`;
  return out;
}

/**
 * One observation as a CSV row (without the line end), in {@link CSV_COLUMNS} order.
 *
 * @param o - the observation
 * @returns the row text
 * @example
 * ```ts
 * observationToCsvRow({ jurisdiction: '433126', year: 2023, indicator: 'a.b', value: 1, note: 'x, y' })
 * // '433126,2023,a.b,1,,,,,,,,,,,,,,"x, y"'
 * ```
 */
export function observationToCsvRow(o: Observation): string {
  const fields: string[] = [];
  for (const column of CSV_COLUMNS) {
    const value = column.startsWith('source.')
      ? sourceField(o, column.slice(7))
      : (o as Record<string, unknown>)[column];
    fields.push(csvField(value));
  }
  return fields.join(',');
}

/** A `source.*` cell: the span as `start-end`, the others as they are. */
function sourceField(o: Observation, key: string): unknown {
  const value = (o.source as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(value) ? value.join('-') : value;
}

/**
 * Reads long-format CSV in bounded memory, yielding the records of each chunk together. The first record is the
 * header; unknown columns (`csv_unknown_column`) are reported once and ignored, and a missing required column
 * (`csv_missing_column`) stops the file, since every row would fail. A malformed row (`csv_malformed_row`) is
 * reported with its line and skipped; text that is not UTF-8 (a GBK export) is reported once (`not_utf8`); a row of
 * empty fields only (`,,,`, as spreadsheets save blank rows) is skipped
 * like a blank line. Empty fields are absent; `year` is read as a number, `cumulative` and
 * `includesCarriedOver` as booleans (`true`/`false`, any case), everything else as text.
 *
 * @param source - the text, whole or in chunks (a Node stream, a web stream, an array of strings)
 * @param options - reading limits
 * @returns batches of observations and reading issues, in file order
 * @example
 * ```ts
 * for await (const batch of readCsvBatches(fs.createReadStream('data.csv'))) for (const r of batch) …
 * ```
 */
export async function* readCsvBatches(
  source: TextSource,
  options: ReadOptions = {},
): AsyncGenerator<ReadRecord[]> {
  const parser = createCsvParser(options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH);
  let header: (string | undefined)[] | undefined;
  let stopped = false;
  let index = 0;
  let issues = 0;
  const notUtf8 = createNotUtf8Placer();
  let bad = -1;
  const convert = (rows: (CsvRow | CsvError)[]): ReadRecord[] => {
    const out: ReadRecord[] = [];
    for (const row of rows) {
      if (stopped) break;
      notUtf8.before(row.line, out);
      if ('error' in row) {
        out.push({ kind: 'issue', issue: malformed(row) });
        continue;
      }
      if (header === undefined) {
        const checked = checkHeader(row);
        header = checked.columns;
        out.push(...checked.issues.map((issue): ReadRecord => ({ kind: 'issue', issue })));
        stopped = checked.fatal;
        continue;
      }
      // Spreadsheets save blank rows as bare commas: no data, so skipped like a blank line.
      if (row.fields.every((f) => f === undefined)) continue;
      if (row.fields.length !== header.length) {
        out.push({
          kind: 'issue',
          issue: readIssue(
            'csv_malformed_row',
            row.line,
            `Row at line ${row.line} has ${row.fields.length} fields but the header has ${header.length}`,
            `第 ${row.line} 行有 ${row.fields.length} 个字段，而表头有 ${header.length} 列`,
            { fields: row.fields.length, columns: header.length },
          ),
        });
        continue;
      }
      out.push({
        kind: 'observation',
        observation: rowToObservation(header, row.fields),
        index: index++,
        line: row.line,
      });
    }
    issues += out.length - out.filter((r) => r.kind === 'observation').length;
    return out;
  };
  for await (const chunk of textChunks(source, {
    onNotUtf8: (offset) => {
      bad = offset;
    },
  })) {
    if (bad >= 0) {
      notUtf8.found(chunk, bad, parser.currentLine());
      bad = -1;
    }
    const batch = convert(parser.push(chunk));
    if (batch.length > 0) yield batch;
    if (stopped) return;
  }
  const last = convert(parser.end());
  const waiting = last.length;
  if (!stopped) notUtf8.flush(last);
  issues += last.length - waiting;
  if (index === 0 && issues === 0) last.push({ kind: 'issue', issue: emptyFile(header !== undefined) });
  if (last.length > 0) yield last;
}

/**
 * Reads long-format CSV record by record; see {@link readCsvBatches}.
 *
 * @param source - the text, whole or in chunks
 * @param options - reading limits
 * @returns observations with their line numbers, and reading issues
 * @example
 * ```ts
 * for await (const r of readCsv('jurisdiction,year,indicator,value\n433126,2023,a.b,1\n')) …
 * ```
 */
export async function* readCsv(source: TextSource, options: ReadOptions = {}): AsyncGenerator<ReadRecord> {
  for await (const batch of readCsvBatches(source, options)) yield* batch;
}

/** Checks the header row: known, unique, complete columns. */
function checkHeader(row: CsvRow): { columns: (string | undefined)[]; issues: Issue[]; fatal: boolean } {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const columns = row.fields.map((f) => {
    const name = f?.trim() ?? '';
    if (!KNOWN.has(name)) {
      const like = likelyColumn(name);
      const [hint, hintZh] =
        separatorHint(row, name) ??
        (like === undefined ? ['', ''] : [` (did you mean "${like}"?)`, `（是否想写“${like}”？）`]);
      issues.push(
        readIssue(
          'csv_unknown_column',
          row.line,
          `Column "${clip(name)}" is not an observation field and is ignored${hint}; the columns are ${CSV_COLUMNS.join(', ')}`,
          `列“${clip(name)}”不是观测字段，已忽略${hintZh}；可用的列为 ${CSV_COLUMNS.join('、')}`,
          like === undefined ? { column: clip(name, 1000) } : { column: clip(name, 1000), suggestion: like },
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
          {
            column: name,
          },
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

/** A header cell as shown in a message: whole when short, cut otherwise (a cell may be megabytes long). */
function clip(name: string, max = 60): string {
  return name.length > max ? `${name.slice(0, max - 3)}...` : name;
}

/** A header of one cell holding tabs or semicolons: the file uses another separator (hint in both languages). */
function separatorHint(row: CsvRow, name: string): [string, string] | undefined {
  if (row.fields.length !== 1) return undefined;
  const other = name.includes('\t')
    ? ['tabs', '制表符']
    : name.includes(';')
      ? ['semicolons', '分号']
      : undefined;
  if (other === undefined) return undefined;
  return [
    ` (the file seems separated by ${other[0]}; fazhi reads comma-separated CSV)`,
    `（文件似乎以${other[1]}分隔；fazhi 只读取逗号分隔的 CSV）`,
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
    if (column === 'year') o.year = /^[+-]?\d+$/.test(value) ? Number(value) : value;
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
    } else o[column] = value;
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

function toBoolean(value: string): boolean | string {
  const lower = value.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : value;
}

function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value === '') return '""';
  const text =
    typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function malformed(row: CsvError): Issue {
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
  return readIssue(
    'csv_malformed_row',
    row.line,
    `Row at line ${row.line} is not valid CSV: ${why[0]}`,
    `第 ${row.line} 行不是有效的 CSV：${why[1]}`,
    { reason: row.error },
  );
}
