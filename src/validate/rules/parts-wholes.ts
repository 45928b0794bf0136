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
import type { Scope } from '../scopes.js';
import { withLine } from '../zod-issues.js';

type SumRelation = Extract<Relation, { kind: 'sum' }>;

/** What is known of an indicator in a scope: an interval, and whether it is fully known (given or all parts). */
interface Known {
  readonly interval: Interval;
  readonly complete: boolean;
  readonly entry: Entry | undefined;
}

const ZERO = { value: '0', inclusive: true };

/** Relations indexed for the per-group loop; built once per catalog. @internal */
export interface RelationIndex {
  readonly relations: readonly Relation[];
  readonly sumsByTotal: Map<string, SumRelation[]>;
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
  for (const r of relations) {
    if (r.kind !== 'sum') continue;
    const list = sumsByTotal.get(r.total) ?? [];
    list.push(r);
    sumsByTotal.set(r.total, list);
  }
  return { relations, sumsByTotal };
}

function lowerOnly(i: Interval): Interval {
  return { lower: i.lower ?? ZERO };
}

function lookup(id: string, scope: Scope, index: RelationIndex, depth: number): Known | undefined {
  const e = scope.first.get(id);
  if (e !== undefined) return { interval: quantityInterval(e.o), complete: true, entry: e };
  if (depth > 4) return undefined;
  // An absent intermediate total is known through its own parts: exactly when all are given, else from below.
  let best: Known | undefined;
  for (const r of index.sumsByTotal.get(id) ?? []) {
    const parts = r.parts.map((p) => lookup(p, scope, index, depth + 1));
    const given = parts.filter((p): p is Known => p !== undefined);
    if (given.length === 0) continue;
    if (given.length === parts.length && given.every((p) => p.complete)) {
      return { interval: sumOf(given.map((p) => p.interval)), complete: true, entry: undefined };
    }
    const lower = sumOf(given.map((p) => lowerOnly(p.interval)));
    if (best === undefined) best = { interval: lower, complete: false, entry: undefined };
  }
  return best;
}

function sumOf(intervals: readonly Interval[]): Interval {
  let s: Interval = { lower: ZERO, upper: ZERO };
  for (const i of intervals) s = addIntervals(s, i);
  return s;
}

function show(k: Known): string {
  return k.entry !== undefined ? String(k.entry.o.value) : formatInterval(k.interval);
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
  const reported = new Set<string>();
  for (const r of index.relations) {
    if (r.kind === 'partOf') {
      const whole = scope.first.get(r.whole);
      if (whole === undefined) continue;
      const part = lookup(r.part, scope, index, 0);
      if (part === undefined) continue;
      const wholeI = quantityInterval(whole.o);
      if (definitelyGreater(lowerOnly(part.interval), wholeI)) {
        reported.add(`${r.part}>${r.whole}`);
        exceeds(ctx, r, [r.part], part, whole, show(part));
      }
    } else if (r.kind === 'sum') {
      const total = scope.first.get(r.total);
      if (total === undefined) continue;
      const totalI = quantityInterval(total.o);
      const parts = r.parts.map((p) => lookup(p, scope, index, 0));
      const given: { id: string; k: Known }[] = [];
      r.parts.forEach((id, j) => {
        const k = parts[j];
        if (k !== undefined) given.push({ id, k });
      });
      if (given.length === 0) continue;
      if (given.length === r.parts.length && given.every((g) => g.k.complete)) {
        const s = sumOf(given.map((g) => g.k.interval));
        if (!overlaps(s, totalI)) {
          ctx.emit(
            withLine(
              issue(
                'breakdown_mismatch',
                'error',
                `observations[${total.i}].value`,
                `${r.description}: the parts add up to ${formatInterval(s)}, not ${String(total.o.value)} (${given
                  .map((g) => `${g.id} ${show(g.k)}`)
                  .join(' + ')})`,
                `${r.descriptionZh}:各分项之和为 ${formatInterval(s)},与合计 ${String(total.o.value)} 不符`,
                {
                  relation: r.id,
                  total: r.total,
                  totalValue: total.o.value,
                  sum: formatInterval(s),
                  parts: Object.fromEntries(given.map((g) => [g.id, show(g.k)])),
                  observations: given.flatMap((g) => (g.k.entry ? [`observations[${g.k.entry.i}]`] : [])),
                },
              ),
              total.line,
            ),
          );
        }
        continue;
      }
      // Only part of the breakdown is given: the given parts may not exceed the total, never a sum check.
      const single = given.length === 1 ? given[0] : undefined;
      if (single !== undefined && reported.has(`${single.id}>${r.total}`)) continue;
      const lower = sumOf(given.map((g) => lowerOnly(g.k.interval)));
      if (definitelyGreater(lower, totalI)) {
        exceeds(
          ctx,
          r,
          given.map((g) => g.id),
          { interval: lower, complete: false, entry: single?.k.entry },
          total,
          given.map((g) => `${g.id} ${show(g.k)}`).join(' + '),
        );
      }
    } else {
      checkStockFlow(r, scope, ctx);
    }
  }
}

function exceeds(
  ctx: RuleContext,
  r: Relation,
  partIds: readonly string[],
  part: Known,
  whole: Entry,
  shown: string,
): void {
  const at = part.entry ?? whole;
  ctx.emit(
    withLine(
      issue(
        'part_exceeds_whole',
        'error',
        `observations[${at.i}].value`,
        `${r.description}: ${shown} exceeds ${whole.o.indicator} ${String(whole.o.value)}`,
        `${r.descriptionZh}:${shown} 超过了 ${whole.o.indicator} ${String(whole.o.value)}`,
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

function checkStockFlow(r: Extract<Relation, { kind: 'stockFlow' }>, scope: Scope, ctx: RuleContext): void {
  const end = scope.first.get(r.end);
  const start = scope.first.get(r.start);
  if (end === undefined || start === undefined) return;
  const endI = quantityInterval(end.o);
  const startI = quantityInterval(start.o);
  const ins = r.inflows.map((id) => scope.first.get(id));
  const outs = r.outflows.map((id) => scope.first.get(id));
  const allIn = ins.every((e) => e !== undefined);
  const allOut = outs.every((e) => e !== undefined);
  const inI = sumOf(ins.flatMap((e) => (e ? [quantityInterval(e.o)] : [])));
  const outI = sumOf(outs.flatMap((e) => (e ? [quantityInterval(e.o)] : [])));
  let expected: Interval | undefined;
  let bad = false;
  if (allIn && allOut) {
    expected = subtractIntervals(addIntervals(startI, inI), outI);
    bad = !overlaps(expected, endI);
  } else if (allIn) {
    // Outflows are not all given (they are ≥ 0): the end can be at most start + inflows.
    expected = { upper: addIntervals(startI, inI).upper };
    bad = definitelyGreater(endI, expected);
  } else if (allOut) {
    // Inflows are not all given (they are ≥ 0): the end is at least start − outflows.
    expected = { lower: subtractIntervals(startI, outI).lower };
    bad = definitelyGreater(expected, endI);
  }
  if (!bad || expected === undefined) return;
  ctx.emit(
    withLine(
      issue(
        'stock_flow_mismatch',
        'error',
        `observations[${end.i}].value`,
        `${r.description}: ${r.end} ${String(end.o.value)} cannot follow from ${r.start} ${String(start.o.value)} and the flows given (expected ${formatInterval(expected)})`,
        `${r.descriptionZh}:期末数 ${String(end.o.value)} 与期初数 ${String(start.o.value)} 及增减数不符(应为 ${formatInterval(expected)})`,
        { relation: r.id, end: end.o.value, start: start.o.value, expected: formatInterval(expected) },
      ),
      end.line,
    ),
  );
}
