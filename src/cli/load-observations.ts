import type { Issue } from '../errors.js';
import { parseDatasetJson } from '../formats/json.js';
import { readObservationBatches } from '../formats/read-stream.js';
import { type DataFile, fileChunks, fileSize, readText } from './files.js';

/** A file's content loaded in memory for `fazhi rates`: the dataset (or its observations) and reading problems. */
export interface LoadedData {
  /** The dataset, or `{ observations }` for NDJSON and CSV; `undefined` when the file could not be read. */
  readonly data: unknown;
  /** Problems met while reading. */
  readonly issues: readonly Issue[];
}

/**
 * Loads a whole data file in memory (rates need every figure of a jurisdiction-year at once).
 *
 * @param file - the file and its format
 * @param maxJsonBytes - largest JSON file read whole
 * @returns the data and reading issues
 * @throws UsageError when the file cannot be read
 * @example
 * ```ts
 * const { data } = await loadData({ path: 'x.json', format: 'json' }, 1 << 28)
 * ```
 */
export async function loadData(file: DataFile, maxJsonBytes: number): Promise<LoadedData> {
  if (file.format === 'json') {
    const size = await fileSize(file.path);
    if (size > maxJsonBytes) {
      return {
        data: undefined,
        issues: [
          {
            code: 'file_too_large_for_json',
            severity: 'error',
            path: '',
            message: `The file is larger than ${maxJsonBytes} bytes, too large to read as one JSON value; write it as NDJSON (.ndjson)`,
            messageZh: `文件超过 ${maxJsonBytes} 字节，无法作为单个 JSON 值读取；请改写为 NDJSON（.ndjson）`,
          },
        ],
      };
    }
    const read = parseDatasetJson(await readText(file.path));
    return read.ok ? { data: read.data, issues: [] } : { data: undefined, issues: read.issues };
  }
  const observations: unknown[] = [];
  const issues: Issue[] = [];
  for await (const batch of readObservationBatches(fileChunks(file.path), file.format)) {
    for (const r of batch) {
      if (r.kind === 'observation') observations.push(r.observation);
      else issues.push(r.issue);
    }
  }
  return { data: { observations }, issues };
}
