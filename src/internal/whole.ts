/**
 * Exact rounding of ratios of whole numbers with plain Numbers. Below 2^53 every step is an exact integer
 * operation, so the common case (counts from a report) needs neither BigInt nor decimal.js; every function says
 * when it cannot answer (NaN or `undefined`) and callers then take the BigInt path in `arith`.
 * @internal
 */
import type { RoundingMode } from '../rounding.js';

/** 10^k for k = 0…22, each exact as a double. */
const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
];

/** The largest k for which {@link POW10} holds 10^k. */
export const MAX_POWER = POW10.length - 1;

/**
 * 10^k as an exact double, for 0 ≤ k ≤ 22.
 * @param k - the exponent
 * @returns 10^k
 * @example
 * ```ts
 * pow10(3) // 1000
 * ```
 */
export function pow10(k: number): number {
  return POW10[k] ?? Number.NaN;
}

/**
 * A whole number as a safe integer: a safe-integer Number, or a string of an optional "-" and 1 to 15 digits
 * (15 digits stay below 2^53). Anything else, including whitespace and decimals, gives NaN.
 * @param v - the input
 * @returns the value, or NaN
 * @example
 * ```ts
 * wholeOf('45771') // 45771
 * wholeOf(' 12')   // NaN (the exact path trims)
 * ```
 */
export function wholeOf(v: unknown): number {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v + 0 : Number.NaN;
  return typeof v === 'string' ? mantissaOf(v, false) : Number.NaN;
}

/**
 * The digits of a plain decimal as a safe integer ("-12.50" → -1250), or NaN unless the string is an optional
 * "-", 1 to 15 digits and, when `decimals` is true, at most one "." between digits. Pair it with
 * {@link placesOf}.
 * @param s - the decimal as written
 * @param decimals - whether a decimal point is allowed
 * @returns the mantissa, or NaN
 * @example
 * ```ts
 * mantissaOf('96.52', true) // 9652
 * ```
 */
export function mantissaOf(s: string, decimals: boolean): number {
  const len = s.length;
  let k = s.charCodeAt(0) === 45 ? 1 : 0;
  if (len === k || len - k > 16) return Number.NaN;
  let n = 0;
  let digits = 0;
  let dot = -1;
  for (; k < len; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c >= 0 && c <= 9) {
      n = n * 10 + c;
      digits++;
    } else if (c === -2 && decimals && dot < 0 && digits > 0 && k < len - 1) {
      dot = k;
    } else {
      return Number.NaN;
    }
  }
  if (digits > 15) return Number.NaN;
  return s.charCodeAt(0) === 45 ? 0 - n : n;
}

/**
 * Decimal places as written: digits after the ".", 0 without one.
 * @param s - a decimal string
 * @returns the number of places
 * @example
 * ```ts
 * placesOf('6.20') // 2
 * ```
 */
export function placesOf(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * |n| · 10^k / |d| rounded to a whole number, or NaN when |n| · 10^k is not below 2^53 (or k is out of range).
 * Exact: for a < 2^53 the double quotient a / d never crosses the next integer, so `Math.floor` is the integer
 * quotient, and the remainder a − q·d is exact.
 * @param n - numerator, a safe integer
 * @param d - denominator, a non-zero safe integer
 * @param k - power of ten applied to the numerator, 0…22
 * @param mode - rounding mode (ties away from zero for `half-up`, to even for `half-even`)
 * @returns the rounded magnitude, or NaN
 * @example
 * ```ts
 * roundScaled(1, 8, 2, 'half-even') // 12  (12.5 → 12)
 * ```
 */
export function roundScaled(n: number, d: number, k: number, mode: RoundingMode): number {
  const a = (n < 0 ? -n : n) * pow10(k);
  if (!(a <= Number.MAX_SAFE_INTEGER)) return Number.NaN;
  const ad = d < 0 ? -d : d;
  const q = Math.floor(a / ad);
  if (mode === 'truncate') return q;
  const r2 = 2 * (a - q * ad);
  if (r2 > ad) return q + 1;
  if (r2 < ad) return q;
  return mode === 'half-up' || q % 2 === 1 ? q + 1 : q;
}

/**
 * A whole number q read as q / 10^places and written with exactly `places` decimals, with a "-" when
 * `negative` and q is not zero (a rounded value is never "-0").
 * @param q - the scaled magnitude, a safe integer ≥ 0
 * @param places - decimal places, 0…22
 * @param negative - whether the value is below zero
 * @returns the decimal string
 * @example
 * ```ts
 * formatScaled(9652, 2, false) // "96.52"
 * formatScaled(5, 3, true)     // "-0.005"
 * ```
 */
export function formatScaled(q: number, places: number, negative: boolean): string {
  let s: string;
  if (places === 0) {
    s = `${q}`;
  } else {
    const p = pow10(places);
    const whole = Math.floor(q / p);
    const fraction = q - whole * p;
    // Exact: q < 2^53, so the quotient by a power of ten floors to the integer quotient (see roundScaled).
    s =
      places === 1 || fraction >= pow10(places - 1)
        ? `${whole}.${fraction}`
        : `${whole}.${String(fraction).padStart(places, '0')}`;
  }
  return negative && q !== 0 ? `-${s}` : s;
}

/**
 * n · 10^shift / d rounded to `places` decimals and formatted, or `undefined` when Numbers cannot do it exactly.
 * @param n - numerator, a safe integer
 * @param d - denominator, a non-zero safe integer
 * @param shift - power of ten of the result (2 for a percentage)
 * @param places - decimal places
 * @param mode - rounding mode
 * @returns the rounded decimal string, or `undefined`
 * @example
 * ```ts
 * roundRatio(44180, 45771, 2, 2, 'half-up') // "96.52"
 * ```
 */
export function roundRatio(
  n: number,
  d: number,
  shift: number,
  places: number,
  mode: RoundingMode,
): string | undefined {
  const q = roundScaled(n, d, shift + places, mode);
  return !Number.isNaN(q) ? formatScaled(q, places, n < 0 !== d < 0) : undefined;
}

/**
 * n / d as an exact decimal string when it terminates, `undefined` when it does not, `null` when Numbers would
 * overflow (then take the BigInt path).
 * @param n - numerator, a safe integer
 * @param d - denominator, a non-zero safe integer
 * @returns the exact decimal, `undefined` (does not terminate) or `null` (too large for Numbers)
 * @example
 * ```ts
 * exactRatio(1, 8) // "0.125"
 * exactRatio(1, 3) // undefined
 * ```
 */
export function exactRatio(n: number, d: number): string | undefined | null {
  let rest = (d < 0 ? -d : d) / gcd(n < 0 ? -n : n, d < 0 ? -d : d);
  let twos = 0;
  let fives = 0;
  while (rest % 2 === 0) {
    rest /= 2;
    twos++;
  }
  while (rest % 5 === 0) {
    rest /= 5;
    fives++;
  }
  if (rest !== 1) return undefined;
  const places = Math.max(twos, fives);
  if (places > MAX_POWER) return null;
  const q = roundScaled(n, d, places, 'truncate');
  if (Number.isNaN(q)) return null;
  return trimZeros(formatScaled(q, places, n < 0 !== d < 0));
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a === 0 ? 1 : a;
}

/**
 * A decimal string without trailing fractional zeros ("12.50" → "12.5", "3.0" → "3").
 * @param s - a plain decimal string
 * @returns the trimmed string
 * @example
 * ```ts
 * trimZeros('12.500') // "12.5"
 * ```
 */
export function trimZeros(s: string): string {
  if (s.indexOf('.') < 0) return s;
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (s.charCodeAt(end - 1) === 46) end--;
  return s.slice(0, end);
}
