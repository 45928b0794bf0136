/** The file formats fazhi reads and writes: a JSON dataset, NDJSON (one observation per line), CSV (long format). */
export type DataFormat = 'json' | 'ndjson' | 'csv';

/** Every supported format, for help texts and checks. */
export const DATA_FORMATS: readonly DataFormat[] = ['json', 'ndjson', 'csv'];

/**
 * The format of a file, from its extension: `.json`, `.ndjson` or `.jsonl`, `.csv` (case-insensitive).
 *
 * @param fileName - a file name or path
 * @returns the format, or `undefined` when the extension is not one fazhi reads
 * @example
 * ```ts
 * detectFormat('data/433126-2023.ndjson') // 'ndjson'
 * detectFormat('notes.txt')               // undefined
 * ```
 */
export function detectFormat(fileName: string): DataFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}
