/**
 * Rule `partsWholes`: the catalog's relations hold within each jurisdiction, year and scope, read through the
 * qualifiers ("600余" is any value above 600; 约 figures bound nothing, so they never raise an alarm).
 *
 * Codes:
 * - `part_exceeds_whole` (error) — a part (or the parts given of a breakdown, or the known parts of an absent
 *   intermediate total) certainly exceeds its whole.
 * - `breakdown_mismatch` (error) — every part of a breakdown is given (directly, or through an intermediate total
 *   that stands in for its own parts) and their sum cannot equal the total.
 * - `stock_flow_mismatch` (error) — a stock-flow identity (end = start + inflows − outflows) cannot hold.
 *
 * A breakdown given only in part is checked as parts ≤ whole, never as a sum. Observations of different scopes
 * (asOf, cumulative, since, includesCarriedOver) are never mixed in one check.
 * @module
 */
import { issue } from '../../errors.js';
import * as arith from '../../internal/arith.js';
import {
  addIntervals,
  definitelyGreater,
  formatInterval,
  type Interval,
  overlaps,
  subtractIntervals,
} from '../../interval.js';
import type { Relation } from '../../model/relation.js';
import { quantityInterval } from '../../quantity.js';
import type { Entry, RuleContext } from '../context.js';
import { entryWhole } from '../numeric.js';
import { LaidOutFirst } from '../scope-layout.js';
import type { Scope } from '../scopes.js';
import { withLine } from '../zod-issues.js';
import { approximateFar } from './approximate.js';

type SumRelation = Extract<Relation, { kind: 'sum' }>;

/**
 * Interval arithmetic the checks are written against: exact decimal intervals in general, and plain Numbers
 * when every figure of the scope is a whole number (then Number arithmetic is exact, and much cheaper).
 */
interface Algebra<T> {
  of(e: Entry): T;
  zero: T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  lowerOnly(a: T): T;
  upperOnly(a: T): T;
  gt(a: T, b: T): boolean;
  overlaps(a: T, b: T): boolean;
  format(a: T): string;
}

/** What is known of an indicator in a scope: an interval, and whether it is fully known (given or all parts). */
interface Known<T> {
  readonly interval: T;
  readonly complete: boolean;
  readonly entry: Entry | undefined;
}

const ZERO = { value: '0', inclusive: true };

const exact: Algebra<Interval> = {
  of: (e) => quantityInterval(e.o),
  zero: { lower: ZERO, upper: ZERO },
  add: addIntervals,
  sub: subtractIntervals,
  lowerOnly: (i) => ({ lower: i.lower ?? ZERO }),
  upperOnly: (i) => (i.upper === undefined ? {} : { upper: i.upper }),
  gt: definitelyGreater,
  overlaps,
  format: formatInterval,
};

/** A Number interval: lo/hi may be ±Infinity; whole numbers only, so sums below 2^53 are exact. */
interface NumInterval {
  readonly lo: number;
  readonly loIn: boolean;
  readonly hi: number;
  readonly hiIn: boolean;
}

class Inexact extends Error {}

function safe(x: number): number {
  if (Number.isFinite(x) && !Number.isSafeInteger(x)) throw new Inexact();
  return x;
}

const INT_RE = /^[+-]?\d{1,15}$/;

/** The whole number a value holds, or `undefined` when the Number path cannot be exact for it. */
function wholeOf(v: number | string | undefined): number | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : undefined;
  if (typeof v === 'string' && INT_RE.test(v)) return Number(v);
  return undefined;
}

const numeric: Algebra<NumInterval> = {
  of(e) {
    const v = wholeOf(e.o.value);
    if (v === undefined) throw new Inexact();
    switch (e.o.qualifier ?? 'exact') {
      case 'exact':
        return { lo: v, loIn: true, hi: v, hiIn: true };
      case 'approx':
        return { lo: -Infinity, loIn: false, hi: Infinity, hiIn: false };
      case 'atLeast':
        return { lo: v, loIn: true, hi: Infinity, hiIn: false };
      case 'moreThan':
        return { lo: v, loIn: false, hi: Infinity, hiIn: false };
      case 'atMost':
        return { lo: -Infinity, loIn: false, hi: v, hiIn: true };
      case 'lessThan':
        return { lo: -Infinity, loIn: false, hi: v, hiIn: false };
      default: {
        if (e.o.upper === undefined) return { lo: v, loIn: true, hi: Infinity, hiIn: false };
        const u = wholeOf(e.o.upper);
        if (u === undefined) throw new Inexact();
        return { lo: v, loIn: true, hi: u, hiIn: true };
      }
    }
  },
  zero: { lo: 0, loIn: true, hi: 0, hiIn: true },
  add: (a, b) => ({
    lo: safe(a.lo + b.lo),
    loIn: a.loIn && b.loIn,
    hi: safe(a.hi + b.hi),
    hiIn: a.hiIn && b.hiIn,
  }),
  sub: (a, b) => ({
    lo: safe(a.lo - b.hi),
    loIn: a.loIn && b.hiIn,
    hi: safe(a.hi - b.lo),
    hiIn: a.hiIn && b.loIn,
  }),
  lowerOnly: (a) =>
    a.lo === -Infinity
      ? { lo: 0, loIn: true, hi: Infinity, hiIn: false }
      : { lo: a.lo, loIn: a.loIn, hi: Infinity, hiIn: false },
  upperOnly: (a) => ({ lo: -Infinity, loIn: false, hi: a.hi, hiIn: a.hiIn }),
  gt: (a, b) => a.lo > b.hi || (a.lo === b.hi && !(a.loIn && b.hiIn)),
  overlaps: (a, b) => !numeric.gt(a, b) && !numeric.gt(b, a),
  format: (a) =>
    `${a.lo === -Infinity ? '(-∞' : `${a.loIn ? '[' : '('}${a.lo}`}, ${a.hi === Infinity ? '∞)' : `${a.hi}${a.hiIn ? ']' : ')'}`}`,
};

/** An interval as a message shows it: a single value ("[60, 60]") as the number. */
function plain(interval: string): string {
  if (!interval.startsWith('[') || !interval.endsWith(']')) return interval;
  const [lo, hi] = interval.slice(1, -1).split(', ');
  return lo === hi && lo !== undefined ? lo : interval;
}

/** Relations indexed for the per-group loop; built once per catalog. @internal */
export interface RelationIndex {
  readonly relations: readonly Relation[];
  readonly sumsByTotal: Map<string, SumRelation[]>;
  /**
   * The positions in `relations` of the relations each indicator anchors — a sum's total, a part's whole, a
   * stock-flow's end — without which a relation has nothing to check: a scope of few figures (a breakdown's cell)
   * visits only its own relations instead of the catalog's.
   */
  readonly byAnchor: Map<string, number[]>;
  /** The last plan of a plain scope and of a cell (see `planOf`): the next scope with the same indicators reuses it. */
  readonly plans: [Plan?, Plan?];
}

/**
 * Indexes a catalog's relations.
 * @param relations - the catalog's relations
 * @returns the index
 * @example
 * ```ts
 * const index = indexRelations(defaultCatalog.relations);
 * ```
 */
export function indexRelations(relations: readonly Relation[]): RelationIndex {
  const sumsByTotal = new Map<string, SumRelation[]>();
  const byAnchor = new Map<string, number[]>();
  relations.forEach((r, k) => {
    const anchor = r.kind === 'sum' ? r.total : r.kind === 'partOf' ? r.whole : r.end;
    const at = byAnchor.get(anchor) ?? [];
    at.push(k);
    byAnchor.set(anchor, at);
    if (r.kind !== 'sum') return;
    const list = sumsByTotal.get(r.total) ?? [];
    list.push(r);
    sumsByTotal.set(r.total, list);
  });
  return { relations, sumsByTotal, byAnchor, plans: [] };
}

/** A scope's relations compiled against its figures' positions, for its indicators in their order. */
interface Plan {
  ids: readonly string[];
  readonly checks: readonly Check[];
}

/** A relation whose anchor (whole, total or end) is given, by position (see `compile`). */
interface Check {
  readonly r: Relation;
  /** The anchor's position; -1 when an input is missing that a sum of its own could stand in for. */
  readonly anchor: number;
  /** Positions added: the part, the parts given, or the start and inflows. */
  readonly plus: readonly number[];
  /** Positions subtracted: the outflows. */
  readonly minus: readonly number[];
  /** Whether the sum may stay below the anchor (a part, a breakdown given in part) rather than equal it. */
  readonly below: boolean;
}

/**
 * The checks of a scope, in catalog order: remembered while the scopes give the same indicators in the same order
 * (groups laid out alike, the cells of a breakdown), so that each relation's figures are found by position.
 */
function planOf(scope: Scope, index: RelationIndex): readonly Check[] {
  const first = scope.first;
  const laid = first instanceof LaidOutFirst ? first.layout : undefined;
  const slot = scope.dims === undefined ? 0 : 1;
  const plan = index.plans[slot];
  if (plan !== undefined && (plan.ids === laid?.ids || sameKeys(first, plan.ids))) {
    // The layout's own array from now on: the next group of the layout is known by identity.
    if (laid !== undefined) plan.ids = laid.ids;
    return plan.checks;
  }
  const ids = laid?.ids ?? [...first.keys()];
  const at = laid?.at ?? new Map(ids.map((id, k) => [id, k]));
  // The relations the scope's figures anchor: one anchor's are in catalog order, several are merged back into it.
  const found: number[] = [];
  for (const id of ids) found.push(...(index.byAnchor.get(id) ?? []));
  const checks: Check[] = [];
  for (const k of found.sort((a, b) => a - b)) {
    const c = compile(index.relations[k] as Relation, (id) => at.get(id) ?? -1, index);
    if (c !== undefined) checks.push(c);
  }
  index.plans[slot] = { ids, checks };
  return checks;
}

/** Whether a map's keys are these, in this order. */
function sameKeys(m: ReadonlyMap<string, unknown>, ids: readonly string[]): boolean {
  if (m.size !== ids.length) return false;
  let k = 0;
  for (const id of m.keys()) if (id !== ids[k++]) return false;
  return true;
}

/** A relation by position, or `undefined` when it has nothing to check (what is missing holds whatever the values). */
function compile(r: Relation, at: (id: string) => number, index: RelationIndex): Check | undefined {
  const never: Check = { r, anchor: -1, plus: [], minus: [], below: false };
  if (r.kind === 'partOf') {
    const part = at(r.part);
    if (part >= 0) return { r, anchor: at(r.whole), plus: [part], minus: [], below: true };
    return index.sumsByTotal.has(r.part) ? never : undefined;
  }
  if (r.kind === 'sum') {
    const plus: number[] = [];
    let below = false;
    for (const id of r.parts) {
      const p = at(id);
      if (p >= 0) plus.push(p);
      else if (index.sumsByTotal.has(id)) return never;
      else below = true;
    }
    return { r, anchor: at(r.total), plus, minus: [], below };
  }
  const start = at(r.start);
  if (start < 0) return undefined;
  const plus = [start, ...r.inflows.map(at)];
  const minus = r.outflows.map(at);
  return plus.includes(-1) || minus.includes(-1)
    ? never
    : { r, anchor: at(r.end), plus, minus, below: false };
}

function lookup<T>(
  A: Algebra<T>,
  id: string,
  scope: Scope,
  index: RelationIndex,
  depth: number,
): Known<T> | undefined {
  const e = scope.first.get(id);
  if (e !== undefined) return { interval: A.of(e), complete: true, entry: e };
  if (depth > 4) return undefined;
  // An absent intermediate total is known through its own parts: exactly when all are given, else from below.
  let best: Known<T> | undefined;
  for (const r of index.sumsByTotal.get(id) ?? []) {
    const parts = r.parts.map((p) => lookup(A, p, scope, index, depth + 1));
    const given = parts.filter((p): p is Known<T> => p !== undefined);
    if (given.length === 0) continue;
    if (given.length === parts.length && given.every((p) => p.complete)) {
      return {
        interval: sumOf(
          A,
          given.map((p) => p.interval),
        ),
        complete: true,
        entry: undefined,
      };
    }
    const lower = sumOf(
      A,
      given.map((p) => A.lowerOnly(p.interval)),
    );
    if (best === undefined) best = { interval: lower, complete: false, entry: undefined };
  }
  return best;
}

function sumOf<T>(A: Algebra<T>, intervals: readonly T[]): T {
  let s = A.zero;
  for (const i of intervals) s = A.add(s, i);
  return s;
}

function show<T>(A: Algebra<T>, k: Known<T>): string {
  return k.entry !== undefined ? String(k.entry.o.value) : A.format(k.interval);
}

/**
 * Runs the parts-and-wholes rule on one scope of a jurisdiction-year.
 * @param scope - the scope's observations
 * @param index - the catalog's relations, indexed
 * @param ctx - the rule context
 * @example
 * ```ts
 * for (const s of splitScopes(group)) checkPartsWholes(s, index, ctx)
 * ```
 */
export function checkPartsWholes(scope: Scope, index: RelationIndex, ctx: RuleContext): void {
  let reported: Set<string> | undefined;
  const checks = planOf(scope, index);
  if (checks.length === 0) return;
  const first = scope.first;
  const values = first instanceof LaidOutFirst ? first.list : [...first.values()];
  // An indexed loop: measured, the array iterator allocated a result per relation here.
  for (let k = 0; k < checks.length; k++) {
    const c = checks[k] as Check;
    if (plainlyHolds(c, values)) continue;
    const r = c.r;
    reported ??= new Set<string>();
    try {
      checkRelation(numeric, r, scope, index, ctx, reported);
    } catch (err) {
      if (!(err instanceof Inexact)) throw err;
      // A decimal figure or a sum beyond 2^53: redo this relation exactly.
      checkRelation(exact, r, scope, index, ctx, reported);
    }
    if (r.kind === 'sum') approximateInSum(r, scope, ctx);
  }
}

/**
 * An exact whole figure as a Number, or NaN (qualified, decimal or huge: the interval path decides).
 * @param e - an entry
 * @returns the exact whole value, or NaN
 * @example
 * ```ts
 * exactWhole(entry) // 3170 for value "3170", NaN for "600" with qualifier "moreThan"
 * ```
 */
export function exactWhole(e: Entry): number {
  const q = e.o.qualifier;
  if (q !== undefined && q !== 'exact') return Number.NaN;
  const n = entryWhole(e);
  return Number.isNaN(n) ? (wholeOf(e.o.value) ?? Number.NaN) : n;
}

/**
 * `true` when the relation certainly holds with plain exact whole figures: the allocation-free common case.
 * `false` sends it to the interval path, which decides and explains.
 */
function plainlyHolds(c: Check, values: readonly Entry[]): boolean {
  if (c.anchor < 0) return false;
  let sum = 0;
  for (let k = 0; k < c.plus.length; k++) sum += exactWhole(values[c.plus[k] as number] as Entry);
  for (let k = 0; k < c.minus.length; k++) sum -= exactWhole(values[c.minus[k] as number] as Entry);
  const t = exactWhole(values[c.anchor] as Entry);
  return Number.isSafeInteger(sum) && (c.below ? sum <= t : sum === t);
}

function checkRelation<T>(
  A: Algebra<T>,
  r: Relation,
  scope: Scope,
  index: RelationIndex,
  ctx: RuleContext,
  reported: Set<string>,
): void {
  if (r.kind === 'partOf') {
    const whole = scope.first.get(r.whole);
    if (whole === undefined) return;
    const part = lookup(A, r.part, scope, index, 0);
    if (part === undefined) return;
    if (A.gt(A.lowerOnly(part.interval), A.of(whole))) {
      reported.add(`${r.part}>${r.whole}`);
      exceeds(ctx, r, [r.part], part.entry, whole, show(A, part));
    }
  } else if (r.kind === 'sum') {
    const total = scope.first.get(r.total);
    if (total === undefined) return;
    const totalI = A.of(total);
    const given: { id: string; k: Known<T> }[] = [];
    for (const id of r.parts) {
      const k = lookup(A, id, scope, index, 0);
      if (k !== undefined) given.push({ id, k });
    }
    if (given.length === 0) return;
    if (given.length === r.parts.length && given.every((g) => g.k.complete)) {
      const s = sumOf(
        A,
        given.map((g) => g.k.interval),
      );
      if (!A.overlaps(s, totalI)) {
        ctx.emit(
          withLine(
            issue(
              'breakdown_mismatch',
              'error',
              `observations[${total.i}].value`,
              `${r.description}: the parts add up to ${plain(A.format(s))}, not ${String(total.o.value)} (${given
                .map((g) => `${g.id} ${show(A, g.k)}`)
                .join(' + ')})`,
              `${r.descriptionZh}：各分项之和为 ${plain(A.format(s))}，与合计 ${String(total.o.value)} 不符`,
              {
                relation: r.id,
                total: r.total,
                totalValue: total.o.value,
                sum: A.format(s),
                parts: Object.fromEntries(given.map((g) => [g.id, show(A, g.k)])),
                observations: given.flatMap((g) => (g.k.entry ? [`observations[${g.k.entry.i}]`] : [])),
              },
            ),
            total.line,
          ),
        );
      }
      return;
    }
    // Only part of the breakdown is given: the given parts may not exceed the total, never a sum check.
    const single = given.length === 1 ? given[0] : undefined;
    if (single !== undefined && reported.has(`${single.id}>${r.total}`)) return;
    const lower = sumOf(
      A,
      given.map((g) => A.lowerOnly(g.k.interval)),
    );
    if (A.gt(lower, totalI)) {
      exceeds(
        ctx,
        r,
        given.map((g) => g.id),
        single?.k.entry,
        total,
        given.map((g) => `${g.id} ${show(A, g.k)}`).join(' + '),
      );
    }
  } else {
    checkStockFlow(A, r, scope, ctx);
  }
}

/**
 * A breakdown given in full where one figure is 约 and the others exact: the others say what the 约 figure
 * should be near (total = Σ parts), within one unit of its last digit.
 */
function approximateInSum(r: SumRelation, scope: Scope, ctx: RuleContext): void {
  const total = scope.first.get(r.total);
  if (total === undefined) return;
  // Without exactly one 约 figure among them there is nothing to check: found before anything is allocated.
  let approximate = total.o.qualifier === 'approx' ? 1 : 0;
  for (const id of r.parts) {
    const p = scope.first.get(id);
    if (p === undefined) return;
    if (p.o.qualifier === 'approx') approximate++;
  }
  if (approximate !== 1) return;
  const parts = r.parts.map((id) => scope.first.get(id));
  if (parts.some((p) => p === undefined)) return;
  const all = [total, ...(parts as Entry[])];
  const approx = all.filter((e) => e.o.qualifier === 'approx');
  if (
    approx.length !== 1 ||
    all.some((e) => e.o.qualifier !== undefined && e.o.qualifier !== 'exact' && e.o.qualifier !== 'approx')
  ) {
    return;
  }
  const odd = approx[0] as Entry;
  const def = odd.d ?? ctx.indicators.get(odd.o.indicator);
  if (def === undefined) return;
  let implied = '0';
  for (const p of parts as Entry[])
    if (p !== odd) implied = arith.add(implied, arith.canonical(p.o.value) ?? '0');
  if (odd !== total) implied = arith.sub(arith.canonical(total.o.value) ?? '0', implied);
  approximateFar(odd, def, implied, ctx.emit, { relation: r.id });
}

function exceeds(
  ctx: RuleContext,
  r: Relation,
  partIds: readonly string[],
  partEntry: Entry | undefined,
  whole: Entry,
  shown: string,
): void {
  const at = partEntry ?? whole;
  ctx.emit(
    withLine(
      issue(
        'part_exceeds_whole',
        'error',
        `observations[${at.i}].value`,
        `${r.description}: ${shown} exceeds ${whole.o.indicator} ${String(whole.o.value)}`,
        `${r.descriptionZh}：${shown} 超过了 ${whole.o.indicator} ${String(whole.o.value)}`,
        {
          relation: r.id,
          parts: partIds,
          partValue: shown,
          whole: whole.o.indicator,
          wholeValue: whole.o.value,
          wholeObservation: `observations[${whole.i}]`,
        },
      ),
      at.line,
    ),
  );
}

function checkStockFlow<T>(
  A: Algebra<T>,
  r: Extract<Relation, { kind: 'stockFlow' }>,
  scope: Scope,
  ctx: RuleContext,
): void {
  const end = scope.first.get(r.end);
  const start = scope.first.get(r.start);
  if (end === undefined || start === undefined) return;
  const endI = A.of(end);
  const startI = A.of(start);
  const ins = r.inflows.map((id) => scope.first.get(id));
  const outs = r.outflows.map((id) => scope.first.get(id));
  const allIn = ins.every((e) => e !== undefined);
  const allOut = outs.every((e) => e !== undefined);
  const inI = sumOf(
    A,
    ins.flatMap((e) => (e ? [A.of(e)] : [])),
  );
  const outI = sumOf(
    A,
    outs.flatMap((e) => (e ? [A.of(e)] : [])),
  );
  let expected: T | undefined;
  let bad = false;
  if (allIn && allOut) {
    expected = A.sub(A.add(startI, inI), outI);
    bad = !A.overlaps(expected, endI);
  } else if (allIn) {
    // Outflows are not all given (they are ≥ 0): the end can be at most start + inflows.
    expected = A.upperOnly(A.add(startI, inI));
    bad = A.gt(endI, expected);
  } else if (allOut) {
    // Inflows are not all given (they are ≥ 0): the end is at least start − outflows.
    expected = A.lowerOnly(A.sub(startI, outI));
    bad = A.gt(expected, endI);
  }
  if (!bad || expected === undefined) return;
  ctx.emit(
    withLine(
      issue(
        'stock_flow_mismatch',
        'error',
        `observations[${end.i}].value`,
        `${r.description}: ${r.end} ${String(end.o.value)} cannot follow from ${r.start} ${String(start.o.value)} and the flows given (expected ${plain(A.format(expected))})`,
        `${r.descriptionZh}：期末数 ${String(end.o.value)} 与期初数 ${String(start.o.value)} 及增减数不符(应为 ${plain(A.format(expected))})`,
        { relation: r.id, end: end.o.value, start: start.o.value, expected: A.format(expected) },
      ),
      end.line,
    ),
  );
}
