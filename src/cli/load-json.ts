import type { Issue } from '../errors.js';
import { parseDatasetJson } from '../formats/json.js';
import { fileTooLargeForJson } from '../formats/read-issues.js';
import { type DataFile, fileSize, readText } from './files.js';

/** A JSON dataset file loaded in memory for `fazhi rates`, and reading problems. */
export interface LoadedData {
  /** The parsed dataset; `undefined` when the file could not be read. */
  readonly data: unknown;
  /** Problems met while reading. */
  readonly issues: readonly Issue[];
}

/**
 * Loads a whole JSON dataset file in memory, refusing one larger than `maxJsonBytes`.
 *
 * @param file - the file
 * @param maxJsonBytes - largest JSON file read whole
 * @returns the data and reading issues
 * @throws UsageError when the file cannot be read
 * @example
 * ```ts
 * const { data } = await loadData({ path: 'x.json', format: 'json' }, 1 << 28)
 * ```
 */
export async function loadData(file: DataFile, maxJsonBytes: number): Promise<LoadedData> {
  const size = await fileSize(file.path);
  if (size > maxJsonBytes) return { data: undefined, issues: [fileTooLargeForJson(size, maxJsonBytes)] };
  const read = parseDatasetJson(await readText(file.path));
  return read.ok ? { data: read.data, issues: [] } : { data: undefined, issues: read.issues };
}
