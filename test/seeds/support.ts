import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Dataset, DatasetSchema } from '../../src/model/dataset.js';
import type { Observation } from '../../src/model/observation.js';
import type { Target } from '../../src/model/target.js';

/** The repository root (two levels above this file). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the seed datasets live. */
export const DATA_DIR = join(ROOT, 'seeds', 'data');

/** Where the seed report texts live. */
export const REPORTS_DIR = join(ROOT, 'seeds', 'reports');

/** A dataset file, its name and its raw parsed JSON (not yet validated). */
export interface DatasetFile {
  readonly file: string;
  readonly path: string;
  readonly json: unknown;
}

/** Every `*.json` under seeds/data, parsed as JSON but not validated. */
export function datasetFiles(): DatasetFile[] {
  return readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const path = join(DATA_DIR, file);
      return { file, path, json: JSON.parse(readFileSync(path, 'utf8')) as unknown };
    });
}

/** Loads and validates one seed dataset by file name (e.g. `421200-2024.json`); throws on schema errors. */
export function loadDataset(file: string): Dataset {
  return DatasetSchema.parse(JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')));
}

/** The text of a seed report by id (its file stem, e.g. `000_a7156c864dae5c04`). */
export function loadReportText(reportId: string): string {
  return readFileSync(join(REPORTS_DIR, `${reportId}.txt`), 'utf8');
}

/** Every seed report id (file stems of seeds/reports/*.txt). */
export function reportIds(): string[] {
  return readdirSync(REPORTS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => f.slice(0, -'.txt'.length));
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
