import type { Issue } from '../errors.js';
import { parseDatasetJson } from '../formats/json.js';
import { fileTooLargeForJson } from '../formats/read-issues.js';
import { type DataFile, fileSize, readText } from './files.js';

/** A JSON dataset file loaded in memory: the parsed (unvalidated) value and its text, or the reading problems. */
export type LoadedData =
  | { readonly ok: true; readonly data: unknown; readonly text: string }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Loads a whole JSON dataset file in memory, refusing one larger than `maxJsonBytes` (`file_too_large_for_json`);
 * shared by `validate` and `rates`.
 *
 * @param file - the file
 * @param maxJsonBytes - largest JSON file read whole
 * @returns the data and its text, or the reading issues
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
  return read.ok ? { ok: true, data: read.data, text } : { ok: false, issues: read.issues };
}
