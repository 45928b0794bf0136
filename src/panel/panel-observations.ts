import { createRateDeriver } from '../derive/derive-rates.js';
import type { DerivedRate } from '../validate/rate-row.js';
import type { PanelObservation } from './fields.js';
import type { Panel, PanelPoint, PanelSeries } from './panel.js';

/** A rebuilt observation with the file it came from. */
export type PanelRecord = PanelObservation & { readonly file?: string };

/**
 * The panel's figures as observations again, one jurisdiction-year after another (jurisdictions in code order,
 * years ascending), levels first: what the rate deriver and the validator read.
 *
 * @param panel - the panel
 * @param jurisdictions - only these (all by default)
 * @returns the observations
 * @example
 * ```ts
 * [...panelObservations(panel, ['433126'])].length
 * ```
 */
export function* panelObservations(
  panel: Panel,
  jurisdictions: Iterable<string> = panel.byJurisdiction.keys(),
): Generator<PanelRecord> {
  for (const j of jurisdictions) {
    const keys = panel.byJurisdiction.get(j);
    if (keys === undefined) continue;
    const list = keys.map((k) => panel.series.get(k) as PanelSeries);
    const years = new Set<number>();
    for (const s of list) {
      for (const y of s.points.keys()) years.add(y);
      for (const m of s.measures.values()) for (const y of m.keys()) years.add(y);
    }
    for (const year of [...years].sort((a, b) => a - b)) {
      for (const s of list) {
        const p = s.points.get(year);
        if (p !== undefined) yield rebuild(s, p, undefined);
      }
      for (const s of list) {
        for (const [measure, m] of s.measures) {
          const p = m.get(year);
          if (p !== undefined) yield rebuild(s, p, measure);
        }
      }
    }
  }
}

function rebuild(s: PanelSeries, p: PanelPoint, measure: string | undefined): PanelRecord {
  const o: Record<string, unknown> = {
    jurisdiction: s.jurisdiction,
    year: p.year,
    indicator: s.indicator,
    value: p.value,
    ...s.fields,
  };
  if (p.upper !== undefined) o.upper = p.upper;
  if (p.qualifier !== undefined) o.qualifier = p.qualifier;
  if (p.asOf !== undefined) o.asOf = p.asOf;
  if (p.period !== undefined) o.period = p.period;
  if (p.baseYear !== undefined) o.baseYear = p.baseYear;
  if (Object.keys(s.dimensions).length > 0) o.dimensions = s.dimensions;
  if (measure !== undefined) o.measure = measure;
  if (p.source !== undefined) o.source = p.source;
  if (p.file !== undefined) o.file = p.file;
  return o as unknown as PanelRecord;
}

/** A derived rate with the file of its published figure, when there is one. */
export type PanelRate = DerivedRate & {
  readonly file?: string;
  readonly publishedSource?: PanelPoint['source'];
};

// Rates per panel and jurisdiction, derived once: a panel never changes after `finish()`, and reports, series and
// rankings ask for the same jurisdiction's rates many times. Keyed weakly, so a dropped panel takes its rates along.
const memo = new WeakMap<Panel, Map<string, readonly PanelRate[]>>();

/**
 * Every rate the panel's figures allow, per jurisdiction, year and scope (as `deriveRates` computes them), with
 * the published figure beside each and the file it came from.
 *
 * @param panel - the panel
 * @param jurisdictions - only these (all by default)
 * @returns the rate rows, jurisdiction by jurisdiction
 * @example
 * ```ts
 * panelRates(panel).filter((r) => r.consistency?.consistent === false) // the mismatches
 * ```
 */
export function panelRates(
  panel: Panel,
  jurisdictions: Iterable<string> = panel.byJurisdiction.keys(),
): PanelRate[] {
  let byJurisdiction = memo.get(panel);
  if (byJurisdiction === undefined) {
    byJurisdiction = new Map();
    memo.set(panel, byJurisdiction);
  }
  const rows: PanelRate[] = [];
  for (const j of jurisdictions) {
    let list = byJurisdiction.get(j);
    if (list === undefined) {
      list = derive(panel, j);
      byJurisdiction.set(j, list);
    }
    rows.push(...list);
  }
  return rows;
}

function derive(panel: Panel, jurisdiction: string): PanelRate[] {
  const rows: PanelRate[] = [];
  const records: PanelRecord[] = [];
  // Breakdown cells and non-level measures are not inputs of the catalog's rate formulas.
  const deriver = createRateDeriver({
    catalog: panel.catalog,
    grouping: 'contiguous',
    onRow: (r) => {
      const published = r.publishedIndex === undefined ? undefined : records[r.publishedIndex];
      rows.push(
        published === undefined ? r : { ...r, file: published.file, publishedSource: published.source },
      );
    },
  });
  for (const o of panelObservations(panel, [jurisdiction])) {
    if (o.measure !== undefined || o.dimensions !== undefined) continue;
    records.push(o);
    const { file: _file, ...plain } = o;
    deriver.add(plain, { index: records.length - 1 });
  }
  deriver.finish();
  return rows;
}
