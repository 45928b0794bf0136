import * as arith from '../internal/arith.js';
import type { Polarity } from '../model/indicator.js';
import { dimensionsKey } from '../model/observation.js';
import type { Panel, PanelSeries } from './panel.js';
import { panelRates } from './panel-observations.js';

/** A value to rank. */
export interface RankEntry {
  readonly jurisdiction: string;
  /** A decimal string. */
  readonly value: string;
}

/** One row of a ranking. */
export interface RankRow extends RankEntry {
  /** Competition rank (1, 2, 2, 4): ties share a rank and the next rank skips. */
  readonly rank: number;
  /** Dense rank (1, 2, 2, 3): ties share a rank and the next rank follows on. */
  readonly denseRank: number;
  /** Whether another jurisdiction has the same value. */
  readonly tied: boolean;
  /**
   * Percentile rank: (jurisdictions strictly worse + half of those equal, itself included) ÷ all × 100, 1 place
   * half-up; the best of four distinct values is `"87.5"`, a jurisdiction alone `"50.0"`.
   */
  readonly percentile: string;
}

/**
 * Ranks values, best first: by polarity, highest first for `higherIsBetter` and `neutral`, lowest first for
 * `lowerIsBetter`. Equal values tie; the order of equal values is by jurisdiction code, so the result does not
 * depend on the input order.
 *
 * @param entries - the values
 * @param polarity - which direction is better
 * @returns the rows, best first
 * @example
 * ```ts
 * rankValues([{ jurisdiction: 'a', value: '3' }, { jurisdiction: 'b', value: '5' }], 'lowerIsBetter')[0]?.jurisdiction // 'a'
 * ```
 */
export function rankValues(entries: readonly RankEntry[], polarity: Polarity): RankRow[] {
  const sign = polarity === 'lowerIsBetter' ? 1 : -1;
  const sorted = [...entries].sort(
    (a, b) =>
      sign * arith.cmp(a.value, b.value) ||
      (a.jurisdiction < b.jurisdiction ? -1 : a.jurisdiction > b.jurisdiction ? 1 : 0),
  );
  const n = sorted.length;
  const rows: RankRow[] = [];
  let dense = 0;
  let i = 0;
  while (i < n) {
    let k = i;
    while (k + 1 < n && arith.cmp((sorted[k + 1] as RankEntry).value, (sorted[i] as RankEntry).value) === 0)
      k++;
    dense++;
    const below = n - 1 - k;
    const equal = k - i + 1;
    // (below + equal / 2) / n × 100, in whole numbers: (2·below + equal) × 50 / n.
    const percentile = arith.divRound(String((2 * below + equal) * 50), String(n), 1, 'half-up') as string;
    for (let t = i; t <= k; t++) {
      const e = sorted[t] as RankEntry;
      rows.push({
        jurisdiction: e.jurisdiction,
        value: arith.canonical(e.value) ?? e.value,
        rank: i + 1,
        denseRank: dense,
        tied: k > i,
        percentile,
      });
    }
    i = k + 1;
  }
  return rows;
}

/** Which figures {@link rankJurisdictions} ranks. */
export interface RankQuery {
  /** The indicator. */
  readonly indicator: string;
  /** The year. */
  readonly year: number;
  /** The breakdown cell (`{}`, the default: totals). */
  readonly dimensions?: Readonly<Record<string, string>>;
  /** Only jurisdictions whose code is in this list. */
  readonly jurisdictions?: readonly string[];
  /**
   * For rates: `published` figures, `computed` ones (recomputed from inputs on the indicator's usual basis, so that
   * every jurisdiction is measured alike), or `either` (the default: computed where the inputs are given, else
   * published).
   */
  readonly values?: 'published' | 'computed' | 'either';
}

/** A jurisdiction left out of a ranking, and why. */
export interface RankExclusion {
  readonly jurisdiction: string;
  /** `approximate` (余, 约 … cannot be ordered exactly) or `notComputable` (a rate whose inputs are incomplete). */
  readonly reason: 'approximate' | 'notComputable';
  /** The printed figure. */
  readonly value?: string;
}

/** A ranking of jurisdictions on one indicator in one year. */
export interface Ranking {
  readonly indicator: string;
  readonly year: number;
  /** The indicator's polarity, which decided the order. */
  readonly polarity: Polarity;
  /** `descending` (higher first) or `ascending`. */
  readonly order: 'descending' | 'ascending';
  /** The rows, best first. */
  readonly rows: readonly RankRow[];
  /** For each ranked jurisdiction whose value is computed: its basis. */
  readonly bases: Readonly<Record<string, string>>;
  /** Jurisdictions with a figure that could not be ranked. */
  readonly excluded: readonly RankExclusion[];
}

/**
 * Ranks the panel's jurisdictions on one indicator in one year, ties shared (competition and dense ranks), with
 * percentiles; the indicator's polarity decides whether higher or lower comes first.
 *
 * @param panel - the panel
 * @param query - indicator, year, breakdown cell, jurisdictions, which rate figures
 * @returns the ranking
 * @example
 * ```ts
 * rankJurisdictions(panel, { indicator: 'litigation.lossRate', year: 2024 }).rows[0] // the lowest loss rate
 * ```
 */
export function rankJurisdictions(panel: Panel, query: RankQuery): Ranking {
  const def = panel.catalog.get(query.indicator);
  const polarity = def?.polarity ?? 'neutral';
  const dims = dimensionsKey(query.dimensions);
  const wanted = query.jurisdictions === undefined ? undefined : new Set(query.jurisdictions);
  const isRate = def?.kind === 'rate';
  const mode = isRate ? (query.values ?? 'either') : 'published';
  const entries: RankEntry[] = [];
  const excluded: RankExclusion[] = [];
  const bases: Record<string, string> = {};
  for (const [j, keys] of panel.byJurisdiction) {
    if (wanted !== undefined && !wanted.has(j)) continue;
    const s = keys
      .map((k) => panel.series.get(k) as PanelSeries)
      .find(
        (x) => x.indicator === query.indicator && dimensionsKey(x.dimensions) === dims && plainScope(x.scope),
      );
    const p = s?.points.get(query.year);
    if (mode !== 'published' && dims === '') {
      const usual = def?.formulas?.[0]?.basis;
      const row = panelRates(panel, [j]).find(
        (r) =>
          r.year === query.year && r.indicator === query.indicator && r.scope === '' && r.basis === usual,
      );
      if (row?.computed !== undefined) {
        entries.push({ jurisdiction: j, value: row.computed });
        bases[j] = row.basis;
        continue;
      }
      if (mode === 'computed') {
        if (p !== undefined) excluded.push({ jurisdiction: j, reason: 'notComputable', value: p.value });
        continue;
      }
    }
    if (p === undefined) continue;
    if (p.qualifier !== undefined && p.qualifier !== 'exact') {
      excluded.push({ jurisdiction: j, reason: 'approximate', value: p.value });
      continue;
    }
    entries.push({ jurisdiction: j, value: p.value });
  }
  return {
    indicator: query.indicator,
    year: query.year,
    polarity,
    order: polarity === 'lowerIsBetter' ? 'ascending' : 'descending',
    rows: rankValues(entries, polarity),
    bases,
    excluded,
  };
}

/** Full-year figures of the whole area (stated or not), on any single basis. */
function plainScope(scope: string): boolean {
  return scope === '' || /^basis=[^|]+$/.test(scope);
}
