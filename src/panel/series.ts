import { cagr } from '../change/cagr.js';
import * as arith from '../internal/arith.js';
import type { Source } from '../model/observation.js';
import { dimensionsKey } from '../model/observation.js';
import type { Qualifier } from '../quantity.js';
import type { Panel, PanelPoint, PanelSeries } from './panel.js';
import { type PanelRate, panelRates } from './panel-observations.js';

/** Which series {@link panelSeries} returns; every field narrows the selection. */
export interface SeriesQuery {
  /** Only this jurisdiction. */
  readonly jurisdiction?: string;
  /** Only this indicator. */
  readonly indicator?: string;
  /** Only this breakdown cell (`{}`: only totals); any cell when absent. */
  readonly dimensions?: Readonly<Record<string, string>>;
  /** Only this scope (`''`: plain full-year figures); any scope when absent. */
  readonly scope?: string;
  /** The years to lay the series over (inclusive); the series' own first and last year by default. */
  readonly years?: readonly [number, number];
}

/** The change from the year before, computed exactly from the two published levels. */
export interface YearChange {
  /** Current − previous, in the indicator's unit (for a rate: 百分点, percentage points). */
  readonly difference: string;
  /** (current − previous) ÷ previous × 100, 2 places half-up; absent for rates and when previous is 0. */
  readonly percent?: string;
}

/** One year of a series: a figure, or a gap (no `value`). */
export interface SeriesYear {
  readonly year: number;
  /** The published level; absent in a gap year. */
  readonly value?: string;
  /** How the figure bounds the truth (absent: exact). */
  readonly qualifier?: Qualifier;
  /** Where the figure came from. */
  readonly source?: Source;
  /** The file it was read from. */
  readonly file?: string;
  /** Change from the year before, when both years have exact figures. */
  readonly change?: YearChange;
  /** For a rate: the rate recomputed from its inputs on the series' basis (2 places), when they are given. */
  readonly computed?: string;
  /** For a rate: the basis `computed` is on. */
  readonly basis?: string;
  /** For a rate with both: whether the published figure is consistent with the recomputation. */
  readonly verdict?: RateVerdict;
  /** What the reports say about this figure besides its level: `share`, `yoyPercent` … → the printed figure. */
  readonly measures?: Readonly<Record<string, PanelPoint>>;
}

/** How a published rate stands against its recomputation. */
export type RateVerdict = 'consistent' | 'truncated' | 'unusualRounding' | 'mismatch';

/** A series laid out year by year, gaps as gaps, with changes and the compound annual growth rate. */
export interface SeriesView {
  readonly key: string;
  readonly jurisdiction: string;
  readonly indicator: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly scope: string;
  /** Every year from the first to the last (or the query's years), in order. */
  readonly years: readonly SeriesYear[];
  /** Years without a figure inside the range. */
  readonly gaps: readonly number[];
  /**
   * Compound annual growth from the first to the last exact figure, per cent, 2 places; absent with fewer than two
   * figures, for rates, or when the first is 0.
   */
  readonly cagr?: string;
}

/**
 * The series of a panel, laid out year by year with gaps, changes from the year before (exact differences, per
 * cent changes, 百分点 for rates), CAGR, and for rates the recomputed figure and verdict beside the published one.
 *
 * @param panel - the panel
 * @param query - which series
 * @returns the series, by jurisdiction, then indicator in catalog order, then key
 * @example
 * ```ts
 * panelSeries(panel, { jurisdiction: '433126', indicator: 'litigation.lossRate' })[0]?.years
 * ```
 */
export function panelSeries(panel: Panel, query: SeriesQuery = {}): SeriesView[] {
  const wantDims = query.dimensions === undefined ? undefined : dimensionsKey(query.dimensions);
  const order = new Map(panel.catalog.indicators.map((d, i) => [d.id, i]));
  const jurisdictions =
    query.jurisdiction === undefined ? [...panel.byJurisdiction.keys()] : [query.jurisdiction];
  const out: SeriesView[] = [];
  for (const j of jurisdictions) {
    const picked = (panel.byJurisdiction.get(j) ?? [])
      .map((k) => panel.series.get(k) as PanelSeries)
      .filter(
        (s) =>
          (query.indicator === undefined || s.indicator === query.indicator) &&
          (wantDims === undefined || dimensionsKey(s.dimensions) === wantDims) &&
          (query.scope === undefined || s.scope === query.scope) &&
          (s.points.size > 0 || s.measures.size > 0),
      );
    if (picked.length === 0) continue;
    const rates = picked.some((s) => isRate(panel, s.indicator))
      ? ratesByKey(panelRates(panel, [j]))
      : undefined;
    picked.sort(
      (a, b) =>
        (order.get(a.indicator) ?? 1e9) - (order.get(b.indicator) ?? 1e9) ||
        (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0) ||
        (a.key < b.key ? -1 : 1),
    );
    for (const s of picked) out.push(view(panel, s, query.years, rates));
  }
  return out;
}

function isRate(panel: Panel, indicator: string): boolean {
  return panel.catalog.get(indicator)?.kind === 'rate';
}

/** Derived rates by `jurisdiction|year|indicator`, the row on the published basis first. */
function ratesByKey(rows: readonly PanelRate[]): Map<string, PanelRate[]> {
  const map = new Map<string, PanelRate[]>();
  for (const r of rows) {
    const k = `${r.jurisdiction}|${r.year}|${r.indicator}`;
    const list = map.get(k);
    if (list === undefined) map.set(k, [r]);
    else list.push(r);
  }
  return map;
}

function view(
  panel: Panel,
  s: PanelSeries,
  range: readonly [number, number] | undefined,
  rates: Map<string, PanelRate[]> | undefined,
): SeriesView {
  const rate = isRate(panel, s.indicator);
  const own = new Set<number>([...s.points.keys()]);
  for (const m of s.measures.values()) for (const y of m.keys()) own.add(y);
  const sorted = [...own].sort((a, b) => a - b);
  const first = range?.[0] ?? sorted[0] ?? 0;
  const last = range?.[1] ?? sorted[sorted.length - 1] ?? -1;
  const years: SeriesYear[] = [];
  const gaps: number[] = [];
  // A series of breakdown cells or of another scope has no recomputation of its own.
  const plain = Object.keys(s.dimensions).length === 0 && (s.scope === '' || s.scope.startsWith('basis='));
  for (let year = first; year <= last; year++) {
    const p = s.points.get(year);
    const y: Record<string, unknown> = { year };
    if (p !== undefined) {
      y.value = p.value;
      if (p.qualifier !== undefined) y.qualifier = p.qualifier;
      if (p.source !== undefined) y.source = p.source;
      if (p.file !== undefined) y.file = p.file;
      const prev = s.points.get(year - 1);
      if (prev !== undefined && isExact(prev) && isExact(p)) y.change = change(prev.value, p.value, rate);
    } else gaps.push(year);
    if (rate && plain && rates !== undefined) {
      const rows = rates.get(`${s.jurisdiction}|${year}|${s.indicator}`) ?? [];
      const basis = s.fields.basis;
      const row =
        rows.find(
          (r) => r.scope === '' && r.published !== undefined && (basis === undefined || r.basis === basis),
        ) ??
        rows.find(
          (r) => r.scope === '' && (basis === undefined || r.basis === basis) && r.computed !== undefined,
        );
      if (row?.computed !== undefined) {
        y.computed = row.computed;
        y.basis = row.basis;
      }
      if (p !== undefined && row?.consistency !== undefined) y.verdict = verdictOf(row.consistency);
    }
    const measures: Record<string, PanelPoint> = {};
    for (const [m, byYear] of s.measures) {
      const mp = byYear.get(year);
      if (mp !== undefined) measures[m] = mp;
    }
    if (Object.keys(measures).length > 0) y.measures = measures;
    years.push(y as unknown as SeriesYear);
  }
  const exact = years.filter((y) => y.value !== undefined && y.qualifier === undefined);
  const a = exact[0];
  const b = exact[exact.length - 1];
  let growth: string | undefined;
  if (!rate && a !== undefined && b !== undefined && b.year > a.year && !arith.isZero(a.value as string)) {
    growth = cagr(a.value as string, b.value as string, b.year - a.year);
  }
  return {
    key: s.key,
    jurisdiction: s.jurisdiction,
    indicator: s.indicator,
    dimensions: s.dimensions,
    scope: s.scope,
    years,
    gaps,
    ...(growth === undefined ? {} : { cagr: growth }),
  };
}

function isExact(p: PanelPoint): boolean {
  return p.qualifier === undefined || p.qualifier === 'exact';
}

/**
 * The change between two exact levels: the difference, and for non-rates the per cent change (2 places, half-up).
 *
 * @param previous - last year's level
 * @param current - this year's level
 * @param rate - whether the levels are rates (the difference is then in 百分点)
 * @returns the change
 * @example
 * ```ts
 * change('80', '100', false) // { difference: '20', percent: '25.00' }
 * ```
 */
export function change(previous: string, current: string, rate: boolean): YearChange {
  const difference = arith.sub(current, previous);
  if (rate || arith.isZero(previous)) return { difference };
  const percent = arith.divRound(arith.mul(difference, '100'), previous, 2, 'half-up');
  return percent === undefined ? { difference } : { difference, percent };
}

/**
 * The verdict on a published rate from its comparison with the recomputation.
 *
 * @param c - the comparison `compareReported` made
 * @returns `consistent` (half-up), `truncated`, `unusualRounding` (half-even or another convention) or `mismatch`
 * @example
 * ```ts
 * verdictOf(compareReported(rate(44180, 45771), '96')) // 'truncated'
 * ```
 */
export function verdictOf(c: {
  readonly consistent: boolean;
  readonly conventions: readonly string[];
}): RateVerdict {
  if (!c.consistent) return 'mismatch';
  if (c.conventions.includes('half-up')) return 'consistent';
  if (c.conventions.includes('truncate')) return 'truncated';
  return 'unusualRounding';
}
