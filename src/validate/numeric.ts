/** Cheap numeric helpers for the hot path: exact integer fast paths, `arith` only for other decimals. @internal */
import * as arith from '../internal/arith.js';
import type { Entry } from './context.js';

// At most 15 significant digits: Number() keeps the order against small integers exactly.
const SHORT_DECIMAL_RE = /^[+-]?(?=[\d.]{1,16}$)\d*(?:\.\d*)?$/;

/**
 * The canonical decimal string of a validated value.
 * @param v - a number or decimal string the schema accepted
 * @returns its canonical form ("12.50" → "12.5")
 * @example
 * ```ts
 * canonicalValue(' 12.50') // "12.5"
 * ```
 */
export function canonicalValue(v: number | string): string {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v === 0 ? '0' : String(v);
  return arith.canonical(v) ?? '0';
}

/**
 * The value as a Number when it is a plain whole figure — a string of 1 to 15 digits or a non-negative safe
 * integer — else NaN. Exact: 15 digits stay below 2^53, and the digits are accumulated as integers.
 * @param v - a number or decimal string the schema accepted
 * @returns the exact whole value, or NaN
 * @example
 * ```ts
 * plainWhole('3170') // 3170
 * plainWhole('1.5')  // NaN
 * ```
 */
export function plainWhole(v: number | string): number {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : Number.NaN;
  const len = v.length;
  if (len === 0 || len > 15) return Number.NaN;
  let n = 0;
  for (let k = 0; k < len; k++) {
    const c = v.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The whole value of an entry's figure (see {@link plainWhole}), from its cache when it has one.
 * @param e - an entry
 * @returns the exact whole value, or NaN
 * @example
 * ```ts
 * entryWhole({ o, i: 0, line: undefined }) // 3170 for value "3170"
 * ```
 */
export function entryWhole(e: Entry): number {
  return e.n ?? plainWhole(e.o.value);
}

/**
 * `true` when the value is a whole number ≥ 0, without decimal.js for ordinary integers.
 * @param v - a number or decimal string the schema accepted
 * @returns whether it is a non-negative whole number
 * @example
 * ```ts
 * isWholeNonNegative('12') // true
 * isWholeNonNegative(1.5)  // false
 * ```
 */
export function isWholeNonNegative(v: number | string): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0;
  if (Number.isInteger(shortOrder(v))) return true;
  const c = arith.canonical(v);
  return c !== undefined && arith.isInteger(c) && !arith.isNegative(c);
}

/**
 * −1, 0 or 1 as the value is below, at or above a small integer bound.
 * @param v - a number or decimal string the schema accepted
 * @param bound - an integer
 * @returns the comparison
 * @example
 * ```ts
 * compareTo('100.5', 100) // 1
 * ```
 */
export function compareTo(v: number | string, bound: number): -1 | 0 | 1 {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v < bound ? -1 : v > bound ? 1 : 0;
  if (typeof v === 'string' && SHORT_DECIMAL_RE.test(v)) {
    const n = Number(v);
    if (Number.isFinite(n)) return n < bound ? -1 : n > bound ? 1 : 0;
  }
  return arith.cmp(canonicalValue(v), String(bound));
}

/**
 * `true` when the value is below `lo` or above `hi` (small integers): {@link compareTo} against both; a short figure is read once.
 * @param v - a number or decimal string the schema accepted
 * @param lo - the lower integer bound
 * @param hi - the upper integer bound
 * @returns whether the value lies outside [lo, hi]
 * @example
 * ```ts
 * outside('100.5', 0, 100) // true
 * ```
 */
export function outside(v: number | string, lo: number, hi: number): boolean {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v < lo || v > hi;
  const x = typeof v === 'string' ? shortOrder(v) : Number.NaN;
  if (x >= 0) return x < lo || x > hi;
  return compareTo(v, lo) < 0 || compareTo(v, hi) > 0;
}

/**
 * For `12`, `96.52` (digits with at most one point, 1–16 characters): a Number that compares with every whole
 * number as the figure does — its whole part, plus ½ when it has a fraction — read without parsing; else NaN.
 * @param v - a string
 * @returns the stand-in, or NaN
 * @example
 * ```ts
 * shortOrder('100.5') // 100.5
 * shortOrder('96.52') // 96.5
 * shortOrder('1e3')   // NaN
 * ```
 */
export function shortOrder(v: string): number {
  const len = v.length;
  if (len > 16) return Number.NaN;
  let whole = 0;
  let point = -1;
  let fraction = 0;
  for (let k = 0; k < len; k++) {
    const c = v.charCodeAt(k) - 48;
    if (c >= 0 && c <= 9) {
      if (point < 0) whole = whole * 10 + c;
      else fraction |= c;
    } else if (c !== -2 || point >= 0) return Number.NaN;
    else point = k;
  }
  // A lone point, or nothing, is no figure.
  return len - (point < 0 ? 0 : 1) === 0 ? Number.NaN : fraction === 0 ? whole : whole + 0.5;
}

/**
 * The value as a float, for plausibility ratios only (never for exact checks).
 * @param v - a number or decimal string
 * @returns a JS number
 * @example
 * ```ts
 * approxNumber('1.5e4') // 15000
 * ```
 */
export function approxNumber(v: number | string): number {
  return typeof v === 'number' ? v : Number(v.trim());
}
