import type { Issue } from '../errors.js';
import type { Dataset } from '../model/dataset.js';
import { stripBom } from './chunks.js';
import { findDuplicateKeys, mayRepeatKeys } from './duplicate-keys.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { emptyFile, jsonErrorMessage, readIssue } from './read-issues.js';

/** What reading a JSON dataset gives: the parsed (still unvalidated) value, or the issues that prevented it. */
export type JsonReadResult =
  | {
      readonly ok: true;
      readonly data: unknown;
      /** Keys given twice in one object (`duplicate_key`): the data holds the last value of each. */
      readonly issues?: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Parses the text of a JSON dataset file; never throws. The value is not validated: pass it to `validateDataset`.
 * A leading byte order mark is ignored; a syntax error becomes an `invalid_json` issue with its line when V8 gives a
 * position, and blank text an `empty_file` issue. A key given twice in one object parses (the last value counts) and
 * is reported as `duplicate_key` in `issues`.
 *
 * @param text - the file's text
 * @returns the parsed value, or the issues
 * @example
 * ```ts
 * parseDatasetJson('{"observations": []}') // { ok: true, data: { observations: [] } }
 * parseDatasetJson('{"observations": [')   // { ok: false, issues: [{ code: 'invalid_json', … }] }
 * ```
 */
export function parseDatasetJson(text: string): JsonReadResult {
  const body = stripBom(text);
  // A regex test stops at the first visible character, unlike trim(), which copies a huge text.
  if (!/\S/.test(body)) return { ok: false, issues: [emptyFile()] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { ok: false, issues: [invalidJson(body, jsonErrorMessage(error))] };
  }
  // A key given twice keeps only its last value: say so, as a duplicate CSV column is.
  const repeated = mayRepeatKeys(body, data) ? findDuplicateKeys(body) : [];
  return repeated.length === 0 ? { ok: true, data } : { ok: true, data, issues: repeated };
}

/** The `invalid_json` issue: fazhi's own bilingual description and line, V8's message kept in the details. */
function invalidJson(body: string, parserMessage: string): Issue {
  const found = findJsonSyntaxError(body);
  if (found !== undefined) {
    const { line, column } = found;
    // Objects one after another are NDJSON saved under the wrong name, a common mix-up.
    const ndjson = found.reason === 'trailing_text' && body[found.offset] === '{';
    const hint = ndjson
      ? '; objects one after another are NDJSON (one observation per line): name the file .ndjson'
      : '';
    const hintZh = ndjson ? '；多个对象依次排列是 NDJSON 格式（每行一条观测）：请把文件命名为 .ndjson' : '';
    return readIssue(
      'invalid_json',
      line,
      `The file is not valid JSON: ${found.message} (line ${line}, column ${column})${hint}`,
      `文件不是有效的 JSON：${found.messageZh}（第 ${line} 行第 ${column} 列）${hintZh}`,
      { parserMessage, reason: found.reason, column },
    );
  }
  // Only if the scanner and V8 disagree: fall back on V8's position.
  const position = /at position (\d+)/.exec(parserMessage)?.[1];
  const line = position === undefined ? undefined : lineAt(body, Number(position));
  const where = line === undefined ? '' : ` (line ${line})`;
  const whereZh = line === undefined ? '' : `（第 ${line} 行）`;
  return readIssue(
    'invalid_json',
    line,
    `The file is not valid JSON${where}: ${parserMessage}`,
    `文件不是有效的 JSON${whereZh}：${parserMessage}`,
    { parserMessage },
  );
}

/**
 * Writes a dataset as JSON text, two-space indented with a final newline — the form fazhi's seed files use.
 *
 * @param dataset - the dataset
 * @returns its JSON text
 * @example
 * ```ts
 * stringifyDataset({ observations: [] }) // '{\n  "observations": []\n}\n'
 * ```
 */
export function stringifyDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  let i = text.indexOf('\n');
  while (i !== -1 && i < offset) {
    line++;
    i = text.indexOf('\n', i + 1);
  }
  return line;
}
