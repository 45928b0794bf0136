/** Splitting a jurisdiction-year into scopes that may be compared with each other. @internal */
import type { Observation } from '../model/observation.js';
import type { Entry } from './context.js';

/**
 * The scope of an observation for relations and rates: `scopeKey` without the basis (inputs of a rate carry
 * none), and with an `asOf` on the last day of the year dropped (a year-end figure is the full-year one).
 * Figures of different scopes are never set against each other.
 *
 * @param o - an observation
 * @returns the scope key, `''` for a plain full-year figure
 * @example
 * ```ts
 * relationScope({ year: 2024, asOf: '2024-12-31' }) // ""
 * relationScope({ year: 2024, asOf: '2024-06-30' }) // "asOf=2024-06-30"
 * ```
 */
export function relationScope(
  o: Pick<Observation, 'year' | 'asOf' | 'cumulative' | 'since' | 'includesCarriedOver'>,
): string {
  if (
    o.asOf === undefined &&
    o.cumulative !== true &&
    o.since === undefined &&
    o.includesCarriedOver !== true
  ) {
    return '';
  }
  const parts: string[] = [];
  if (o.asOf !== undefined && o.asOf !== `${o.year}-12-31`) parts.push(`asOf=${o.asOf}`);
  if (o.cumulative) parts.push('cumulative');
  if (o.since) parts.push(`since=${o.since}`);
  if (o.includesCarriedOver) parts.push('includesCarriedOver');
  return parts.join('|');
}

/** The observations of one scope: the first one per indicator, and all of them in order. */
export interface Scope {
  /** The scope key (see {@link relationScope}). */
  readonly key: string;
  /** The first observation of each indicator. */
  readonly first: Map<string, Entry>;
  /** Every observation of the scope, in input order. */
  readonly all: Entry[];
  /** The observations of rate indicators (when {@link splitScopes} was given their ids), in input order. */
  readonly rates: Entry[];
  /** Observations whose indicator already appeared in the scope: the only candidates for duplicates. */
  readonly repeats: Entry[];
}

/**
 * Splits a jurisdiction-year's observations into scopes.
 * @param entries - the group's observations
 * @param rateIds - ids of rate indicators, whose observations are also collected in `rates`
 * @returns the scopes in order of first appearance
 * @example
 * ```ts
 * splitScopes(group).length // 1 for a plain annual report
 * ```
 */
export function splitScopes(entries: readonly Entry[], rateIds?: ReadonlySet<string>): Scope[] {
  // The usual group is one plain full-year scope: share the group's array instead of copying it, in one pass
  // that gives up (for the general path below) at the first observation of another scope.
  if (entries.length > 0) {
    const s: Scope = { key: '', first: new Map(), all: entries as Entry[], rates: [], repeats: [] };
    let plain = true;
    for (const e of entries) {
      const o = e.o;
      if (
        o.asOf !== undefined ||
        o.cumulative === true ||
        o.since !== undefined ||
        o.includesCarriedOver === true
      ) {
        plain = false;
        break;
      }
      const id = keyOf(e);
      if (rateIds?.has(id)) s.rates.push(e);
      if (!s.first.has(id)) s.first.set(id, e);
      else s.repeats.push(e);
    }
    if (plain) return [s];
  }
  const byKey = new Map<string, Scope>();
  const out: Scope[] = [];
  for (const e of entries) {
    const key = relationScope(e.o);
    let s = byKey.get(key);
    if (s === undefined) {
      s = { key, first: new Map(), all: [], rates: [], repeats: [] };
      byKey.set(key, s);
      out.push(s);
    }
    s.all.push(e);
    const id = keyOf(e);
    if (rateIds?.has(id)) s.rates.push(e);
    // A rate given on another basis must not hide the first figure of an input indicator.
    if (!s.first.has(id)) s.first.set(id, e);
    else s.repeats.push(e);
  }
  return out;
}

/** The indicator id as a map key: the catalog's own string when known (equal to the input's, but compared by identity). */
function keyOf(e: Entry): string {
  return e.d !== undefined ? e.d.id : e.o.indicator;
}
