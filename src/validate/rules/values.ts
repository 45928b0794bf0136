/**
 * Rule `values`: each figure fits what its indicator measures.
 *
 * Codes:
 * - `invalid_count` (error) — a count (件, 人, 次 …) that is negative or not whole.
 * - `percent_out_of_range` (error) — a percentage below 0 or above 100, for a rate indicator that does not set
 *   `allowsOver100` (changes, kind `change`, may be negative or above 100).
 * - `unit_mismatch` (error) — the observation's `unit` is not the indicator's unit.
 * - `invalid_range` (error) — a `range` whose `upper` is below its `value`; (warning) an `upper` without the
 *   `range` qualifier, which is ignored.
 * @module
 */
import { issue } from '../../errors.js';
import * as arith from '../../internal/arith.js';
import type { Indicator } from '../../model/indicator.js';
import type { Observation } from '../../model/observation.js';
import type { Entry, RuleContext } from '../context.js';
import { entryWhole, isWholeNonNegative, outside } from '../numeric.js';
import { withLine } from '../zod-issues.js';

/** Units whose values count things and so must be whole and non-negative. */
const COUNT_UNITS = new Set([
  'cases',
  'people',
  'personTimes',
  'times',
  'items',
  'documents',
  'organisations',
]);

/**
 * Runs the values rule on one valid observation of a known indicator.
 * @param e - the observation and its location
 * @param def - its indicator definition
 * @param ctx - the rule context
 * @param kind - `valueKind(def)`, when the caller has it at hand
 * @example
 * ```ts
 * checkValues({ o, i: 0, line: undefined }, catalog.get(o.indicator)!, ctx)
 * ```
 */
export function checkValues(
  e: Entry,
  def: Indicator,
  ctx: RuleContext,
  kind: 0 | 1 | 2 = valueKind(def),
): void {
  const o = e.o;
  if (o.unit !== undefined && o.unit !== def.unit) {
    ctx.emit(
      withLine(
        issue(
          'unit_mismatch',
          'error',
          `observations[${e.i}].unit`,
          `Unit "${o.unit}" does not fit indicator ${def.id} (${def.nameEn}), which is measured in "${def.unit}"`,
          `单位“${o.unit}”与指标“${def.name}”的单位“${def.unit}”不符`,
          { unit: o.unit, expected: def.unit, indicator: def.id },
        ),
        e.line,
      ),
    );
  }
  if (kind !== 0) {
    checkFigure(e, 'value', o.value, kind, def, ctx);
    if (o.upper !== undefined) checkFigure(e, 'upper', o.upper, kind, def, ctx);
  }
  if (o.upper !== undefined) {
    const at = (f: string) => `observations[${e.i}].${f}`;
    if (o.qualifier !== 'range') {
      ctx.emit(
        withLine(
          issue(
            'invalid_range',
            'warning',
            at('upper'),
            '`upper` is only meaningful with qualifier "range"; it is ignored',
            '只有区间(range)数值才有上限 upper，此处将被忽略',
            { qualifier: o.qualifier ?? 'exact' },
          ),
          e.line,
        ),
      );
    } else if (compareExact(o.upper, o.value) < 0) {
      ctx.emit(
        withLine(
          issue(
            'invalid_range',
            'error',
            at('upper'),
            `The range's upper end ${String(o.upper)} is below its lower end ${String(o.value)}`,
            `区间上限 ${String(o.upper)} 小于下限 ${String(o.value)}`,
            { value: o.value, upper: o.upper },
          ),
          e.line,
        ),
      );
    }
  }
}

/**
 * `true` when {@link checkValues} would find nothing, told cheaply: the unit is the indicator's (or none), the
 * figure fits what it measures and there is no `upper`.
 * @param o - a valid observation
 * @param n - `plainWhole(o.value)`
 * @param unit - the indicator's unit
 * @param kind - `valueKind` of the indicator
 * @returns whether the observation certainly passes the values rule
 * @example
 * ```ts
 * valuesFit(o, 12, 'cases', 1) // true for { …, value: '12', unit: 'cases' }
 * ```
 */
export function valuesFit(o: Observation, n: number, unit: string, kind: 0 | 1 | 2): boolean {
  if ((o.unit !== undefined && o.unit !== unit) || o.upper !== undefined) return false;
  return kind === 0 || (kind === 1 ? n >= 0 : !outside(o.value, 0, 100));
}

function compareExact(a: number | string, b: number | string): number {
  const x = arith.canonical(a);
  const y = arith.canonical(b);
  return x === undefined || y === undefined ? 0 : arith.cmp(x, y);
}

/** 0: nothing to check; 1: a count; 2: a percentage bounded by 0–100. Cached per definition. */
const kinds = new WeakMap<Indicator, 0 | 1 | 2>();

/**
 * What the values rule checks of an indicator's figures: 0 nothing, 1 a count, 2 a percentage within 0–100.
 * @param def - an indicator
 * @returns the kind
 * @example
 * ```ts
 * valueKind(catalog.get('litigation.cases')!) // 1
 * ```
 */
export function valueKind(def: Indicator): 0 | 1 | 2 {
  let k = kinds.get(def);
  if (k === undefined) {
    k =
      (def.kind === 'count' || def.kind === 'stock') && COUNT_UNITS.has(def.unit)
        ? 1
        : def.kind === 'rate' && def.unit === 'percent' && def.allowsOver100 !== true
          ? 2
          : 0;
    kinds.set(def, k);
  }
  return k;
}

function checkFigure(
  e: Entry,
  field: 'value' | 'upper',
  v: number | string,
  kind: 1 | 2,
  def: Indicator,
  ctx: RuleContext,
): void {
  // `e.n` is the value's exact whole form when it has one: then it is certainly a valid count.
  if (kind === 1 && !(field === 'value' && entryWhole(e) >= 0) && !isWholeNonNegative(v)) {
    ctx.emit(
      withLine(
        issue(
          'invalid_count',
          'error',
          `observations[${e.i}].${field}`,
          `${def.nameEn} is a count, so ${String(v)} must be a whole number of at least 0`,
          `“${def.name}”是计数，${String(v)} 应为非负整数`,
          { value: v, indicator: def.id },
        ),
        e.line,
      ),
    );
  }
  if (kind === 2 && outside(v, 0, 100)) {
    ctx.emit(
      withLine(
        issue(
          'percent_out_of_range',
          'error',
          `observations[${e.i}].${field}`,
          `${def.nameEn} is a percentage from 0 to 100, but the value is ${String(v)}`,
          `“${def.name}”应在0至100%之间，实际为 ${String(v)}%`,
          { value: v, indicator: def.id },
        ),
        e.line,
      ),
    );
  }
}
