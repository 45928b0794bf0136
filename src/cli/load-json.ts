import { constants } from 'node:buffer';
import { getHeapStatistics } from 'node:v8';
import type { Issue } from '../errors.js';
import { decodeBytes, type EncodingOption, type TextEncodingName } from '../formats/encoding.js';
import { parseDatasetJson } from '../formats/json.js';
import { fileTooLargeForJson, notUtf8 } from '../formats/read-issues.js';
import { type DataFile, fileSize, readBytes } from './files.js';

/** A JSON dataset file loaded in memory: the parsed (unvalidated) value and its text, or the reading problems. */
export type LoadedData =
  | {
      readonly ok: true;
      readonly data: unknown;
      readonly text: string;
      readonly encoding: TextEncodingName;
      readonly issues: readonly Issue[];
    }
  | {
      readonly ok: false;
      readonly encoding?: TextEncodingName;
      /** The text, when the file was read but does not parse. */
      readonly text?: string;
      readonly issues: readonly Issue[];
    };

/**
 * Parsing a JSON dataset and validating it takes about this many times the file's size in memory (measured: a
 * 179 MiB file peaks at 0.9–1 GB in `fazhi validate`).
 */
const MEMORY_PER_BYTE = 6;

/**
 * The largest JSON file this process can read whole: the limit asked for, but never more than a string can hold
 * or than the heap can parse — past those Node fails with an error or dies, and NDJSON is the answer.
 *
 * @param maxJsonBytes - the limit asked for (`--max-json-bytes`)
 * @returns the effective limit
 * @example
 * ```ts
 * effectiveMaxJsonBytes(2 ** 40) // about a sixth of the heap
 * ```
 */
export function effectiveMaxJsonBytes(maxJsonBytes: number): number {
  const heap = getHeapStatistics().heap_size_limit;
  // A file of n bytes decodes to at most n characters, so this many bytes always fit in one string.
  return Math.min(maxJsonBytes, Math.floor(heap / MEMORY_PER_BYTE), constants.MAX_STRING_LENGTH);
}

/**
 * Loads a whole JSON dataset file in memory, refusing one larger than `maxJsonBytes` (`file_too_large_for_json`);
 * shared by `validate`, `rates` and `fix`.
 *
 * @param file - the file
 * @param maxJsonBytes - largest JSON file read whole
 * @param encoding - its encoding, or `auto`
 * @returns the data, its text and encoding (with a `not_utf8` issue when some bytes did not decode), or the reading
 *   issues
 * @throws UsageError when the file cannot be read
 * @example
 * ```ts
 * const loaded = await loadData({ path: 'x.json', format: 'json' }, 1 << 28, 'auto')
 * if (loaded.ok) validateDataset(loaded.data)
 * ```
 */
export async function loadData(
  file: DataFile,
  maxJsonBytes: number,
  encoding: EncodingOption = 'auto',
): Promise<LoadedData> {
  const size = await fileSize(file.path);
  const max = effectiveMaxJsonBytes(maxJsonBytes);
  if (size > max) return { ok: false, issues: [fileTooLargeForJson(size, max)] };
  let decoded: ReturnType<typeof decodeBytes>;
  try {
    decoded = decodeBytes(await readBytes(file.path), encoding);
  } catch (error) {
    // Past Node's longest string: the limit above should have stopped it, and it is never an internal error.
    if (error instanceof RangeError) return { ok: false, issues: [fileTooLargeForJson(size, max)] };
    throw error;
  }
  const { text } = decoded;
  const read = parseDatasetJson(text);
  if (!read.ok) return { ok: false, encoding: decoded.encoding, text, issues: read.issues };
  // Bytes that are not valid in the encoding were read as U+FFFD: the data parses, but its quotes are garbled. (A
  // U+FFFD the file really holds is no such place.)
  const bad = decoded.invalidAt;
  const issues = [
    ...(bad === -1 ? [] : [notUtf8(lineOf(text, bad), decoded.encoding)]),
    ...(read.issues ?? []),
  ];
  return { ok: true, data: read.data, text, encoding: decoded.encoding, issues };
}

/** The keys only a dataset has at its top level: a JSON file in a scanned folder without any is not one. */
const DATASET_KEYS = /"(observations|reports|jurisdictions|indicators|targets|notModelled)"\s*:/;

/**
 * Why a JSON file a folder scan found is not a dataset (`package.json`, `tsconfig.json` …), or `undefined` when it
 * looks like one: an object with a dataset's keys. A file named on the command line is always read.
 *
 * @param text - the file's text
 * @returns the reason in both languages, or `undefined`
 * @example
 * ```ts
 * notDatasetReason('{"name":"app","version":"1.0.0"}') // ['not a dataset: …', '不是数据集：…']
 * ```
 */
export function notDatasetReason(text: string): [string, string] | undefined {
  const start = /\S/.exec(text)?.[0];
  if (start !== '{') {
    return ['not a dataset: not a JSON object', '不是数据集：不是 JSON 对象'];
  }
  if (DATASET_KEYS.test(text)) return undefined;
  return [
    'not a dataset: no "observations" (or other dataset field)',
    '不是数据集：没有“observations”等数据集字段',
  ];
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
