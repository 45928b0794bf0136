/**
 * Rule `plausibility`: a figure that jumps from one year to the next by more than a factor (5 by default,
 * option `jumpFactor`) is pointed out for a second look.
 *
 * Codes:
 * - `implausible_jump` (info) — a count, stock or amount grew or shrank by more than the factor between
 *   consecutive years (full-year, exact or qualified figures alike; partial-period figures and values under 10
 *   on both sides are left alone).
 *
 * Only last year's values per jurisdiction are kept, so streaming input stays in bounded memory.
 * @module
 */
import type { Catalog } from '../../catalog/catalog.js';
import { issue } from '../../errors.js';
import type { Indicator } from '../../model/indicator.js';
import type { Entry, RuleContext } from '../context.js';
import { approxNumber, entryWhole } from '../numeric.js';
import { LaidOutFirst, type Layout } from '../scope-layout.js';
import type { Scope } from '../scopes.js';
import { withLine } from '../zod-issues.js';

/** Last year's full-year values of one jurisdiction. @internal */
export interface YearValues {
  readonly year: number;
  /** Each compared indicator's value at its slot (NaN: not given); a flat array, not a map, per group. */
  readonly values: Float64Array;
  /** The slots of the catalog the values were collected under. */
  readonly slots: ReadonlyMap<string, number>;
}

/** Slot of each count, stock and amount indicator, per catalog (built once). */
const slotsByCatalog = new WeakMap<Catalog, Map<string, number>>();

function slotsOf(catalog: Catalog): Map<string, number> {
  let slots = slotsByCatalog.get(catalog);
  if (slots === undefined) {
    slots = new Map();
    for (const d of catalog.indicators) {
      if (d.kind === 'count' || d.kind === 'stock' || d.kind === 'amount') slots.set(d.id, slots.size);
    }
    slotsByCatalog.set(catalog, slots);
  }
  return slots;
}

const SMALL = 10;

/**
 * Collects this year's comparable values and reports jumps from last year's.
 * @param full - the group's full-year scope, if any
 * @param previous - last year's values of the jurisdiction, if known
 * @param year - this group's year
 * @param ctx - the rule context
 * @param spare - the values of a year no longer kept, whose array may be reused (allocating one per group, off the
 *   JavaScript heap, cost more than the rule's own work)
 * @returns this year's values, to keep for next year
 * @example
 * ```ts
 * const now = checkPlausibility(scope, prev.get(j), 2024, ctx)
 * ```
 */
export function checkPlausibility(
  full: Scope | undefined,
  previous: YearValues | undefined,
  year: number,
  ctx: RuleContext,
  spare?: YearValues,
): YearValues {
  const slots = slotsOf(ctx.catalog);
  const values =
    spare !== undefined && spare.slots === slots
      ? spare.values.fill(Number.NaN)
      : new Float64Array(slots.size).fill(Number.NaN);
  if (full === undefined) return { year, values, slots };
  const compare = previous !== undefined && previous.year === year - 1 ? previous : undefined;
  const first = full.first;
  if (first instanceof LaidOutFirst) {
    // A group laid out like the ones before: the slot of each position is worked out once per layout.
    const at = slotsAt(first, slots);
    const list = full.all;
    for (let k = 0; k < at.length; k++) {
      const slot = at[k] as number;
      const e = list[k] as Entry;
      if (slot >= 0 && e.d !== undefined) take(e, e.d, slot, values, compare, slots, year, ctx);
    }
    return { year, values, slots };
  }
  for (const e of first.values()) {
    const def = e.d;
    const slot = def === undefined ? undefined : slotOf(def, slots);
    if (slot !== undefined) take(e, def as Indicator, slot, values, compare, slots, year, ctx);
  }
  return { year, values, slots };
}

/** The slot of an indicator the rule compares (a count, stock or amount), or `undefined`. */
function slotOf(def: Indicator, slots: ReadonlyMap<string, number>): number | undefined {
  if (!(def.kind === 'count' || def.kind === 'stock' || def.kind === 'amount')) return undefined;
  return slots.get(def.id);
}

/** Slot of each position of a layout (-1: not compared), per layout and catalog. */
const slotsByLayout = new WeakMap<Layout, { slots: ReadonlyMap<string, number>; at: Int32Array }>();

function slotsAt(first: LaidOutFirst, slots: ReadonlyMap<string, number>): Int32Array {
  const known = slotsByLayout.get(first.layout);
  if (known !== undefined && known.slots === slots) return known.at;
  // Every group of a layout has the same indicators at the same positions, so the same definitions.
  const at = new Int32Array(first.layout.ids.length).fill(-1);
  let k = 0;
  for (const e of first.values()) {
    const slot = e.d === undefined ? undefined : slotOf(e.d, slots);
    if (slot !== undefined) at[k] = slot;
    k++;
  }
  slotsByLayout.set(first.layout, { slots, at });
  return at;
}

/** Records one figure of this year and reports a jump from last year's. */
function take(
  e: Entry,
  def: Indicator,
  slot: number,
  values: Float64Array,
  compare: YearValues | undefined,
  slots: ReadonlyMap<string, number>,
  year: number,
  ctx: RuleContext,
): void {
  if (e.o.qualifier === 'approx' || e.o.qualifier === 'range') return;
  const whole = entryWhole(e);
  const v = Number.isNaN(whole) ? approxNumber(e.o.value) : whole;
  if (!Number.isFinite(v)) return;
  values[slot] = v;
  const before = compare === undefined ? Number.NaN : valueAt(compare, slots, slot, def);
  if (Number.isNaN(before) || before <= 0 || v <= 0 || Math.max(before, v) < SMALL) return;
  const factor = v > before ? v / before : before / v;
  if (factor > ctx.jumpFactor) jump(ctx, e, def.nameEn, def.name, before, v, factor, year);
}

/** Last year's value of an indicator, NaN when not given (slots differ only if the catalog changed). */
function valueAt(prev: YearValues, slots: ReadonlyMap<string, number>, slot: number, def: Indicator): number {
  const at = prev.slots === slots ? slot : prev.slots.get(def.id);
  return at === undefined ? Number.NaN : (prev.values[at] ?? Number.NaN);
}

function jump(
  ctx: RuleContext,
  e: Entry,
  name: string,
  nameZh: string,
  before: number,
  now: number,
  factor: number,
  year: number,
): void {
  const f = Math.round(factor * 10) / 10;
  ctx.emit(
    withLine(
      issue(
        'implausible_jump',
        'info',
        `observations[${e.i}].value`,
        `${name} went from ${before} in ${year - 1} to ${now} in ${year} (×${now > before ? f : `1/${f}`}); worth a second look`,
        `${nameZh} 由 ${year - 1} 年的 ${before} 变为 ${year} 年的 ${now}(变化 ${f} 倍)，请核实`,
        { indicator: e.o.indicator, previous: before, value: now, factor: f, jumpFactor: ctx.jumpFactor },
      ),
      e.line,
    ),
  );
}
