import { constants, isUtf8 } from 'node:buffer';
import { getHeapStatistics } from 'node:v8';
import type { Issue } from '../errors.js';
import { parseDatasetJson } from '../formats/json.js';
import { fileTooLargeForJson, notUtf8 } from '../formats/read-issues.js';
import { firstInvalidUtf8 } from '../formats/utf8.js';
import { type DataFile, fileSize, readBytes } from './files.js';

/** A JSON dataset file loaded in memory: the parsed (unvalidated) value and its text, or the reading problems. */
export type LoadedData =
  | { readonly ok: true; readonly data: unknown; readonly text: string; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

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
  // A UTF-8 file of n bytes decodes to at most n characters, so this many bytes always fit in one string.
  return Math.min(maxJsonBytes, Math.floor(heap / MEMORY_PER_BYTE), constants.MAX_STRING_LENGTH);
}

/**
 * Loads a whole JSON dataset file in memory, refusing one larger than `maxJsonBytes` — or than this process can
 * hold (`file_too_large_for_json`, which names NDJSON); shared by `validate` and `rates`.
 *
 * @param file - the file
 * @param maxJsonBytes - largest JSON file read whole
 * @returns the data and its text (with a `not_utf8` issue when it was not UTF-8), or the reading issues
 * @throws UsageError when the file cannot be read
 * @example
 * ```ts
 * const loaded = await loadData({ path: 'x.json', format: 'json' }, 1 << 28)
 * if (loaded.ok) validateDataset(loaded.data)
 * ```
 */
export async function loadData(file: DataFile, maxJsonBytes: number): Promise<LoadedData> {
  const size = await fileSize(file.path);
  const max = effectiveMaxJsonBytes(maxJsonBytes);
  if (size > max) return { ok: false, issues: [fileTooLargeForJson(size, max)] };
  const bytes = await readBytes(file.path);
  let text: string;
  try {
    text = bytes.toString('utf8');
  } catch {
    // Past Node's longest string (~512 MiB): the limit above should have stopped it; never an internal error.
    return { ok: false, issues: [fileTooLargeForJson(bytes.length, max)] };
  }
  const read = parseDatasetJson(text);
  if (!read.ok) return { ok: false, issues: read.issues };
  // Bytes that are not UTF-8 were read as U+FFFD: the data parses, but its quotes are garbled. (A U+FFFD that the
  // file really holds is UTF-8.)
  const issues = isUtf8(bytes) ? [] : [notUtf8(lineOf(bytes, firstInvalidUtf8(bytes, true)))];
  return { ok: true, data: read.data, text, issues };
}

/** The 1-based line of a byte offset. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}
