import type { Issue } from '../errors.js';
import type { Observation } from '../model/observation.js';
import { textChunks } from './chunks.js';
import { findDuplicateKeys, mayRepeatKeys } from './duplicate-keys.js';
import { trackEncoding } from './encoding.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { createLineSplitter, type TextLine } from './lines.js';
import { createNotUtf8Placer } from './not-utf8.js';
import { emptyFile, jsonErrorMessage, lineTooLong, readIssue } from './read-issues.js';
import { DEFAULT_MAX_LINE_LENGTH, type ReadOptions, type ReadRecord, type TextSource } from './record.js';

/**
 * Reads NDJSON (one JSON observation per line; blank lines skipped) in bounded memory, yielding the records of each
 * chunk together — batching keeps the per-record cost of async iteration off large files.
 *
 * @param source - the text, whole or in chunks (a Node stream, a web stream, an array of strings)
 * @param options - reading limits
 * @returns batches of observations and `invalid_json_line` / `line_too_long` issues, in file order
 * @example
 * ```ts
 * for await (const batch of readNdjsonBatches(fs.createReadStream('data.ndjson'))) for (const r of batch) …
 * ```
 */
export async function* readNdjsonBatches(
  source: TextSource,
  options: ReadOptions = {},
): AsyncGenerator<ReadRecord[]> {
  const max = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const splitter = createLineSplitter(max);
  let index = 0;
  let issues = 0;
  // The first bytes that are not valid in the encoding, reported once at their line.
  const invalid = createNotUtf8Placer();
  let bad = -1;
  const decoding = trackEncoding({
    ...options,
    onInvalidBytes: (offset: number) => {
      bad = offset;
    },
  });
  // The records of the chunk being read; each line is parsed as the splitter finds it, with no object per line.
  let out: ReadRecord[] = [];
  const onLine = (text: string | undefined, line: number): void => {
    if (text === undefined) {
      out.push({ kind: 'issue', issue: lineTooLong(line, max) });
      issues++;
      return;
    }
    if (isBlank(text)) return;
    try {
      const observation: unknown = JSON.parse(text);
      // A key given twice keeps only its last value: say so, as a duplicate CSV column is.
      if (mayRepeatKeys(text, observation)) {
        for (const issue of findDuplicateKeys(text, `observations[${index}]`, line)) {
          out.push({ kind: 'issue', issue });
          issues++;
        }
      }
      out.push({ kind: 'observation', observation, index: index++, line });
    } catch (error) {
      issues++;
      out.push({ kind: 'issue', issue: invalidLine(text, line, jsonErrorMessage(error)) });
    }
  };
  const convert = (lines: TextLine[]): ReadRecord[] => {
    for (const l of lines) onLine(l.text, l.line);
    return take();
  };
  const take = (): ReadRecord[] => {
    const batch = out;
    out = [];
    return batch;
  };
  for await (const chunk of textChunks(source, decoding.options)) {
    if (bad >= 0) {
      invalid.found(chunk, bad, splitter.currentLine(), decoding.encoding());
      bad = -1;
    }
    splitter.each(chunk, onLine);
    const batch = invalid.place(take());
    if (batch.length > 0) yield batch;
  }
  const last = [...invalid.place(convert(splitter.end())), ...invalid.rest()];
  if (index === 0 && issues === 0) last.push({ kind: 'issue', issue: emptyFile() });
  if (last.length > 0) yield last;
}

/**
 * Reads NDJSON record by record; see {@link readNdjsonBatches}.
 *
 * @param source - the text, whole or in chunks
 * @param options - reading limits
 * @returns observations with their line numbers, and reading issues
 * @example
 * ```ts
 * for await (const r of readNdjson('{"jurisdiction":"433126",…}\n')) if (r.kind === 'observation') …
 * ```
 */
export async function* readNdjson(source: TextSource, options: ReadOptions = {}): AsyncGenerator<ReadRecord> {
  for await (const batch of readNdjsonBatches(source, options)) yield* batch;
}

/**
 * Writes observations as NDJSON: one compact JSON object per line, each line ending in `\n`.
 *
 * @param observations - the observations
 * @returns the NDJSON text
 * @example
 * ```ts
 * observationsToNdjson([{ jurisdiction: '433126', year: 2023, indicator: 'litigation.lossRate', value: '5.2' }])
 * // '{"jurisdiction":"433126","year":2023,"indicator":"litigation.lossRate","value":"5.2"}\n'
 * ```
 */
export function observationsToNdjson(observations: Iterable<Observation>): string {
  let out = '';
  for (const o of observations) out += `${JSON.stringify(o)}\n`;
  return out;
}

/** The `invalid_json_line` issue, in fazhi's own words when its scanner places the error (V8's are English only). */
function invalidLine(text: string, line: number, parserMessage: string): Issue {
  const found = findJsonSyntaxError(text);
  if (found === undefined) {
    return readIssue(
      'invalid_json_line',
      line,
      `Line ${line} is not valid JSON: ${parserMessage}`,
      `第 ${line} 行不是有效的 JSON：${parserMessage}`,
      { parserMessage },
    );
  }
  // A line holding only a bracket is never an observation: a JSON dataset saved under the wrong name.
  const spread = /^\s*[{[]\s*$/.test(text);
  const hint = spread ? '; is this a JSON dataset spread over lines? Name it .json' : '';
  const hintZh = spread ? '；这是跨多行的 JSON 数据集吗？请把文件命名为 .json' : '';
  return readIssue(
    'invalid_json_line',
    line,
    `Line ${line} is not valid JSON: ${found.message} (column ${found.column})${hint}`,
    `第 ${line} 行不是有效的 JSON：${found.messageZh}（第 ${found.column} 列）${hintZh}`,
    { parserMessage, reason: found.reason, column: found.column },
  );
}

/** True for an empty or whitespace-only line. */
function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const c = text.charCodeAt(0);
  // Fast path: a line starting with `{` is never blank.
  return c === 123 ? false : text.trim().length === 0;
}
