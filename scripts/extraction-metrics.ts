/**
 * Recall and precision of `extractObservations` against the hand-modelled datasets (seeds/data, seeds/corpus/data).
 * Used by scripts/generate-extraction-report.ts (docs/extraction.md) and by test/extract/recall.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractObservations } from '../src/extract/extract.js';
import * as arith from '../src/internal/arith.js';
import type { Dataset } from '../src/model/dataset.js';
import type { Observation } from '../src/model/observation.js';

/** The result for one report. */
export interface DocumentScore {
  /** Report id. */
  readonly report: string;
  /** Dataset file it was measured against. */
  readonly dataset: string;
  /** Hand-modelled observations of this report. */
  readonly hand: number;
  /** Extracted observations. */
  readonly extracted: number;
  /** Hand observations found by the extractor (same key). */
  readonly found: number;
  /** Extracted observations that match a hand observation. */
  readonly correct: number;
  /** Hand observations not found, with the nearest extracted figure's difference. */
  readonly misses: readonly Miss[];
  /** Extracted observations matching none. */
  readonly wrong: readonly Observation[];
}

/** A hand observation the extractor did not reproduce. */
export interface Miss {
  /** The hand observation. */
  readonly hand: Observation;
  /** Why, in a few words: `not extracted`, or the fields an extracted observation of the same quote got wrong. */
  readonly why: string;
}

/**
 * The fields two observations must share to count as the same figure: jurisdiction, year, indicator, dimensions,
 * measure, scope (as of, cumulative, period, coverage, carried-over) and value (value, upper end, qualifier).
 */
export const MATCH_FIELDS = [
  'jurisdiction',
  'year',
  'indicator',
  'dimensions',
  'measure',
  'baseYear',
  'asOf',
  'cumulative',
  'period',
  'coverage',
  'includesCarriedOver',
  'value',
  'upper',
  'qualifier',
] as const;

function field(o: Observation, name: (typeof MATCH_FIELDS)[number]): string {
  const r = o as Record<string, unknown>;
  const v = r[name];
  switch (name) {
    case 'value':
    case 'upper':
      return v === undefined ? '' : (arith.canonical(v as string) ?? String(v));
    case 'measure':
      return (v as string | undefined) ?? 'level';
    case 'qualifier':
      return (v as string | undefined) ?? 'exact';
    case 'cumulative':
    case 'includesCarriedOver':
      return v ? 'true' : '';
    case 'baseYear':
      return v === undefined || v === o.year - 1 ? '' : String(v);
    case 'dimensions': {
      const d = (v ?? {}) as Record<string, string>;
      return Object.keys(d)
        .sort()
        .map((k) => `${k}=${d[k]}`)
        .join(',');
    }
    case 'period': {
      const p = v as { start: string; end: string } | undefined;
      return p === undefined ? '' : `${p.start}/${p.end}`;
    }
    default:
      return v === undefined ? '' : String(v);
  }
}

/** The match key of an observation. */
export function matchKey(o: Observation): string {
  return MATCH_FIELDS.map((f) => field(o, f)).join('|');
}

function differences(a: Observation, b: Observation): (typeof MATCH_FIELDS)[number][] {
  return MATCH_FIELDS.filter((f) => field(a, f) !== field(b, f));
}

/**
 * Scores one report: extracts its text and matches observations one to one by {@link matchKey}.
 *
 * @param root - the repository root
 * @param datasetFile - path of the hand dataset, relative to root
 * @param dataset - the hand dataset
 * @param reportId - the report to score
 * @returns the score
 */
export function scoreReport(
  root: string,
  datasetFile: string,
  dataset: Dataset,
  reportId: string,
): DocumentScore {
  const report = (dataset.reports ?? []).find((r) => r.id === reportId);
  if (report?.file === undefined) throw new Error(`report ${reportId} has no file`);
  const text = readFileSync(join(root, report.file), 'utf8');
  const asOf = report.asOf ?? report.published;
  const result = extractObservations(text, {
    jurisdiction: report.jurisdiction,
    year: report.year,
    report: report.id,
    kind: report.kind,
    ...(asOf === undefined ? {} : { asOf }),
  });
  const hand = dataset.observations.filter((o) => o.source?.report === reportId);
  const extracted = result.dataset.observations;
  const pool = new Map<string, number[]>();
  extracted.forEach((o, i) => {
    const k = matchKey(o);
    pool.set(k, [...(pool.get(k) ?? []), i]);
  });
  const used = new Set<number>();
  const misses: Miss[] = [];
  let found = 0;
  for (const h of hand) {
    const i = (pool.get(matchKey(h)) ?? []).find((j) => !used.has(j));
    if (i !== undefined) {
      used.add(i);
      found++;
      continue;
    }
    const quote = h.source?.quote ?? '';
    const near = extracted.find(
      (e) => field(e, 'value') === field(h, 'value') && (e.source?.quote ?? '').includes(quote.slice(-4)),
    );
    const why = near
      ? `got ${differences(h, near)
          .map((f) => `${f} ${JSON.stringify(field(near, f))}`)
          .join(', ')}`
      : 'not extracted';
    misses.push({ hand: h, why });
  }
  const wrong = extracted.filter((_, i) => !used.has(i));
  return {
    report: reportId,
    dataset: datasetFile,
    hand: hand.length,
    extracted: extracted.length,
    found,
    correct: used.size,
    misses,
    wrong,
  };
}

/**
 * Scores every report of every hand dataset in seeds/data and seeds/corpus/data.
 *
 * @param root - the repository root
 * @returns one score per report, seeds first
 */
export function scoreAll(root: string): DocumentScore[] {
  const out: DocumentScore[] = [];
  for (const dir of ['seeds/data', 'seeds/corpus/data']) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const dataset = JSON.parse(readFileSync(join(abs, name), 'utf8')) as Dataset;
      for (const report of dataset.reports ?? []) {
        if (report.file === undefined) continue;
        out.push(scoreReport(root, `${dir}/${name}`, dataset, report.id));
      }
    }
  }
  return out;
}

/** Recall and precision summed over documents. */
export function totals(scores: readonly DocumentScore[]): {
  hand: number;
  extracted: number;
  found: number;
  correct: number;
  recall: number;
  precision: number;
} {
  const hand = scores.reduce((s, d) => s + d.hand, 0);
  const extracted = scores.reduce((s, d) => s + d.extracted, 0);
  const found = scores.reduce((s, d) => s + d.found, 0);
  const correct = scores.reduce((s, d) => s + d.correct, 0);
  return {
    hand,
    extracted,
    found,
    correct,
    recall: hand === 0 ? 0 : found / hand,
    precision: extracted === 0 ? 0 : correct / extracted,
  };
}
