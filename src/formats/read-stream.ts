import { readCsvBatches } from './csv.js';
import { readNdjsonBatches } from './ndjson.js';
import type { ReadOptions, ReadRecord, TextSource } from './record.js';

/**
 * Streams the observations of a line-oriented file — NDJSON or long CSV — in bounded memory, in batches (one per
 * input chunk). A JSON dataset is one value and is read whole with `parseDatasetJson` instead.
 *
 * @param source - the text, whole or in chunks (a Node `fs.ReadStream`, a web `ReadableStream`, strings)
 * @param format - `ndjson` or `csv`
 * @param options - reading limits
 * @returns batches of observations (with index and line) and reading issues, in file order
 * @example
 * ```ts
 * for await (const batch of readObservationBatches(fs.createReadStream('big.ndjson'), 'ndjson'))
 *   for (const r of batch) if (r.kind === 'observation') validator.addObservation(r.observation, r)
 * ```
 */
export function readObservationBatches(
  source: TextSource,
  format: 'ndjson' | 'csv',
  options: ReadOptions = {},
): AsyncGenerator<ReadRecord[]> {
  return format === 'csv' ? readCsvBatches(source, options) : readNdjsonBatches(source, options);
}
