import * as arith from './internal/arith.js';
import { describeDecimalProblem } from './internal/decimal-text.js';
import { preview } from './internal/preview.js';

/**
 * How a report rounds a figure:
 * - `half-up` — 四舍五入, ties away from zero (the common convention in Chinese reports);
 * - `half-even` — 四舍六入五成双, GB/T 8170 round-half-to-even;
 * - `truncate` — 截尾, digits dropped (e.g. 96% printed for 96.52%).
 */
export type RoundingMode = 'half-up' | 'half-even' | 'truncate';

/** Every rounding mode fazhi knows, in the order findings list them. */
export const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'half-even', 'truncate'];

/** Chinese names of the rounding modes, for messages. */
export const ROUNDING_MODE_NAMES_ZH: Readonly<Record<RoundingMode, string>> = {
  'half-up': '四舍五入',
  'half-even': '四舍六入五成双(GB/T 8170)',
  truncate: '截尾',
};

/**
 * Rounds a decimal once to a number of places with a named rounding mode.
 *
 * @param value - a decimal string or number
 * @param places - decimal places to keep (0 or more)
 * @param rounding - the rounding mode, `half-up` by default
 * @returns the rounded value with exactly `places` decimal places
 * @example
 * ```ts
 * roundDecimal('2.5', 0)               // "3"
 * roundDecimal('2.5', 0, 'half-even')  // "2"
 * roundDecimal('96.52', 0, 'truncate') // "96"
 * ```
 */
export function roundDecimal(
  value: number | string,
  places: number,
  rounding: RoundingMode = 'half-up',
): string {
  return arith.round(requireDecimal(value, 'value'), checkPlaces(places), checkRounding(rounding));
}

/**
 * Canonical decimal string of a number or decimal string ("12.50" → "12.5"), or `undefined` when the input is not
 * a finite decimal. This is the form in which fazhi returns exact values.
 *
 * @param value - a number or decimal string
 * @returns the canonical string, or `undefined`
 * @example
 * ```ts
 * toDecimalString('012.50') // "12.5"
 * toDecimalString(1e21)     // "1000000000000000000000"
 * toDecimalString('abc')    // undefined
 * ```
 */
export function toDecimalString(value: number | string): string | undefined {
  return arith.canonical(value);
}

/** @internal validates a decimal-places argument. */
export function checkPlaces(places: number): number {
  // The throw lives in its own function so that this check stays small enough to inline on hot paths.
  if (!(Number.isInteger(places) && places >= 0 && places <= 20)) badPlaces(places);
  return places;
}

function badPlaces(places: unknown): never {
  throw new RangeError(
    `Decimal places must be a whole number from 0 to 20 / 小数位数须为0至20的整数: ${preview(places)}`,
  );
}

/** @internal validates a rounding-mode argument (plain JavaScript callers can pass any string). */
export function checkRounding(mode: RoundingMode): RoundingMode {
  if (mode !== 'half-up' && mode !== 'half-even' && mode !== 'truncate') badRounding(mode);
  return mode;
}

function badRounding(mode: unknown): never {
  throw new RangeError(
    `Unknown rounding mode / 未知的取舍方式: ${preview(mode)} (half-up, half-even or truncate)`,
  );
}

/**
 * @internal a number or decimal string as a canonical decimal; a bilingual TypeError when it is not a decimal, a
 * RangeError when it exceeds the limits of the format (`LIMITS`).
 */
export function requireDecimal(value: number | string, what: string): string {
  const c = arith.canonical(value);
  if (c !== undefined) return c;
  const problem = arith.decimalProblem(value) ?? 'syntax';
  if (problem === 'syntax')
    throw new TypeError(`${what} is not a finite decimal / ${what} 不是有效的数: ${preview(value)}`);
  const [en, zh] = describeDecimalProblem(problem);
  throw new RangeError(
    `${what} exceeds fazhi's limits: ${en} / ${what} 超出 fazhi 的限制：${zh}: ${preview(value)}`,
  );
}
