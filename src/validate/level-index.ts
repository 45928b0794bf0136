/** The level figures of a group by their full coordinates, for shares and changes to find. @internal */
import type { Entry } from './context.js';
import { ownLevelKey } from './levels.js';
import { canonicalCell, type Slices } from './scopes.js';

/**
 * Indexes a group's level figures by `levelKey` (the first of each).
 * @param entries - the group's observations
 * @param dims - the catalog's cell indicators
 * @param only - the indicators to index (in the catalog's terms: `wantedIndicators`); all when absent
 * @returns key → entry
 * @example
 * ```ts
 * levelIndex(group, ctx.dimensions).get(key)
 * ```
 */
export function levelIndex(
  entries: readonly Entry[],
  dims: Slices | undefined,
  only?: ReadonlySet<string>,
): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const slices = only === undefined ? undefined : sliceIndicators(dims);
  for (const e of entries) {
    // A figure of an indicator no share or change reads (nor a cell indicator that may stand for one) is skipped.
    if (only !== undefined && !only.has(e.o.indicator) && !slices?.has(e.o.indicator)) continue;
    const key = ownLevelKey(e.o, dims);
    if (key !== undefined && !out.has(key)) out.set(key, e);
  }
  return out;
}

const sliceSets = new WeakMap<Slices, Set<string>>();

/** The indicators that are cells of another (legalAid.criminalCases), once per index. */
function sliceIndicators(dims: Slices | undefined): ReadonlySet<string> | undefined {
  if (dims === undefined) return undefined;
  let set = sliceSets.get(dims);
  if (set === undefined) {
    set = new Set([...dims.slices.values()].map((i) => i.id));
    sliceSets.set(dims, set);
  }
  return set;
}

/**
 * The indicators the shares and changes of some entries read their levels from: their own and their `shareOf`
 * indicator, each also in the catalog's terms (a share of legalAid.criminalCases reads legalAid.cases' cell).
 * @param measures - shares and changes
 * @param dims - the catalog's cell indicators
 * @returns the indicator ids
 * @example
 * ```ts
 * levelIndex(group, dims, wantedIndicators(scope.measures, dims))
 * ```
 */
export function wantedIndicators(measures: Iterable<Entry>, dims: Slices | undefined): Set<string> {
  const out = new Set<string>();
  for (const e of measures) {
    const o = e.o;
    out.add(o.indicator);
    out.add(canonicalCell(o.indicator, o.dimensions ?? {}, dims).id);
    const s = o.shareOf;
    if (s?.indicator !== undefined) {
      out.add(s.indicator);
      out.add(canonicalCell(s.indicator, s.dimensions ?? {}, dims).id);
    }
  }
  return out;
}
