/**
 * The file formats fazhi reads: a JSON dataset, NDJSON (one observation per line), CSV (long format, comma- or
 * tab-separated) and an `.xlsx` workbook (a sheet in the long format; read by the CLI).
 */
export type DataFormat = 'json' | 'ndjson' | 'csv' | 'xlsx';

/** Every supported format, for help texts and checks. */
export const DATA_FORMATS: readonly DataFormat[] = ['json', 'ndjson', 'csv', 'xlsx'];

/**
 * The format of a file, from its extension: `.json`, `.ndjson` or `.jsonl`, `.csv` or `.tsv`, `.xlsx`
 * (case-insensitive).
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
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return undefined;
}
