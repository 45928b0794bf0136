import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Dataset, DatasetSchema } from '../../src/model/dataset.js';
import type { Observation } from '../../src/model/observation.js';
import type { Target } from '../../src/model/target.js';

/** The repository root (two levels above this file). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A collection of modelled report texts: the five seeds, or the development corpus. */
export type CollectionName = 'seeds' | 'corpus';

/** Where a collection keeps its datasets and its report texts. */
export interface Collection {
  readonly name: CollectionName;
  /** Absolute path of the datasets folder. */
  readonly dataDir: string;
  /** Absolute path of the report texts folder. */
  readonly reportsDir: string;
  /** The reports folder as a repository path (what `reports[].file` starts with). */
  readonly reportsPath: string;
}

/** The seeds (seeds/data, seeds/reports) and the corpus (seeds/corpus/data, seeds/corpus/reports). */
export const COLLECTIONS: readonly Collection[] = [
  {
    name: 'seeds',
    dataDir: join(ROOT, 'seeds', 'data'),
    reportsDir: join(ROOT, 'seeds', 'reports'),
    reportsPath: 'seeds/reports',
  },
  {
    name: 'corpus',
    dataDir: join(ROOT, 'seeds', 'corpus', 'data'),
    reportsDir: join(ROOT, 'seeds', 'corpus', 'reports'),
    reportsPath: 'seeds/corpus/reports',
  },
];

/** One collection by name. */
export function collection(name: CollectionName): Collection {
  return COLLECTIONS.find((c) => c.name === name) as Collection;
}

/** Where the seed datasets live. */
export const DATA_DIR = collection('seeds').dataDir;

/** Where the seed report texts live. */
export const REPORTS_DIR = collection('seeds').reportsDir;

/** A dataset file, its collection, its name and its raw parsed JSON (not yet validated). */
export interface DatasetFile {
  readonly collection: CollectionName;
  readonly file: string;
  readonly path: string;
  readonly json: unknown;
}

/** Every `*.json` of a collection's datasets folder (none when the folder does not exist yet), sorted. */
function jsonFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
}

/** Every dataset of the given collections (all by default), parsed as JSON but not validated. */
export function datasetFiles(names: readonly CollectionName[] = ['seeds', 'corpus']): DatasetFile[] {
  return names.flatMap((name) => {
    const { dataDir } = collection(name);
    return jsonFiles(dataDir).map((file) => {
      const path = join(dataDir, file);
      return { collection: name, file, path, json: JSON.parse(readFileSync(path, 'utf8')) as unknown };
    });
  });
}

/**
 * Loads and validates one dataset by file name (e.g. `421200-2024.json`, or `442000-2020.json` of the corpus);
 * throws on schema errors.
 */
export function loadDataset(file: string, from: CollectionName = 'seeds'): Dataset {
  return DatasetSchema.parse(JSON.parse(readFileSync(join(collection(from).dataDir, file), 'utf8')));
}

/** The collection whose reports folder holds a report id, or undefined. */
export function reportCollection(reportId: string): Collection | undefined {
  return COLLECTIONS.find((c) => existsSync(join(c.reportsDir, `${reportId}.txt`)));
}

/** The text of a report by id (its file stem: `000_a7156c864dae5c04` or `01_zhongshan_2020`). */
export function loadReportText(reportId: string): string {
  const found = reportCollection(reportId);
  if (!found) throw new Error(`no report text ${reportId}.txt in seeds/reports or seeds/corpus/reports`);
  return readFileSync(join(found.reportsDir, `${reportId}.txt`), 'utf8');
}

/** Every report id of a collection (file stems of its *.txt), sorted. */
export function reportIds(name: CollectionName = 'seeds'): string[] {
  const { reportsDir } = collection(name);
  return readdirSync(reportsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => f.slice(0, -'.txt'.length));
}

/** One entry of seeds/corpus/index.json (the fields the tests use). */
export interface CorpusEntry {
  readonly file: string;
  readonly jurisdiction: string;
  readonly divisionCode: string;
  readonly year: number;
  readonly coverage: 'full' | 'opening_excerpt';
}

/** The corpus index (seeds/corpus/index.json). */
export function corpusIndex(): CorpusEntry[] {
  return JSON.parse(readFileSync(join(ROOT, 'seeds', 'corpus', 'index.json'), 'utf8')) as CorpusEntry[];
}

/**
 * The part of a report text that is the report: drops a trailing web-page "分享到:" fragment (003 ends with one,
 * an artifact of how the page was collected).
 */
export function reportBody(text: string): string {
  return text.replace(/\n?分享到[:：]\s*$/u, '');
}

/** A number written in digits in a text, with its position; `text` includes a trailing 万/亿 magnitude. */
export interface NumberOccurrence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Every number written in digits (integers, decimals, with an optional 万/亿/千万/百万 magnitude). */
export function scanNumbers(text: string): NumberOccurrence[] {
  const out: NumberOccurrence[] = [];
  for (const m of text.matchAll(/\d+(?:\.\d+)?(?:千万|百万|万|亿)?/gu)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Every position at which `quote` occurs in `text` (overlapping occurrences included). */
export function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  if (quote.length === 0) return out;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

/** A located span `[start, end)` of a quote in a text. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/** Every quote a dataset attaches to a report (observations, targets, notModelled), as plain strings. */
export function quotesFor(dataset: Dataset, reportId: string): string[] {
  const quotes: string[] = [];
  for (const o of dataset.observations) if (o.source?.report === reportId) quotes.push(o.source.quote);
  for (const t of dataset.targets ?? []) if (t.source?.report === reportId) quotes.push(t.source.quote);
  for (const n of dataset.notModelled ?? []) if (n.report === reportId) quotes.push(n.quote);
  return quotes;
}

/** Every span in `text` covered by one of `quotes` (all occurrences of a repeated quote count). */
export function coveredSpans(text: string, quotes: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const quote of quotes) {
    for (const start of occurrences(text, quote)) spans.push({ start, end: start + quote.length, quote });
  }
  return spans;
}

/** The numbers in `text` not inside any span, each with a little context for the failure message. */
export function uncoveredNumbers(
  text: string,
  spans: readonly Span[],
): Array<NumberOccurrence & { context: string }> {
  return scanNumbers(text)
    .filter((n) => !spans.some((s) => s.start <= n.start && n.end <= s.end))
    .map((n) => ({
      ...n,
      context: text.slice(Math.max(0, n.start - 12), Math.min(text.length, n.end + 12)).replace(/\n/g, '⏎'),
    }));
}

/** How a digit number of a report is accounted for. */
export type NumberStatus = 'modelled' | 'notModelled' | 'uncovered';

/**
 * `notModelled` categories of numbers that are not figures (dates that are no figure's scope, ordinals, identifiers,
 * page furniture); the rest — category `figure`, or none — are figures left out, which count against the goal.
 */
export const NOT_FIGURE_CATEGORIES: ReadonlySet<string> = new Set([
  'date',
  'ordinal',
  'identifier',
  'pageFurniture',
]);

/** A quote listed in `notModelled`, with its category when it has one. */
export interface NotModelledQuote {
  readonly quote: string;
  readonly category: string | undefined;
}

/** The quotes of a report's modelled figures: observations and targets. */
export function modelledQuotes(dataset: Dataset, reportId: string): string[] {
  const quotes: string[] = [];
  for (const o of dataset.observations) if (o.source?.report === reportId) quotes.push(o.source.quote);
  for (const t of dataset.targets ?? []) if (t.source?.report === reportId) quotes.push(t.source.quote);
  return quotes;
}

/** The quotes (and categories) a dataset lists in `notModelled` for a report. */
export function notModelledQuotes(dataset: Dataset, reportId: string): NotModelledQuote[] {
  return (dataset.notModelled ?? [])
    .filter((n) => n.report === reportId)
    .map((n) => ({ quote: n.quote, category: (n as { category?: string }).category }));
}

/** How many digit numbers a report prints and how they are accounted for. */
export interface NumberTally {
  /** Every digit number. */
  readonly numbers: number;
  /** Numbers inside an observation's or target's quote (and no notModelled quote). */
  readonly modelled: number;
  /** Numbers inside a notModelled quote. */
  readonly notModelled: number;
  /** Of those, the ones that are not figures (a date, an ordinal, an identifier, page furniture). */
  readonly notFigures: number;
  /** Numbers inside no quote at all. */
  readonly uncovered: number;
}

/** A classified number: its status and, for a notModelled one, the entry's category. */
export type ClassifiedNumber = NumberOccurrence & { status: NumberStatus; category?: string | undefined };

/**
 * Classifies every digit number of `text`: `notModelled` when inside a notModelled quote (this wins, so a number
 * declared not modelled never counts as modelled), else `modelled` when inside an observation or target quote,
 * else `uncovered`.
 */
export function classifyNumbers(
  text: string,
  modelled: readonly string[],
  notModelled: ReadonlyArray<string | NotModelledQuote>,
): ClassifiedNumber[] {
  const inside = (s: Span, n: NumberOccurrence) => s.start <= n.start && n.end <= s.end;
  const modelledSpans = coveredSpans(text, modelled);
  const entries = notModelled.map((n) => (typeof n === 'string' ? { quote: n, category: undefined } : n));
  const notModelledSpans = entries.flatMap((e) =>
    coveredSpans(text, [e.quote]).map((span) => ({ span, category: e.category })),
  );
  return scanNumbers(text).map((n) => {
    const nm = notModelledSpans.find((e) => inside(e.span, n));
    if (nm) return { ...n, status: 'notModelled', category: nm.category };
    return { ...n, status: modelledSpans.some((s) => inside(s, n)) ? 'modelled' : 'uncovered' };
  });
}

/** Counts of {@link classifyNumbers}. */
export function tally(numbers: readonly ClassifiedNumber[]): NumberTally {
  const count = (s: NumberStatus) => numbers.filter((n) => n.status === s).length;
  return {
    numbers: numbers.length,
    modelled: count('modelled'),
    notModelled: count('notModelled'),
    notFigures: numbers.filter(
      (n) => n.status === 'notModelled' && n.category !== undefined && NOT_FIGURE_CATEGORIES.has(n.category),
    ).length,
    uncovered: count('uncovered'),
  };
}

/** A report with every dataset that quotes it (a report may be modelled across several datasets). */
export interface ModelledReport {
  readonly report: string;
  readonly collection: CollectionName;
  /** Dataset files that list the report in `reports`. */
  readonly files: readonly string[];
  readonly datasets: readonly Dataset[];
}

/** Every report listed by some dataset of the given collections, with the datasets that list it. */
export function modelledReports(files: ReadonlyArray<DatasetFile & { dataset: Dataset }>): ModelledReport[] {
  const byReport = new Map<string, { collection: CollectionName; files: string[]; datasets: Dataset[] }>();
  for (const { collection: name, file, dataset } of files) {
    for (const r of dataset.reports ?? []) {
      const entry = byReport.get(r.id) ?? { collection: name, files: [], datasets: [] };
      entry.files.push(file);
      entry.datasets.push(dataset);
      byReport.set(r.id, entry);
    }
  }
  return [...byReport.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([report, e]) => ({ report, ...e }));
}

/** Every digit number of a report, classified by the quotes of all the datasets that model it. */
export function reportNumbers(r: ModelledReport): ClassifiedNumber[] {
  const text = reportBody(loadReportText(r.report));
  return classifyNumbers(
    text,
    r.datasets.flatMap((d) => modelledQuotes(d, r.report)),
    r.datasets.flatMap((d) => notModelledQuotes(d, r.report)),
  );
}

/** Truncates a share to one decimal, so 89.99 never reads as 90.0; `—` for an empty whole. */
function percent(part: number, whole: number): string {
  if (whole === 0) return '—';
  return (Math.floor((part * 1000) / whole) / 10).toFixed(1);
}

/** Share of all numbers modelled, in per cent to one decimal (truncated). */
export function modelledPercent(t: NumberTally): string {
  return percent(t.modelled, t.numbers);
}

/** The figures of a tally: numbers that are not dates, ordinals, identifiers or page furniture. */
export function figures(t: NumberTally): number {
  return t.numbers - t.notFigures;
}

/** Share of figures modelled, in per cent to one decimal (truncated): the goal is ≥ 90 per document. */
export function figuresModelledPercent(t: NumberTally): string {
  return percent(t.modelled, figures(t));
}

/** Filters on observations: indicator plus any scope fields that must match. */
export type ObservationFilter = Partial<
  Pick<Observation, 'cumulative' | 'includesCarriedOver' | 'basis' | 'asOf' | 'qualifier'>
> & { quoteIncludes?: string };

/** The observations of one indicator in a dataset, optionally filtered by scope or by a quote fragment. */
export function obs(dataset: Dataset, indicator: string, filter: ObservationFilter = {}): Observation[] {
  return dataset.observations.filter((o) => {
    if (o.indicator !== indicator) return false;
    if (filter.quoteIncludes !== undefined && !o.source?.quote.includes(filter.quoteIncludes)) return false;
    for (const key of ['cumulative', 'includesCarriedOver', 'basis', 'asOf', 'qualifier'] as const) {
      if (key in filter && o[key] !== filter[key]) return false;
    }
    return true;
  });
}

/** The single observation of an indicator matching the filter; throws when there is none or more than one. */
export function one(dataset: Dataset, indicator: string, filter: ObservationFilter = {}): Observation {
  const found = obs(dataset, indicator, filter);
  if (found.length !== 1) {
    throw new Error(`expected exactly one ${indicator} observation, found ${found.length}`);
  }
  return found[0] as Observation;
}

/** The value of the single matching observation as a string. */
export function value(dataset: Dataset, indicator: string, filter: ObservationFilter = {}): string {
  return String(one(dataset, indicator, filter).value);
}

/** The targets of one indicator in a dataset. */
export function targets(dataset: Dataset, indicator: string): Target[] {
  return (dataset.targets ?? []).filter((t) => t.indicator === indicator);
}
