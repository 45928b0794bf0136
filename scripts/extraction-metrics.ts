/**
 * Recall and precision of `extractObservations` against the hand-modelled datasets (seeds/data, seeds/corpus/data).
 * Used by scripts/generate-extraction-report.ts (docs/extraction.md) and by test/extract/recall.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalog } from '../src/catalog/default-catalog.js';
import { divisionLookup } from '../src/divisions/index.js';
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
  /** Hand observations not found, and why. */
  readonly misses: readonly Miss[];
  /** Extracted observations matching none, and what they are. */
  readonly wrong: readonly Extra[];
}

/**
 * Why a hand observation was missed: the extractor left its figure `unmatched`, found `no figure` there (零败诉,
 * 均为合格), or made an observation of it that differs in the first of: `indicator`, `jurisdiction or year`,
 * `dimensions`, `measure` (with base year and whole), `scope` (as of, period, cumulative, coverage, carried over),
 * `value` (value, upper end, qualifier) — or one identical to another hand observation (`taken`).
 */
export type MissCategory =
  | 'unmatched'
  | 'no figure'
  | 'indicator'
  | 'jurisdiction or year'
  | 'dimensions'
  | 'measure'
  | 'scope'
  | 'value'
  | 'taken';

/** A hand observation the extractor did not reproduce. */
export interface Miss {
  /** The hand observation. */
  readonly hand: Observation;
  /** What went wrong, by kind. */
  readonly category: MissCategory;
  /** In a few words: the unmatched reason, or the fields the extracted observation got and their values. */
  readonly why: string;
}

/**
 * What an extracted observation matching no hand one is: a hand figure read with other coordinates (`mismatch`,
 * counted among the misses too), a figure the hand dataset leaves out on purpose (`not modelled`), a planned
 * figure (`target`), or one the hand dataset has nothing for (`not in hand`).
 */
export type ExtraCategory = 'mismatch' | 'not modelled' | 'target' | 'not in hand';

/** An extracted observation that matches no hand observation. */
export interface Extra {
  /** The extracted observation. */
  readonly observation: Observation;
  /** What it is, by kind. */
  readonly category: ExtraCategory;
  /** The hand dataset's reason, for `not modelled`. */
  readonly why?: string;
}

/**
 * The fields two observations must share to count as the same figure: jurisdiction, year, indicator, dimensions,
 * measure (with its base year and the whole of a share), scope (as of, cumulative, period, coverage, carried-over)
 * and value (value, upper end, qualifier).
 */
export const MATCH_FIELDS = [
  'jurisdiction',
  'year',
  'indicator',
  'dimensions',
  'measure',
  'baseYear',
  'shareOf',
  'asOf',
  'cumulative',
  'period',
  'coverage',
  'includesCarriedOver',
  'value',
  'upper',
  'qualifier',
] as const;

/**
 * How a dataset names the members of the dimensions it declares itself: a declared member is what its name says
 * (its id is the modeller's choice), so it is compared by name; catalog members by id.
 */
export type MemberNames = ReadonlyMap<string, string>;

/** The names of the members a dataset declares, keyed `dimension:member`. */
export function declaredMembers(dataset: Dataset): MemberNames {
  const names = new Map<string, string>();
  const catalogMembers = new Set(
    (defaultCatalog.dimensions ?? []).flatMap((d) => d.members.map((m) => `${d.id}:${m.id}`)),
  );
  for (const d of dataset.dimensions ?? []) {
    for (const m of d.members) {
      const key = `${d.id}:${m.id}`;
      if (!catalogMembers.has(key)) names.set(key, `«${m.name}»`);
    }
  }
  return names;
}

function dimensionsText(d: Readonly<Record<string, string>>, names: MemberNames): string {
  return Object.keys(d)
    .sort()
    .map((k) => `${k}=${names.get(`${k}:${d[k]}`) ?? d[k]}`)
    .join(',');
}

/**
 * The indicator and dimensions of an observation, an indicator that IS a cell of another (`sliceOf`:
 * legalAid.criminalCases = legalAid.cases{caseType: criminal}) written as that cell: either writing is the same
 * figure.
 */
function cell(o: Observation): { indicator: string; dimensions: Readonly<Record<string, string>> } {
  const slice = defaultCatalog.get(o.indicator)?.sliceOf;
  const own = o.dimensions ?? {};
  if (slice === undefined) return { indicator: o.indicator, dimensions: own };
  return { indicator: slice.indicator, dimensions: { ...slice.dimensions, ...own } };
}

function field(o: Observation, name: (typeof MATCH_FIELDS)[number], names: MemberNames): string {
  const r = o as Record<string, unknown>;
  const v = r[name];
  switch (name) {
    case 'indicator':
      return cell(o).indicator;
    case 'value':
    case 'upper':
      return v === undefined ? '' : (arith.canonical(v as string) ?? String(v));
    case 'measure':
      return (v as string | undefined) ?? 'level';
    case 'qualifier':
      return (v as string | undefined) ?? 'exact';
    case 'coverage':
      // No coverage means the whole area (docs/concepts.md).
      return (v as string | undefined) ?? 'wholeArea';
    case 'cumulative':
    case 'includesCarriedOver':
      return v ? 'true' : '';
    case 'baseYear':
      return v === undefined || v === o.year - 1 ? '' : String(v);
    case 'dimensions':
      return dimensionsText(cell(o).dimensions, names);
    case 'shareOf': {
      const so = v as Record<string, unknown> | undefined;
      if (so === undefined) return '';
      return Object.keys(so)
        .sort()
        .map((k) =>
          k === 'dimensions'
            ? `dimensions={${dimensionsText(so[k] as Record<string, string>, names)}}`
            : `${k}=${String(so[k])}`,
        )
        .join(';');
    }
    case 'period': {
      const p = v as { start: string; end: string } | undefined;
      return p === undefined ? '' : `${p.start}/${p.end}`;
    }
    default:
      return v === undefined ? '' : String(v);
  }
}

/**
 * The match key of an observation.
 *
 * @param o - the observation
 * @param names - the names of the members its dataset declares (see {@link declaredMembers})
 * @returns the key
 */
export function matchKey(o: Observation, names: MemberNames = new Map()): string {
  return MATCH_FIELDS.map((f) => field(o, f, names)).join('|');
}

const GROUPS: readonly [MissCategory, readonly (typeof MATCH_FIELDS)[number][]][] = [
  ['indicator', ['indicator']],
  ['jurisdiction or year', ['jurisdiction', 'year']],
  ['dimensions', ['dimensions']],
  ['measure', ['measure', 'baseYear', 'shareOf']],
  ['scope', ['asOf', 'cumulative', 'period', 'coverage', 'includesCarriedOver']],
  ['value', ['value', 'upper', 'qualifier']],
];

/** Where a quote stands in the text: its first occurrence, `[-1, -1]` when the text does not have it. */
function locate(text: string, quote: string): [number, number] {
  const at = quote === '' ? -1 : text.indexOf(quote);
  return at < 0 ? [-1, -1] : [at, at + quote.length];
}

const within = (span: readonly [number, number], area: readonly [number, number]) =>
  area[0] >= 0 && span[0] >= area[0] && span[1] <= area[1];

const magnitude = (v: string | number) => (arith.canonical(String(v)) ?? String(v)).replace(/^-/, '');

/**
 * Scores one report: extracts its text and matches observations one to one by {@link matchKey}; says for each
 * miss and each extra observation what it is.
 *
 * @param root - the repository root
 * @param datasetFile - path of the hand dataset, relative to root
 * @param dataset - the hand dataset
 * @param reportId - the report to score
 * @param minConfidence - the extractor's threshold (its default when not given)
 * @returns the score
 */
export function scoreReport(
  root: string,
  datasetFile: string,
  dataset: Dataset,
  reportId: string,
  minConfidence?: number,
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
    divisions: divisionLookup,
    ...(asOf === undefined ? {} : { asOf }),
    ...(report.periodEnd === undefined ? {} : { periodEnd: report.periodEnd }),
    ...(minConfidence === undefined ? {} : { minConfidence }),
  });
  const handNames = declaredMembers(dataset);
  const extractedNames = declaredMembers(result.dataset);
  const hand = dataset.observations.filter((o) => o.source?.report === reportId);
  const extracted = result.dataset.observations;
  const pool = new Map<string, number[]>();
  extracted.forEach((o, i) => {
    const k = matchKey(o, extractedNames);
    pool.set(k, [...(pool.get(k) ?? []), i]);
  });
  const used = new Set<number>();
  const unfound: Observation[] = [];
  for (const h of hand) {
    const i = (pool.get(matchKey(h, handNames)) ?? []).find((j) => !used.has(j));
    if (i === undefined) unfound.push(h);
    else used.add(i);
  }
  // The figure of the text a hand observation quotes: inside its quote, of the same magnitude.
  const figureOf = (o: Observation) => {
    const area = locate(text, o.source?.quote ?? '');
    const size = magnitude(o.value);
    return result.figures.find((f) => {
      if (!within(f.span, area)) return false;
      const e = f.observation === undefined ? undefined : extracted[f.observation];
      const u = f.unmatched === undefined ? undefined : result.unmatched[f.unmatched];
      return magnitude(e?.value ?? u?.value ?? '') === size;
    });
  };
  const misses: Miss[] = unfound.map((h) => {
    const f = figureOf(h);
    if (f === undefined)
      return { hand: h, category: 'no figure', why: 'no figure of this value in its quote' };
    if (f.unmatched !== undefined) {
      const u = result.unmatched[f.unmatched];
      return { hand: h, category: 'unmatched', why: `unmatched: ${u?.reason}` };
    }
    const e = extracted[f.observation as number] as Observation;
    const fields = MATCH_FIELDS.filter((k) => field(h, k, handNames) !== field(e, k, extractedNames));
    const category =
      fields.length === 0
        ? 'taken'
        : (GROUPS.find(([, g]) => g.some((k) => fields.includes(k)))?.[0] ?? 'value');
    const why =
      fields.length === 0
        ? 'extracted, but matched to another hand observation'
        : `got ${fields.map((k) => `${k} ${JSON.stringify(field(e, k, extractedNames))}`).join(', ')}`;
    return { hand: h, category, why };
  });
  const handFigures = new Set(
    unfound
      .map(figureOf)
      .filter((f) => f?.observation !== undefined)
      .map((f) => f?.observation),
  );
  const leftOut = (dataset.notModelled ?? []).filter((n) => n.report === reportId);
  const targets = (dataset.targets ?? []).filter((t) => t.source?.report === reportId);
  const wrong: Extra[] = [];
  extracted.forEach((o, i) => {
    if (used.has(i)) return;
    if (handFigures.has(i)) {
      wrong.push({ observation: o, category: 'mismatch' });
      return;
    }
    const span = (o.source?.span ?? [-1, -1]) as [number, number];
    const inside = (quote: string) => {
      const area = locate(text, quote);
      return area[0] >= 0 && area[0] < span[1] && span[0] < area[1];
    };
    const n = leftOut.find((x) => inside(x.quote) && x.quote.includes(magnitude(o.value).slice(0, 2)));
    if (n !== undefined) {
      wrong.push({ observation: o, category: 'not modelled', why: n.reason });
      return;
    }
    const t = targets.find((x) => inside(x.source?.quote ?? ''));
    wrong.push({ observation: o, category: t === undefined ? 'not in hand' : 'target' });
  });
  return {
    report: reportId,
    dataset: datasetFile,
    hand: hand.length,
    extracted: extracted.length,
    found: hand.length - unfound.length,
    correct: used.size,
    misses,
    wrong,
  };
}

/**
 * Scores every report of every hand dataset in seeds/data and seeds/corpus/data.
 *
 * @param root - the repository root
 * @param minConfidence - the extractor's threshold (its default when not given)
 * @returns one score per report, seeds first
 */
export function scoreAll(root: string, minConfidence?: number): DocumentScore[] {
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
        out.push(scoreReport(root, `${dir}/${name}`, dataset, report.id, minConfidence));
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
