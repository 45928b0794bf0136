import type { Observation } from '../model/observation.js';
import { textChunks } from './chunks.js';
import { type CsvParser, createCsvParser } from './csv-parser.js';
import { trackEncoding } from './encoding.js';
import { createNotUtf8Placer } from './not-utf8.js';
import { DEFAULT_MAX_LINE_LENGTH, type ReadOptions, type ReadRecord, type TextSource } from './record.js';
import { CSV_COLUMNS, createRowReader } from './rows.js';

export { CSV_COLUMNS, type CsvColumn, REQUIRED_CSV_COLUMNS } from './rows.js';

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
  const r = o as Record<string, unknown>;
  for (const column of CSV_COLUMNS) {
    const dot = column.indexOf('.');
    const value = column.startsWith('source.')
      ? sourceField(o, column.slice(7))
      : dot < 0
        ? r[column]
        : (r[column.slice(0, dot)] as Record<string, unknown> | undefined)?.[column.slice(dot + 1)];
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
  const max = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  let parser: CsvParser | undefined;
  const rows = createRowReader();
  // The first bytes that are not valid in the encoding, reported once at their line.
  const invalid = createNotUtf8Placer();
  let bad = -1;
  const decoding = trackEncoding({
    ...options,
    onInvalidBytes: (offset: number) => {
      bad = offset;
    },
  });
  // The header line decides the separator: tabs (a spreadsheet's "Unicode text") when it has no comma.
  let head = '';
  let headLine = -1;
  for await (const chunk of textChunks(source, decoding.options)) {
    if (bad >= 0) {
      invalid.found(chunk, bad, parser?.currentLine() ?? 1 + newlines(head), decoding.encoding());
      bad = -1;
    }
    let text = chunk;
    if (parser === undefined) {
      // Only the new chunk is searched: a header line of megabytes costs one pass.
      const nl = chunk.indexOf('\n');
      if (nl !== -1 && headLine === -1) headLine = head.length + nl;
      head += chunk;
      if (headLine === -1 && head.length < max) continue;
      parser = createCsvParser(max, separatorOf(headLine === -1 ? head : head.slice(0, headLine)));
      text = head;
      head = '';
    }
    const batch = invalid.place(rows.push(parser.push(text)));
    if (batch.length > 0) yield batch;
    if (rows.stopped) return;
  }
  parser ??= createCsvParser(max, separatorOf(head));
  const last = head.length > 0 ? rows.push(parser.push(head)) : [];
  if (!rows.stopped) last.push(...rows.push(parser.end()));
  const placed = rows.stopped ? last : [...invalid.place(last), ...invalid.rest()];
  if (!rows.stopped) placed.push(...rows.end());
  if (placed.length > 0) yield placed;
}

function newlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** `\t` for a header line with tabs and no comma (a tab-separated export), else `,`. */
function separatorOf(headerLine: string): ',' | '\t' {
  return !headerLine.includes(',') && headerLine.includes('\t') ? '\t' : ',';
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

function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value === '') return '""';
  const text =
    typeof value === 'string'
      ? value
      : Array.isArray(value)
        ? value.join(';')
        : typeof value === 'object'
          ? Object.entries(value)
              .map(([k, v]) => `${k}=${String(v)}`)
              .join(';')
          : String(value);
  // An empty map or list is written "" like an empty string, so that it reads back present.
  if (text === '') return '""';
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
