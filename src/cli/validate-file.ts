import type { Issue, Severity } from '../errors.js';
import type { TextEncodingName } from '../formats/encoding.js';
import { locateJsonPaths } from '../formats/json-lines.js';
import { cellName } from '../formats/xlsx-cells.js';
import { createValidator } from '../validate/create-validator.js';
import type { ValidateOptions } from '../validate/types.js';
import { validateDataset } from '../validate/validate-dataset.js';
import { type DataFile, displayPath, type SkippedFile } from './files.js';
import { loadData, notDatasetReason } from './load-json.js';
import { type FileFacts, notDatasetFile, type ReadSettings, readFileBatches } from './read-file.js';
import { createTempSpillStore, type TempSpillStore } from './spill-store.js';

/** An issue as the CLI reports it: with its file and, when known, the quote of the observation concerned. */
export interface FileIssue extends Issue {
  readonly file: string;
  readonly quote?: string;
  /** For a workbook: the sheet and the cell (`D5`) the issue is about. */
  readonly sheet?: string;
  readonly cell?: string;
}

/** What validating one file found. */
export interface FileReport {
  readonly file: string;
  readonly format: DataFile['format'];
  readonly observations: number;
  /** The issues kept for display (at most `maxIssues`), in file order. */
  readonly issues: readonly FileIssue[];
  /** Exact counts by severity, including issues not kept (not those `--ignore-code` silences). */
  readonly counts: Record<Severity, number>;
  /** Issues found but not kept because of `maxIssues`. */
  readonly omitted: number;
  /** Issues silenced by `ignoredCodes`. */
  readonly ignored: number;
  /** The encoding of a text file read in another than UTF-8. */
  readonly encoding?: TextEncodingName;
  /** The sheet of a workbook that was read. */
  readonly sheet?: string;
}

/** Options of {@link validateFile}. */
export interface ValidateFileOptions {
  readonly validate: ValidateOptions;
  readonly maxJsonBytes: number;
  /** Most issues kept per file; `undefined` or 0 keeps all. */
  readonly maxIssues: number | undefined;
  /** How to read the files (encoding, sheet). */
  readonly read: ReadSettings;
  /** Issue codes to silence (`--ignore-code`): neither shown nor counted. */
  readonly ignoredCodes?: ReadonlySet<string>;
}

/**
 * Validates one data file: a JSON dataset is read whole (up to `maxJsonBytes`, beyond which it is refused with
 * `file_too_large_for_json`), NDJSON and CSV are streamed in bounded memory. Issues get the file name, a line where
 * one is known, and the quote of the observation concerned (a second streaming pass fetches those for large files).
 *
 * @param file - the file and its format
 * @param options - validation options and limits
 * A file a scan found (`file.scanned`) whose shape is not a dataset's is not validated: the result says why.
 *
 * @returns the report, or why the file was skipped
 * @throws UsageError when the file cannot be read
 * @example
 * ```ts
 * const report = await validateFile({ path: 'data/x.ndjson', format: 'ndjson' }, options)
 * ```
 */
export async function validateFile(
  file: DataFile,
  options: ValidateFileOptions,
): Promise<FileReport | { readonly skipped: SkippedFile }> {
  const name = file.name ?? displayPath(file.path);
  const sink = createSink(options.maxIssues, options.ignoredCodes);
  const facts: FileFacts = {};
  const skip = ([reason, reasonZh]: [string, string]) => ({ skipped: { file: name, reason, reasonZh } });
  const finish = (
    observations: number,
    quote: (index: number) => string | undefined,
    line?: (index: number) => number | undefined,
    pathLine?: (path: string) => number | undefined,
  ) => report(name, file.format, observations, sink, facts, quote, line, pathLine);
  let observations = 0;
  if (file.format === 'json') {
    const loaded = await loadData(file, options.maxJsonBytes, options.read.encoding);
    facts.encoding = loaded.encoding;
    const reason = file.scanned && loaded.text !== undefined ? notDatasetReason(loaded.text) : undefined;
    if (reason !== undefined) return skip(reason);
    for (const i of loaded.issues) sink.add(i);
    if (loaded.ok) {
      const { data, text } = loaded;
      const result = validateDataset(data, { ...options.validate, onIssue: sink.add });
      observations = result.observations;
      // `null` and other non-objects are valid JSON: validateDataset reports them, they hold no quotes.
      const list =
        typeof data === 'object' && data !== null
          ? (data as { observations?: unknown }).observations
          : undefined;
      // Issues of a JSON dataset carry paths; find their lines for editors and annotations.
      const paths = sink.kept.map((i) => i.path).filter((p) => p.length > 0);
      const lines = paths.length > 0 ? locateJsonPaths(text, paths) : new Map<string, number>();
      return finish(
        observations,
        (index) => quoteOf(Array.isArray(list) ? list[index] : undefined),
        undefined,
        (path) => lines.get(path),
      );
    }
    return finish(observations, () => undefined);
  }
  if (file.scanned) {
    const reason = await notDatasetFile(file, options.read);
    if (reason !== undefined) return skip(reason);
  }
  // Sorted streams (the usual case) are checked in one pass, group by group. An unsorted one stops the first pass
  // as soon as that shows, and is read again with its groups brought together through temporary files: the same
  // findings as for the same data sorted, in bounded memory.
  let pass = await streamPass(file, options, facts, 'contiguous');
  if (pass === 'unsorted') {
    const spill = createTempSpillStore();
    try {
      pass = await streamPass(file, options, facts, 'external', spill);
    } finally {
      spill.dispose();
    }
  }
  if (pass === 'unsorted') throw new Error('external grouping reported unsorted input');
  const { sink: streamed, found } = pass;
  const needed = new Set<number>();
  for (const i of streamed.kept) {
    const index = observationIndex(i.path);
    if (index !== undefined && !found.has(index)) needed.add(index);
  }
  if (needed.size > 0) {
    // Another pass, rarely needed: fetch only the quotes and lines of the observations still missing.
    outer: for await (const batch of readFileBatches(file, options.read)) {
      for (const record of batch) {
        if (record.kind === 'observation' && needed.delete(record.index)) {
          found.set(record.index, { quote: quoteOf(record.observation), line: record.line });
          if (needed.size === 0) break outer;
        }
      }
    }
  }
  return report(
    name,
    file.format,
    pass.observations,
    streamed,
    facts,
    (index) => found.get(index)?.quote,
    (index) => found.get(index)?.line,
  );
}

/** What one streaming pass over a file found, with the quotes and lines of the observations its issues name. */
interface Pass {
  readonly sink: Sink;
  readonly found: Map<number, { quote?: string; line: number }>;
  readonly observations: number;
}

/**
 * One pass of the validator over a file read as a stream; with `contiguous` grouping it stops, returning
 * `unsorted`, as soon as the file turns out not to be sorted by jurisdiction and year.
 */
async function streamPass(
  file: DataFile,
  options: ValidateFileOptions,
  facts: FileFacts,
  grouping: 'contiguous' | 'external',
  spill?: TempSpillStore,
): Promise<Pass | 'unsorted'> {
  const max = options.maxIssues;
  const sink = createSink(max, options.ignoredCodes);
  // Issues usually come when the group of the observation they name ends: keep the quotes and lines of the latest
  // observations (not the objects, which would then outlive the young generation) so that another pass over the
  // file is rarely needed.
  const ringIndex = new Int32Array(RING).fill(-1);
  const ringLine = new Int32Array(RING);
  const ringQuote: (string | undefined)[] = new Array(RING).fill(undefined);
  const found = new Map<number, { quote?: string; line: number }>();
  const onIssue = (i: Issue): void => {
    const before = sink.kept.length;
    sink.add(i);
    if (sink.kept.length === before) return;
    const index = observationIndex(i.path);
    if (index !== undefined && ringIndex[index % RING] === index) {
      found.set(index, { quote: ringQuote[index % RING], line: ringLine[index % RING] as number });
    }
  };
  let unsorted = false;
  const validator = createValidator({
    ...options.validate,
    onIssue,
    grouping,
    ...(spill === undefined ? {} : { spill }),
    ...(spill?.budget === undefined ? {} : { spillBudget: spill.budget }),
    onUnsorted: () => {
      unsorted = true;
    },
  });
  for await (const batch of readFileBatches(file, options.read, facts)) {
    for (const record of batch) {
      if (record.kind === 'observation') {
        // Once as many issues are kept as are shown, no later one is quoted.
        if (!max || sink.kept.length < max) {
          const slot = record.index % RING;
          ringIndex[slot] = record.index;
          ringLine[slot] = record.line;
          ringQuote[slot] = quoteOf(record.observation);
        }
        validator.addObservation(record.observation, record);
      } else sink.add(record.issue);
    }
    if (unsorted) return 'unsorted';
  }
  const result = validator.finish();
  return { sink, found, observations: result.observations };
}

/** How many recent observations stay at hand for quoting: several jurisdiction-year groups. */
const RING = 2048;

interface Sink {
  readonly kept: Issue[];
  readonly counts: Record<Severity, number>;
  omitted: number;
  ignored: number;
  add(issue: Issue): void;
}

function createSink(max: number | undefined, ignoredCodes: ReadonlySet<string> | undefined): Sink {
  const sink: Sink = {
    kept: [],
    counts: { error: 0, warning: 0, info: 0 },
    omitted: 0,
    ignored: 0,
    add(issue) {
      if (ignoredCodes?.has(issue.code)) {
        sink.ignored++;
        return;
      }
      sink.counts[issue.severity]++;
      if (max && sink.kept.length >= max) sink.omitted++;
      else sink.kept.push(issue);
    },
  };
  return sink;
}

function report(
  file: string,
  format: DataFile['format'],
  observations: number,
  sink: Sink,
  facts: FileFacts,
  quote: (index: number) => string | undefined,
  line?: (index: number) => number | undefined,
  pathLine?: (path: string) => number | undefined,
): FileReport {
  const issues = sink.kept.map((i): FileIssue => {
    const index = observationIndex(i.path);
    const q = index === undefined ? undefined : quote(index);
    const l = i.line ?? pathLine?.(i.path) ?? (index === undefined ? undefined : line?.(index));
    const place = facts.sheet === undefined ? {} : cellOf(i, l, facts.sheet, facts.header);
    return {
      file,
      ...i,
      ...(l === undefined ? {} : { line: l }),
      ...(q === undefined ? {} : { quote: q }),
      ...place,
    };
  });
  issues.sort((a, b) => order(a) - order(b));
  return {
    file,
    format,
    observations,
    issues,
    counts: sink.counts,
    omitted: sink.omitted,
    ignored: sink.ignored,
    ...(facts.encoding === undefined || facts.encoding === 'utf8' ? {} : { encoding: facts.encoding }),
    ...(facts.sheet === undefined ? {} : { sheet: facts.sheet }),
  };
}

/** The sheet and cell of a workbook issue: its own, else the row of its observation and the column of its field. */
function cellOf(
  i: Issue,
  row: number | undefined,
  sheet: string,
  header: readonly (string | undefined)[] | undefined,
): { sheet: string; cell?: string } {
  const own = i.details?.cell;
  if (typeof own === 'string') return { sheet, cell: own };
  if (row === undefined) return { sheet };
  const field = /^observations\[\d+\]\.([A-Za-z]+(?:\.(?:report|quote))?)/.exec(i.path)?.[1];
  const column = field === undefined ? -1 : (header?.indexOf(field) ?? -1);
  return column === -1 ? { sheet } : { sheet, cell: cellName(column, row) };
}

/** Sort key: by line, else by observation index, file-level issues first. */
function order(i: FileIssue): number {
  if (i.line !== undefined) return i.line;
  const index = observationIndex(i.path);
  return index === undefined ? -1 : index;
}

/**
 * The observation index a path points into (`observations[12].value` → 12).
 *
 * @param path - an issue path
 * @returns the index, or `undefined`
 * @example
 * ```ts
 * observationIndex('observations[12].value') // 12
 * ```
 */
export function observationIndex(path: string): number | undefined {
  const m = /^observations\[(\d+)\]/.exec(path);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

function quoteOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const source = (raw as { source?: unknown }).source;
  if (typeof source !== 'object' || source === null) return undefined;
  const quote = (source as { quote?: unknown }).quote;
  return typeof quote === 'string' ? quote : undefined;
}
