/**
 * Approximate figures (约, 左右, 大约): a printed 约 N bounds nothing exactly, but it promises to be near. It is
 * near the value the data give when they differ by at most one unit of N's last significant digit — its last
 * non-zero digit (约96.5% → 0.1, 约600 → 100, 约6.5万 = 65000 → 1000, 约96% → 1; trailing zeros of a decimal
 * do not count, so 约96.0 is 约96).
 *
 * Code:
 * - `approximate_value_far` (warning) — a 约 figure further than that from what the data give.
 * @module
 */
import { type Issue, issue } from '../../errors.js';
import * as arith from '../../internal/arith.js';
import type { Indicator } from '../../model/indicator.js';
import type { Entry } from '../context.js';
import { withLine } from '../zod-issues.js';

/**
 * The tolerance of a printed approximate figure: one unit of its last non-zero digit.
 * @param printed - the figure as written (`"96.5"`, `"600"`, `65000`)
 * @returns the tolerance as a decimal string
 * @example
 * ```ts
 * approximateTolerance('600')  // "100"
 * approximateTolerance('96.5') // "0.1"
 * ```
 */
export function approximateTolerance(printed: number | string): string {
  const value = arith.canonical(String(printed).trim());
  if (value === undefined) return '1';
  const places = arith.decimalPlaces(value);
  if (places > 0) return arith.shift('1', -places);
  // A whole number: one unit of its last non-zero digit (a loop, not a regex: linear on any input).
  let zeros = 0;
  for (let k = value.length - 1; k >= 0 && value[k] === '0'; k--) zeros++;
  return zeros === value.length || value === '-0' ? '1' : arith.shift('1', zeros);
}

/**
 * Emits `approximate_value_far` when a 约 figure is further from the computed value than its tolerance.
 * @param e - the approximate observation
 * @param def - its indicator
 * @param computed - the exact (or finely rounded) value the data give
 * @param emit - the sink
 * @param facts - details to add (inputs, measure)
 * @returns whether it was far
 * @example
 * ```ts
 * approximateFar(entry, def, '96.52', emit, {}) // false for 约96%, true for 约94%
 * ```
 */
export function approximateFar(
  e: Entry,
  def: Indicator,
  computed: string,
  emit: (i: Issue) => void,
  facts: Record<string, unknown>,
): boolean {
  const printed = arith.canonical(e.o.value);
  if (printed === undefined) return false;
  const tolerance = approximateTolerance(e.o.value);
  const gap = arith.sub(computed, printed);
  const distance = arith.isNegative(gap) ? arith.sub('0', gap) : gap;
  if (arith.cmp(distance, tolerance) <= 0) return false;
  const shown = arith.canonical(arith.round(computed, 2, 'half-up')) ?? computed;
  emit(
    withLine(
      issue(
        'approximate_value_far',
        'warning',
        `observations[${e.i}].value`,
        `${def.nameEn} is printed as about ${String(e.o.value)}, but the data give ${shown}: more than ${tolerance} (one unit of its last digit) away`,
        `${def.name}公布为约 ${String(e.o.value)}，但按数据计算为 ${shown}，相差超过末位一个单位(${tolerance})`,
        { indicator: def.id, reported: e.o.value, computed: shown, tolerance, ...facts },
      ),
      e.line,
    ),
  );
  return true;
}
