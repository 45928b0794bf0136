import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import type { EncodingOption, TextEncodingName } from '../formats/encoding.js';
import { readObservationBatches } from '../formats/read-stream.js';
import type { ReadRecord } from '../formats/record.js';
import { type DataFile, fileChunks, unreadable } from './files.js';

/** How to read files: the `--encoding` and `--sheet` options. */
export interface ReadSettings {
  readonly encoding: EncodingOption;
  /** The sheet of `.xlsx` files to read (the first by default). */
  readonly sheet?: string;
}

/** What reading a file told about it: the encoding of a text file, the sheet and header of a workbook. */
export interface FileFacts {
  encoding?: TextEncodingName;
  sheet?: string;
  /** A workbook's header: the observation field of each column (index 0 is column A). */
  header?: readonly (string | undefined)[];
}

/**
 * Streams the observations of an NDJSON, CSV or `.xlsx` file in batches, noting in `facts` the encoding or sheet
 * read. A JSON dataset is read whole instead (see `loadData`).
 *
 * @param file - the file
 * @param settings - encoding and sheet
 * @param facts - filled in as the file is read
 * @returns batches of observations and reading issues
 * @example
 * ```ts
 * for await (const batch of readFileBatches(file, { encoding: 'auto' }, facts)) …
 * ```
 */
export async function* readFileBatches(
  file: DataFile,
  settings: ReadSettings,
  facts: FileFacts = {},
): AsyncGenerator<ReadRecord[]> {
  if (file.format === 'xlsx') {
    // exceljs is loaded only for workbooks: it is far larger than the rest of the CLI.
    await access(file.path, constants.R_OK).catch((error: NodeJS.ErrnoException) => {
      throw unreadable(file.path, error);
    });
    const { readXlsxBatches } = await import('../formats/xlsx.js');
    yield* readXlsxBatches(file.path, {
      ...(settings.sheet === undefined ? {} : { sheet: settings.sheet }),
      onSheet: (name) => {
        facts.sheet = name;
      },
      onHeader: (columns) => {
        facts.header = columns;
      },
    });
    return;
  }
  if (file.format === 'json') throw new Error('readFileBatches: a JSON dataset is read whole with loadData');
  yield* readObservationBatches(fileChunks(file.path), file.format, {
    encoding: settings.encoding,
    onEncoding: (encoding) => {
      facts.encoding = encoding;
    },
  });
}

/** The fields every observation has: an object with none of them is not an observation at all. */
const OBSERVATION_KEYS = ['jurisdiction', 'year', 'indicator', 'value'];

/**
 * Why a line-based file or workbook a folder scan found is not a dataset — a CSV whose header has none of the
 * observation columns (nor one misspelt), an NDJSON file whose first record is no observation — or `undefined`
 * when it looks like one. Reads only the first batch.
 *
 * @param file - an NDJSON, CSV or `.xlsx` file
 * @param settings - encoding and sheet
 * @returns the reason in both languages, or `undefined`
 * @example
 * ```ts
 * await notDatasetFile({ path: 'data/lookup.csv', format: 'csv' }, { encoding: 'auto' }) // ['not a dataset: …', …]
 * ```
 */
export async function notDatasetFile(
  file: DataFile,
  settings: ReadSettings,
): Promise<[string, string] | undefined> {
  for await (const batch of readFileBatches(file, settings)) {
    if (file.format === 'ndjson') {
      const first = batch[0];
      if (first === undefined) continue;
      const o = first.kind === 'observation' ? first.observation : undefined;
      const keys = typeof o === 'object' && o !== null && !Array.isArray(o) ? Object.keys(o) : [];
      // A line that is not JSON may be a damaged dataset: validating it says so, skipping it would hide it.
      if (first.kind === 'issue') return undefined;
      return keys.some((k) => OBSERVATION_KEYS.includes(k))
        ? undefined
        : ['not a dataset: its first line is not an observation', '不是数据集：第一行不是观测数据'];
    }
    const issues = batch.flatMap((r) => (r.kind === 'issue' ? [r.issue] : []));
    const missing = issues.filter((i) => i.code === 'csv_missing_column').length;
    const misspelt = issues.some(
      (i) => i.code === 'csv_unknown_column' && i.details?.suggestion !== undefined,
    );
    return missing === OBSERVATION_KEYS.length && !misspelt
      ? [
          'not a dataset: its header has none of the observation columns (jurisdiction, year, indicator, value)',
          '不是数据集：表头中没有任何观测字段（jurisdiction、year、indicator、value）',
        ]
      : undefined;
  }
  return undefined;
}
