/** Splitting a jurisdiction-year into scopes that may be compared with each other. @internal */
import { dimensionsKey, type Observation } from '../model/observation.js';
import type { Entry } from './context.js';
import type { CellRef } from './dimension-index.js';
import { LaidOutFirst, type Layout, type LayoutMemo, layoutOf } from './scope-layout.js';

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
  /**
   * For a breakdown cell: its canonical dimensions (after `sliceOf` indicators are read back) and their key;
   * absent for the plain level of a scope.
   */
  readonly dims?: Readonly<Record<string, string>>;
  /** `dimensionsKey(dims)`, for a cell. */
  readonly dimsKey?: string;
  /** The scope key (see {@link relationScope}). */
  readonly key: string;
  /** The first observation of each indicator, in order of first appearance. */
  readonly first: ReadonlyMap<string, Entry>;
  /** Every observation of the scope, in input order. */
  readonly all: Entry[];
  /** The observations of rate indicators (when {@link splitScopes} was given their ids), in input order. */
  readonly rates: Entry[];
  /** Observations whose indicator already appeared in the scope: the only candidates for duplicates. */
  readonly repeats: Entry[];
  /** Cells of breakdowns (observations with `dimensions`), shares and changes, in input order. */
  readonly cells: Entry[];
  /** Shares and changes (a `measure` other than `level`), in input order. */
  readonly measures?: Entry[];
  /** The level figures of each breakdown cell, as scopes of their own (relations and rates hold within a cell). */
  readonly cellScopes?: Scope[];
  /**
   * Each level figure written with dimensions, read back into the catalog's terms: its indicator and remaining
   * dimensions (`legalAid.cases` at `caseType: criminal` is `legalAid.criminalCases` without dimensions).
   */
  readonly canon?: Map<Entry, Canonical>;
  /** The scope's cells by numbered cell, built while splitting and read by the cell rules (see {@link CellIndex}). */
  readonly cellIndex?: CellIndex;
  /** For a cell of one catalog dimension: that cell, numbered. */
  readonly ref?: CellRef;
}

/**
 * The cells of a scope indexed once, while it is split, for every rule that reads them (duplicates, breakdowns,
 * shares and their sums): which cell scope and which share each numbered cell has, and whether the scope's cells
 * are all of the common kind those rules can confirm without building keys.
 */
export interface CellIndex {
  /**
   * Every cell of the scope is a figure of one catalog dimension and member, of a known indicator that is no
   * catalog indicator's cell by that dimension (no `sliceOf` reading), and is either a level or a plain share
   * (no `shareOf`, no qualifier other than exact).
   */
  simple: boolean;
  /** No two cells of the scope have the same indicator, measure and cell. */
  distinct: boolean;
  /** The cell scopes by their cell. */
  readonly scopes: Map<CellRef, Scope>;
  /** The indicators each cell has a share of. */
  readonly shares: Map<CellRef, Set<string>>;
}

/** A cell in the catalog's terms: the indicator it stands for, and the dimensions left. */
export interface Canonical {
  readonly id: string;
  readonly dims: Readonly<Record<string, string>>;
  readonly key: string;
}

/** What splitting needs to read cells back into indicators. */
export interface Slices {
  /** `indicator|dimension:member` → the indicator that is that cell (see `DimensionIndex.slices`). */
  readonly slices: ReadonlyMap<string, { readonly id: string }>;
  /** The catalog's one-dimension cells, numbered (see `DimensionIndex.cells`); without them no cell is indexed. */
  readonly cells?: ReadonlyMap<string, ReadonlyMap<string, CellRef>>;
}

/**
 * Splits a jurisdiction-year's observations into scopes.
 * @param entries - the group's observations
 * @param rateIds - ids of rate indicators, whose observations are also collected in `rates`
 * @param dims - the catalog's cell indicators (`sliceOf`), so that both writings of a cell are one figure
 * @param memo - the layout of earlier groups (see scope-layout.ts), when the caller splits group after group
 * @returns the scopes in order of first appearance
 * @example
 * ```ts
 * splitScopes(group).length // 1 for a plain annual report
 * ```
 */
export function splitScopes(
  entries: readonly Entry[],
  rateIds?: ReadonlySet<string>,
  dims?: Slices,
  memo?: LayoutMemo,
): Scope[] {
  // A group laid out like the ones before it: its figures by position, no map to build.
  const laid = memo?.layout;
  if (laid !== undefined && laid.rateIds === rateIds && fitsLayout(entries, laid)) {
    const list = entries as Entry[];
    const rates = laid.rates.map((k) => list[k] as Entry);
    return [newScope('', new LaidOutFirst(laid, list), list, rates, [])];
  }
  // The usual group is one plain full-year scope: share the group's array instead of copying it, in one pass.
  // At the first observation of another scope or with other coordinates (cells come after the plain figures),
  // the general path below carries on from there with what this pass built.
  const byKey = new Map<string, Scope>();
  const out: Scope[] = [];
  let from = 0;
  // The plain scope while it shares `entries` (see below).
  let plain: Scope | undefined;
  if (entries.length > 0) {
    const first = new Map<string, Entry>();
    const rates: Entry[] = [];
    const repeats: Entry[] = [];
    const n = entries.length;
    for (; from < n; from++) {
      const e = entries[from] as Entry;
      if (!isPlainFullYear(e)) break;
      const id = keyOf(e);
      if (rateIds?.has(id)) rates.push(e);
      if (!first.has(id)) first.set(id, e);
      else repeats.push(e);
    }
    if (from === n) {
      if (memo !== undefined && repeats.length === 0) remember(memo, entries, rateIds);
      return [newScope('', first, entries as Entry[], rates, repeats)];
    }
    // Plain figures came first: the plain scope is the first to appear, as the general path would order it.
    if (from > 0) {
      // Its observations are the group's own array as long as every one belongs to it (cells of full-year
      // figures do): copied only at the first that does not.
      plain = newScope('', first, entries as Entry[], rates, repeats);
      byKey.set('', plain);
      out.push(plain);
    }
  }
  const refs = dims?.cells;
  const sliced = dims === undefined || dims.slices.size === 0 ? undefined : slicedDimensions(dims);
  for (let k = from; k < entries.length; k++) {
    const e = entries[k] as Entry;
    const key = relationScope(e.o);
    if (plain !== undefined && key !== '') {
      (plain as { all: Entry[] }).all = entries.slice(0, k);
      plain = undefined;
    }
    let s = byKey.get(key);
    if (s === undefined) {
      s = newScope(key, new Map(), [], [], []);
      byKey.set(key, s);
      out.push(s);
    }
    if (s !== plain) s.all.push(e);
    let target: Scope = s;
    let id = keyOf(e);
    if (!isPlainLevel(e)) {
      s.cells.push(e);
      const o = e.o;
      let index = s.cellIndex;
      if (index === undefined) {
        index = { simple: true, distinct: true, scopes: new Map(), shares: new Map() };
        (s as { cellIndex?: CellIndex }).cellIndex = index;
      }
      // A cell of one catalog dimension that no catalog indicator stands for: numbered, no key to build.
      let ref = refs === undefined ? undefined : refOf(o.dimensions, refs);
      if (ref !== undefined && (e.d === undefined || sliced?.get(id)?.has(ref.dimension) === true)) {
        ref = undefined;
      }
      if (o.measure !== undefined && o.measure !== 'level') {
        addTo(s, 'measures', e);
        if (ref === undefined || !isPlainShare(o)) index.simple = false;
        else {
          const ids = index.shares.get(ref);
          if (ids === undefined) index.shares.set(ref, new Set([id]));
          else if (ids.has(id)) index.distinct = false;
          else ids.add(id);
        }
        continue;
      }
      const cell: Canonical =
        ref === undefined
          ? canonicalCell(id, o.dimensions ?? {}, dims)
          : { id, dims: ref.dims, key: ref.key };
      let canon = s.canon;
      if (canon === undefined) {
        canon = new Map();
        (s as { canon?: Map<Entry, Canonical> }).canon = canon;
      }
      canon.set(e, cell);
      id = cell.id;
      if (ref !== undefined) {
        target = index.scopes.get(ref) ?? cellScope(s, cell.dims, cell.key, ref);
        if (target.first.has(id)) index.distinct = false;
      } else {
        index.simple = false;
        if (cell.key !== '') target = cellScope(s, cell.dims, cell.key);
        // The plain figure also written as a cell: the duplicates rule compares the two.
        else if (target.first.has(id)) continue;
      }
    }
    if (target !== s) target.all.push(e);
    if (rateIds?.has(id)) target.rates.push(e);
    // A rate given on another basis must not hide the first figure of an input indicator.
    // Scopes of this path are built here with their own Map (only a laid-out group's `first` is not one).
    if (!target.first.has(id)) (target.first as Map<string, Entry>).set(id, e);
    else if (target === s) target.repeats.push(e);
  }
  return out;
}

/** A figure of the plain full-year scope with no newer coordinates: what the one-pass split and layouts take. */
function isPlainFullYear(e: Entry): boolean {
  const o = e.o;
  return (
    e.x !== true &&
    o.asOf === undefined &&
    o.cumulative !== true &&
    o.since === undefined &&
    o.includesCarriedOver !== true
  );
}

/** Whether a group is plain and full-year with exactly a layout's indicators (the same definitions), in its order. */
function fitsLayout(entries: readonly Entry[], l: Layout): boolean {
  if (entries.length !== l.ids.length) return false;
  for (let k = 0; k < l.ids.length; k++) {
    const e = entries[k] as Entry;
    if (!isPlainFullYear(e) || e.d !== l.defs[k] || (e.d === undefined && e.o.indicator !== l.ids[k]))
      return false;
  }
  return true;
}

/**
 * After a plain group without repeats: two such groups in a row with the same indicators in the same order make
 * the layout of the groups that follow; a group with other indicators is the next candidate.
 */
function remember(
  memo: LayoutMemo,
  entries: readonly Entry[],
  rateIds: ReadonlySet<string> | undefined,
): void {
  const c = memo.candidate;
  if (c !== undefined && fitsLayout(entries, c)) {
    memo.layout = c;
    memo.candidate = undefined;
  } else {
    memo.candidate = layoutOf(entries, rateIds);
  }
}

/**
 * A scope with every field present from the start (those a scope may never need set to `undefined`): one hidden
 * class for all scopes, so that the rules' reads of them stay monomorphic when cells add fields to some.
 * @param key - the scope key
 * @param first - the first observation of each indicator
 * @param all - every observation, in input order
 * @param rates - the observations of rate indicators
 * @param repeats - observations whose indicator already appeared
 * @param dims - a cell's canonical dimensions
 * @param dimsKey - their key
 * @returns the scope
 * @example
 * ```ts
 * newScope('', new Map(), [], [], [])
 * ```
 */
export function newScope(
  key: string,
  first: ReadonlyMap<string, Entry>,
  all: Entry[],
  rates: Entry[],
  repeats: Entry[],
  dims?: Readonly<Record<string, string>>,
  dimsKey?: string,
): Scope {
  return {
    dims,
    dimsKey,
    key,
    first,
    all,
    rates,
    repeats,
    cells: [],
    measures: undefined,
    cellScopes: undefined,
    canon: undefined,
    cellIndex: undefined,
    ref: undefined,
  };
}

function addTo(s: Scope, field: 'measures' | 'cellScopes', value: Entry | Scope): void {
  const list = s[field] as unknown[] | undefined;
  if (list === undefined) (s as unknown as Record<string, unknown[]>)[field] = [value];
  else list.push(value);
}

/** The scope of a cell within a scope, created on first use (and indexed by its numbered cell when it has one). */
function cellScope(s: Scope, dims: Readonly<Record<string, string>>, key: string, ref?: CellRef): Scope {
  let found: Scope | undefined;
  for (const c of s.cellScopes ?? []) {
    if (c.dimsKey === key) {
      found = c;
      break;
    }
  }
  if (found === undefined) {
    found = newScope(
      s.key === '' ? `dimensions=${key}` : `${s.key}|dimensions=${key}`,
      new Map(),
      [],
      [],
      [],
      dims,
      key,
    );
    addTo(s, 'cellScopes', found);
  }
  if (ref !== undefined) {
    (found as { ref?: CellRef }).ref = ref;
    s.cellIndex?.scopes.set(ref, found);
  }
  return found;
}

// In a for-in loop V8 reduces this call to a map check.
const hasOwn = Object.prototype.hasOwnProperty;

/** The numbered catalog cell of a one-key `dimensions`, if it is one. */
function refOf(
  cell: Readonly<Record<string, string>> | undefined,
  refs: ReadonlyMap<string, ReadonlyMap<string, CellRef>>,
): CellRef | undefined {
  let ref: CellRef | undefined;
  let n = 0;
  for (const d in cell) {
    if (++n > 1 || !hasOwn.call(cell, d)) return undefined;
    ref = refs.get(d)?.get(cell[d] as string);
  }
  return ref;
}

/** A share of the total over its own dimension, exact as printed: what share sums and quick shares confirm. */
function isPlainShare(o: Observation): boolean {
  return (
    o.measure === 'share' && o.shareOf === undefined && (o.qualifier === undefined || o.qualifier === 'exact')
  );
}

/**
 * A cell read back into the catalog's terms: while some dimension of the cell has an indicator that is exactly
 * that cell of this one (`sliceOf`), the cell is that indicator without the dimension.
 * @param id - the observation's indicator
 * @param cell - its dimensions
 * @param dims - the catalog's cell indicators
 * @returns the indicator, the remaining dimensions and their key
 * @example
 * ```ts
 * canonicalCell('legalAid.cases', { caseType: 'criminal' }, index) // { id: 'legalAid.criminalCases', dims: {}, key: '' }
 * ```
 */
export function canonicalCell(
  id: string,
  cell: Readonly<Record<string, string>>,
  dims: Slices | undefined,
): Canonical {
  let current = id;
  let rest: Record<string, string> | undefined;
  let changed = true;
  const sliced = dims === undefined || dims.slices.size === 0 ? undefined : slicedDimensions(dims);
  while (changed && dims !== undefined && sliced !== undefined) {
    changed = false;
    const now: Readonly<Record<string, string>> = rest ?? cell;
    // Most cells have no member that is an indicator of its own: no key to build for them.
    const here = sliced.get(current);
    if (here === undefined) break;
    for (const d of Object.keys(now)) {
      if (!here.has(d)) continue;
      const slice = dims.slices.get(`${current}|${d}:${now[d]}`);
      if (slice === undefined) continue;
      current = slice.id;
      rest = { ...now };
      delete rest[d];
      changed = true;
      break;
    }
  }
  const final = rest ?? cell;
  return { id: current, dims: final, key: dimensionsKey(final) };
}

/** The indicator id as a map key: the catalog's own string when known (equal to the input's, but compared by identity). */
function keyOf(e: Entry): string {
  return e.d !== undefined ? e.d.id : e.o.indicator;
}

const slicedByIndex = new WeakMap<Slices, Map<string, Set<string>>>();

/**
 * For each indicator, the dimensions some of whose members are catalog indicators of their own (`sliceOf`), once
 * per index: only those can change a cell's reading.
 * @param dims - the catalog's cell indicators
 * @returns indicator → dimension ids
 * @example
 * ```ts
 * slicedDimensions(index).get('legalAid.cases') // Set { 'caseType' }
 * ```
 */
export function slicedDimensions(dims: Slices): ReadonlyMap<string, ReadonlySet<string>> {
  let m = slicedByIndex.get(dims);
  if (m === undefined) {
    m = new Map();
    for (const key of dims.slices.keys()) {
      const bar = key.lastIndexOf('|');
      const indicator = key.slice(0, bar);
      const set = m.get(indicator) ?? new Set<string>();
      set.add(key.slice(bar + 1, key.indexOf(':', bar)));
      m.set(indicator, set);
    }
    slicedByIndex.set(dims, m);
  }
  return m;
}
