<<<<<<< HEAD
/** Whether a printed rate is n/d rounded half-up, allocation-free for the validator's hot path. @internal */
import { mantissaOf, placesOf, roundScaled } from '../internal/whole.js';
=======
/**
 * An exact Number-only path for the common case of whole-number inputs, agreeing with `compareReported` and
 * `Rate.toPercent` (a property test holds them together); anything else falls back to them. @internal
 */
import { compareReported, type ReportedComparison } from '../compare-reported.js';
import { rate } from '../rate.js';
import type { RoundingMode } from '../rounding.js';

const SIMPLE_RE = /^\d{1,9}(\.\d{1,6})?$/;
const SMALL_INT_RE = /^\d{1,15}$/;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/** The quotient n·100·10^places / d rounded three ways, or `undefined` when Numbers cannot do it exactly. */
function roundedPercent(
  n: number,
  d: number,
  places: number,
): { 'half-up': number; 'half-even': number; truncate: number } | undefined {
  const scale = POW10[places + 2];
  if (scale === undefined || n < 0 || d <= 0) return undefined;
  const a = n * scale;
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(a + d)) return undefined;
  let q = Math.floor(a / d);
  let r = a - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  const r2 = 2 * r;
  return {
    truncate: q,
    'half-up': r2 >= d ? q + 1 : q,
    'half-even': r2 > d || (r2 === d && q % 2 === 1) ? q + 1 : q,
  };
}

function format(q: number, places: number): string {
  if (places === 0) return String(q);
  const s = String(q).padStart(places + 1, '0');
  return `${s.slice(0, -places)}.${s.slice(-places)}`;
}

function canonicalSimple(s: string): string {
  const dot = s.indexOf('.');
  let i = dot < 0 ? s : s.slice(0, dot);
  let f = dot < 0 ? '' : s.slice(dot + 1);
  i = i.replace(/^0+(?=\d)/, '');
  let end = f.length;
  while (end > 0 && f.charCodeAt(end - 1) === 48) end--;
  f = f.slice(0, end);
  return f === '' ? i : `${i}.${f}`;
}

/**
 * `true` when a decimal string or number is a non-negative whole number small enough for the fast path.
 * @param v - canonical decimal string
 * @returns whether the Number fast path applies
 * @example
 * ```ts
 * isSmallWhole('45771') // true
 * ```
 */
export function isSmallWhole(v: string): boolean {
  return SMALL_INT_RE.test(v);
}

/**
 * The percentage n/d rounded half-up to 2 places, like `rate(n, d).toPercent(2)`.
 * @param n - canonical numerator
 * @param d - canonical denominator, not zero
 * @returns the percentage, e.g. `"96.52"`
 * @example
 * ```ts
 * percent2('44180', '45771') // "96.52"
 * ```
 */
export function percent2(n: string, d: string): string {
  if (SMALL_INT_RE.test(n) && SMALL_INT_RE.test(d)) {
    const r = roundedPercent(Number(n), Number(d), 2);
    if (r !== undefined) return format(r['half-up'], 2);
  }
  return rate(n, d).toPercent(2);
}

/**
 * `compareReported(rate(n, d), reported)` with a Number-only path for whole inputs and plain printed figures.
 * @param n - canonical numerator
 * @param d - canonical denominator
 * @param reported - the printed percentage (decimal string or number)
 * @returns the comparison
 * @example
 * ```ts
 * fastCompare('12', '54', '22.2').conventions // ['half-up', 'half-even', 'truncate']
 * ```
 */
export function fastCompare(n: string, d: string, reported: string | number): ReportedComparison {
  const written = typeof reported === 'number' ? String(reported) : reported.trim();
  if (SMALL_INT_RE.test(n) && SMALL_INT_RE.test(d) && SIMPLE_RE.test(written) && d !== '0') {
    const dot = written.indexOf('.');
    const places = dot < 0 ? 0 : written.length - dot - 1;
    const r = roundedPercent(Number(n), Number(d), places);
    if (r !== undefined) {
      const value = Number(dot < 0 ? written : written.slice(0, dot) + written.slice(dot + 1));
      const conventions: RoundingMode[] = [];
      if (r['half-up'] === value) conventions.push('half-up');
      if (r['half-even'] === value) conventions.push('half-even');
      if (r.truncate === value) conventions.push('truncate');
      return {
        consistent: conventions.length > 0,
        conventions,
        computed: format(r['half-up'], places),
        places,
        reported: canonicalSimple(written),
      };
    }
  }
  return compareReported(rate(n, d), reported);
}
>>>>>>> main

/**
 * Whether `reported` equals n/d as a percentage rounded half-up at its printed precision, on the Number path
 * only: `undefined` when that path cannot decide (then use `compareReported`).
 * @param n - whole numerator, a safe integer
 * @param d - whole denominator, a non-zero safe integer
 * @param reported - the printed percentage
 * @returns whether half-up reproduces it, or `undefined`
 * @example
 * ```ts
 * halfUpMatches(12, 54, '22.2') // true
 * ```
 */
export function halfUpMatches(n: number, d: number, reported: string | number): boolean | undefined {
  const written = typeof reported === 'number' ? String(reported) : reported.trim();
  const m = mantissaOf(written, true);
  if (Number.isNaN(m)) return undefined;
  const q = roundScaled(n, d, placesOf(written) + 2, 'half-up');
  if (Number.isNaN(q)) return undefined;
  return (n < 0 !== d < 0 ? -q : q) === m;
}
