import type { Issue } from '../errors.js';
import { parseDatasetJson } from '../formats/json.js';
import { fileTooLargeForJson, notUtf8 } from '../formats/read-issues.js';
import { type DataFile, fileSize, readText } from './files.js';

/** A JSON dataset file loaded in memory: the parsed (unvalidated) value and its text, or the reading problems. */
export type LoadedData =
  | { readonly ok: true; readonly data: unknown; readonly text: string; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Loads a whole JSON dataset file in memory, refusing one larger than `maxJsonBytes` (`file_too_large_for_json`);
 * shared by `validate` and `rates`.
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
  if (size > maxJsonBytes) return { ok: false, issues: [fileTooLargeForJson(size, maxJsonBytes)] };
  const text = await readText(file.path);
  const read = parseDatasetJson(text);
  if (!read.ok) return { ok: false, issues: read.issues };
  // Bytes that are not UTF-8 were read as U+FFFD: the data parses, but its quotes are garbled.
  const bad = text.indexOf('\uFFFD');
  const issues = bad === -1 ? [] : [notUtf8(lineOf(text, bad))];
  return { ok: true, data: read.data, text, issues };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
