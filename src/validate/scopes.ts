/** Splitting a jurisdiction-year into scopes that may be compared with each other. @internal */
import type { Observation } from '../model/observation.js';
import type { Entry } from './context.js';

/**
 * The scope of an observation for relations and rates: `scopeKey` without the basis (inputs of a rate carry
 * none), the dimensions and the measure (see {@link splitScopes}), with an `asOf` on the last day of the year
 * dropped (a year-end figure is the full-year one), a `period` of the calendar year dropped and one from
 * 1 January read as `asOf` its last day (1–4月 is 截至4月30日), and `coverage: "wholeArea"` read as the default.
 * Figures of different scopes are never set against each other.
 *
 * @param o - an observation
 * @returns the scope key, `''` for a plain full-year figure
 * @example
 * ```ts
 * relationScope({ year: 2024, asOf: '2024-12-31' }) // ""
 * relationScope({ year: 2024, asOf: '2024-06-30' }) // "asOf=2024-06-30"
 * relationScope({ year: 2021, period: { start: '2021-01-01', end: '2021-04-30' } }) // "asOf=2021-04-30"
 * ```
 */
export function relationScope(
  o: Pick<
    Observation,
    'year' | 'asOf' | 'cumulative' | 'since' | 'includesCarriedOver' | 'period' | 'coverage'
  >,
): string {
  if (
    o.asOf === undefined &&
    o.cumulative !== true &&
    o.since === undefined &&
    o.includesCarriedOver !== true &&
    o.period === undefined &&
    o.coverage !== 'ownLevel'
  ) {
    return '';
  }
  const parts: string[] = [];
  const yearEnd = `${o.year}-12-31`;
  let asOf = o.asOf;
  let period: string | undefined;
  if (o.period !== undefined) {
    if (o.period.start === `${o.year}-01-01`) asOf ??= o.period.end;
    else period = `${o.period.start}/${o.period.end}`;
  }
  if (asOf !== undefined && asOf !== yearEnd) parts.push(`asOf=${asOf}`);
  if (period !== undefined) parts.push(`period=${period}`);
  if (o.cumulative) parts.push('cumulative');
  if (o.since) parts.push(`since=${o.since}`);
  if (o.includesCarriedOver) parts.push('includesCarriedOver');
  if (o.coverage === 'ownLevel') parts.push('coverage=ownLevel');
  return parts.join('|');
}

/**
 * `true` when an observation is a plain level of its indicator: no dimensions and the `level` measure. Only such
 * figures take part in the catalog's relations and rates of their scope; cells of breakdowns, shares and
 * changes are kept apart (`Scope.cells`), so that different coordinates are never mixed.
 * @param e - an entry
 * @returns whether it is a plain level
 * @example
 * ```ts
 * isPlainLevel(entry) // false for { dimensions: { matter: 'other' } } or { measure: 'share' }
 * ```
 */
export function isPlainLevel(e: Entry): boolean {
  if (e.x !== true) return true;
  const o = e.o;
  if (o.measure !== undefined && o.measure !== 'level') return false;
  const d = o.dimensions;
  if (d === undefined) return true;
  for (const k in d) if (Object.hasOwn(d, k)) return false;
  return true;
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
  /** Cells of breakdowns (observations with `dimensions`), shares and changes, in input order. */
  readonly cells: Entry[];
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
    const s: Scope = {
      key: '',
      first: new Map(),
      all: entries as Entry[],
      rates: [],
      repeats: [],
      cells: [],
    };
    let plain = true;
    for (const e of entries) {
      const o = e.o;
      if (
        e.x === true ||
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
      s = { key, first: new Map(), all: [], rates: [], repeats: [], cells: [] };
      byKey.set(key, s);
      out.push(s);
    }
    s.all.push(e);
    if (!isPlainLevel(e)) {
      s.cells.push(e);
      continue;
    }
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
