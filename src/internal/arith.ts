/**
 * The one arithmetic module: every exact operation fazhi performs goes through here, and this is the only file
 * that uses decimal.js (through decimal-js.ts). Values cross it as canonical decimal strings ("96.52", "-3", "0.125"), never floats.
 * Small integers take an exact Number fast path; ratios are rounded exactly with BigInt fractions.
 * @internal
 */
import type DecimalJs from 'decimal.js';
import type { RoundingMode } from '../rounding.js';
import { decimalJs } from './decimal-js.js';
import { canonicalOf, type DecimalProblem, readDecimal, writtenPlaces } from './decimal-text.js';

let decimal: typeof DecimalJs | undefined;

/** A private Decimal constructor, made on first use: high precision so that sums and products of report figures are exact. */
function Dec(): typeof DecimalJs {
  if (decimal === undefined) {
    const D = decimalJs();
    decimal = D.clone({ precision: 1000, rounding: D.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 });
  }
  return decimal;
}

const SMALL_INT_RE = /^-?\d{1,15}$/;

/**
 * Canonical decimal string of a number or decimal string, or `undefined` when it is not a finite decimal within
 * the format's limits (see `LIMITS`; {@link decimalProblem} says which).
 * Canonical means: no exponent, no leading "+", no trailing fractional zeros, "0" rather than "-0".
 */
export function canonical(input: number | string): string | undefined {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return undefined;
    if (Number.isSafeInteger(input)) return input === 0 ? '0' : String(input);
  } else if (typeof input !== 'string') return undefined;
  const s = typeof input === 'number' ? String(input) : input.trim();
  if (SMALL_INT_RE.test(s)) return s === '-0' ? '0' : String(Number(s));
  const p = readDecimal(s);
  return typeof p === 'string' ? undefined : canonicalOf(p);
}

/**
 * Why a number or decimal string is not accepted: `syntax`, or the limit it exceeds; `undefined` when it is fine.
 */
export function decimalProblem(input: number | string): DecimalProblem | undefined {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return 'syntax';
    if (Number.isSafeInteger(input)) return undefined;
  } else if (typeof input !== 'string') return 'syntax';
  const p = readDecimal(typeof input === 'number' ? String(input) : input.trim());
  return typeof p === 'string' ? p : undefined;
}

/** `true` when the string is a decimal this module accepts. */
export function isDecimal(input: string): boolean {
  return typeof readDecimal(input.trim()) !== 'string';
}

function bothSmall(a: string, b: string): boolean {
  return SMALL_INT_RE.test(a) && SMALL_INT_RE.test(b);
}

/** a + b, exactly. */
export function add(a: string, b: string): string {
  if (bothSmall(a, b)) return String(Number(a) + Number(b));
  return normal(new (Dec())(a).plus(b));
}

/** a − b, exactly. */
export function sub(a: string, b: string): string {
  if (bothSmall(a, b)) return String(Number(a) - Number(b));
  return normal(new (Dec())(a).minus(b));
}

/** a × b, exactly. */
export function mul(a: string, b: string): string {
  return normal(new (Dec())(a).times(b));
}

/** The sum of a list, exactly ("0" for an empty list). */
export function sum(values: readonly string[]): string {
  let total = '0';
  for (const v of values) total = add(total, v);
  return total;
}

/** −1, 0 or 1 as a is less than, equal to or greater than b. */
export function cmp(a: string, b: string): -1 | 0 | 1 {
  if (bothSmall(a, b)) {
    const x = Number(a);
    const y = Number(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return new (Dec())(a).comparedTo(b) as -1 | 0 | 1;
}

/** `true` when the value is zero. */
export function isZero(a: string): boolean {
  return cmp(a, '0') === 0;
}

/** `true` when the value is negative. */
export function isNegative(a: string): boolean {
  return cmp(a, '0') < 0;
}

/** `true` when the value is a whole number. */
export function isInteger(a: string): boolean {
  return !a.includes('.') && !/e-/i.test(a);
}

/** Decimal places of a decimal as written, its printed precision ("6.20" → 2, "96" → 0, "6e-67" → 67). */
export function decimalPlaces(written: string): number {
  return writtenPlaces(written.trim());
}

/** a × 10^k for an integer k, exactly: the point moves, nothing is rounded. */
export function shift(a: string, k: number): string {
  const p = parts(a);
  return canonicalOf({ ...p, point: p.point + k });
}

/** A decimal rounded to `places` decimal places, formatted with exactly that many places. */
export function round(a: string, places: number, mode: RoundingMode): string {
  const f = toFraction(a);
  return roundFraction(f.n, f.d, places, mode);
}

/**
 * The exact quotient n / d rounded to `places` decimal places, or `undefined` when d is zero.
 * Rounded once, from the exact ratio: no intermediate float or truncated quotient.
 */
export function divRound(n: string, d: string, places: number, mode: RoundingMode): string | undefined {
  const a = toFraction(n);
  const b = toFraction(d);
  if (b.n === 0n) return undefined;
  return roundFraction(a.n * b.d, a.d * b.n, places, mode);
}

/** n / d as an exact decimal when it terminates, otherwise `undefined` (or when d is zero). */
export function divExact(n: string, d: string): string | undefined {
  const a = toFraction(n);
  const b = toFraction(d);
  if (b.n === 0n) return undefined;
  let num = a.n * b.d;
  let den = a.d * b.n;
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num < 0n ? -num : num, den);
  num /= g;
  den /= g;
  let rest = den;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos++;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives++;
  }
  if (rest !== 1n) return undefined;
  const places = Math.max(twos, fives);
  return stripZeros(roundFraction(num, den, places, 'truncate'));
}

/** (base)^(1/years) for the compound growth rate, to `significant` digits. */
export function nthRoot(base: string, years: number, significant = 40): string {
  const D = Dec().clone({ precision: significant + 10 });
  return normal(new D(base).pow(new D(1).div(years)).toSignificantDigits(significant));
}

/** An exact fraction with a power-of-ten denominator from a decimal string (an input or an intermediate result). */
export function toFraction(a: string): { n: bigint; d: bigint } {
  const { negative, digits, point } = parts(a);
  if (digits === '') return { n: 0n, d: 1n };
  const places = digits.length - point;
  const scaled = places >= 0 ? BigInt(digits) : BigInt(digits) * 10n ** BigInt(-places);
  return { n: negative ? -scaled : scaled, d: 10n ** BigInt(Math.max(places, 0)) };
}

/** The parts of a decimal string that fazhi made or accepted; its own results may be longer than any input. */
function parts(a: string): { negative: boolean; digits: string; point: number } {
  const p = readDecimal(a.trim(), false);
  if (typeof p === 'string') throw new TypeError(`not a decimal: ${a.slice(0, 120)}`);
  return p;
}

/** n / d (d ≠ 0) rounded to `places` places and formatted with exactly that many places. */
export function roundFraction(n: bigint, d: bigint, places: number, mode: RoundingMode): string {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const scaled = abs * 10n ** BigInt(places);
  let q = scaled / d;
  const r2 = (scaled % d) * 2n;
  if (mode === 'half-up' && r2 >= d) q += 1n;
  else if (mode === 'half-even' && (r2 > d || (r2 === d && q % 2n === 1n))) q += 1n;
  let digits = q.toString();
  if (places > 0) {
    digits = digits.padStart(places + 1, '0');
    digits = `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  }
  return neg && q !== 0n ? `-${digits}` : digits;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

function stripZeros(s: string): string {
  if (!s.includes('.')) return s;
  // A loop, not /\.?0+$/, which backtracks over long runs of zeros.
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (s.charCodeAt(end - 1) === 46) end--;
  return s.slice(0, end);
}

function normal(d: DecimalJs): string {
  return d.isZero() ? '0' : d.toFixed();
}
