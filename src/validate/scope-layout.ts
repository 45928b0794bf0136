/**
 * The layout of a plain jurisdiction-year group — which indicator is at which position — remembered from one group
 * to the next: files list the same indicators in the same order group after group, so the next group's figures are
 * found by position instead of hashing each of its ids into a new map. @internal
 */
import type { Indicator } from '../model/indicator.js';
import type { Entry } from './context.js';

/** Where each indicator of a plain group without repeats stands, and which positions are rate figures. */
export interface Layout {
  /** The indicator key (see `keyOf` in scopes.ts) at each position. */
  readonly ids: readonly string[];
  /** The definition at each position: a group fits by their identity (definitions have many shapes, their ids cost). */
  readonly defs: readonly (Indicator | undefined)[];
  /** The position of each indicator key. */
  readonly at: ReadonlyMap<string, number>;
  /** The positions of the rate figures, in order, for the rate ids the layout was made with. */
  readonly rates: readonly number[];
  /** The rate ids the layout was made with (`splitScopes`' argument). */
  readonly rateIds: ReadonlySet<string> | undefined;
  /**
   * For each rate figure, the positions of its formulas' inputs (plus then minus; -1: not given): formula k's
   * numerator at 2k, its denominator at 2k + 1.
   */
  readonly inputs: readonly (readonly (readonly number[])[])[];
}

/** What one validator remembers between groups: the latest layout, and that of the latest plain group without repeats. */
export interface LayoutMemo {
  layout: Layout | undefined;
  /** The layout of the latest plain group without repeats, when it is not `layout`: a second such group makes it so. */
  candidate: Layout | undefined;
}

/**
 * A fresh memo, one per validator (no global state).
 * @returns an empty memo
 * @example
 * ```ts
 * splitScopes(entries, rateIds, dims, createLayoutMemo())
 * ```
 */
export function createLayoutMemo(): LayoutMemo {
  return { layout: undefined, candidate: undefined };
}

/**
 * The layout of a plain group without repeats: its keys, their positions, and the positions of those in `rateIds`.
 * @param entries - the group's figures, no indicator repeated
 * @param rateIds - the rate ids
 * @returns the layout
 * @example
 * ```ts
 * layoutOf(group, new Set(['a.rate'])).rates // [1] when a.rate is the second figure
 * ```
 */
export function layoutOf(entries: readonly Entry[], rateIds: ReadonlySet<string> | undefined): Layout {
  const ids: string[] = [];
  const at = new Map<string, number>();
  const rates: number[] = [];
  for (const e of entries) {
    const id = e.d?.id ?? e.o.indicator;
    if (rateIds?.has(id)) rates.push(ids.length);
    at.set(id, ids.length);
    ids.push(id);
  }
  // Each rate's formulas' inputs by position: numerator and denominator of formula k at 2k and 2k + 1.
  const inputs = rates.map((k) =>
    (entries[k]?.d?.formulas ?? []).flatMap((f) =>
      [f.numerator, f.denominator].map((s) => [...s.plus, ...(s.minus ?? [])].map((id) => at.get(id) ?? -1)),
    ),
  );
  return { ids, defs: entries.map((e) => e.d), at, rates, rateIds, inputs };
}

/**
 * The first figure of each indicator of a group laid out as a {@link Layout}: a read-only map over the group's
 * array `list`, one figure per position of `layout`, in the same order (each indicator appears once, so every
 * figure is the first of its indicator).
 */
export class LaidOutFirst implements ReadonlyMap<string, Entry> {
  constructor(
    readonly layout: Layout,
    readonly list: readonly Entry[],
  ) {}

  get size(): number {
    return this.list.length;
  }

  get(id: string): Entry | undefined {
    const k = this.layout.at.get(id);
    return k === undefined ? undefined : this.list[k];
  }

  has(id: string): boolean {
    return this.layout.at.has(id);
  }

  keys(): MapIterator<string> {
    return this.layout.ids.values();
  }

  values(): MapIterator<Entry> {
    return this.list.values();
  }

  *entries(): MapIterator<[string, Entry]> {
    const ids = this.layout.ids;
    for (let k = 0; k < ids.length; k++) yield [ids[k] as string, this.list[k] as Entry];
  }

  [Symbol.iterator](): MapIterator<[string, Entry]> {
    return this.entries();
  }

  forEach(f: (value: Entry, key: string, map: ReadonlyMap<string, Entry>) => void, thisArg?: unknown): void {
    const ids = this.layout.ids;
    for (let k = 0; k < ids.length; k++) f.call(thisArg, this.list[k] as Entry, ids[k] as string, this);
  }
}
