import * as arith from './internal/arith.js';
import { preview } from './internal/preview.js';
import { formatScaled, mantissaOf, placesOf, roundScaled, trimZeros } from './internal/whole.js';
import { type Rate, rateDenominator, rateNumerator } from './rate.js';
import { checkPlaces, ROUNDING_MODES, type RoundingMode, requireDecimal } from './rounding.js';

/** What {@link compareReported} finds when a printed percentage is set beside the recomputed rate. */
export interface ReportedComparison {
  /** `true` when at least one rounding convention reproduces the printed figure. */
  readonly consistent: boolean;
  /** The rounding modes under which the printed figure matches, in the order half-up, half-even, truncate. */
  readonly conventions: readonly RoundingMode[];
  /** The recomputed percentage at the printed precision, rounded half-up (四舍五入); `undefined` for an undefined rate. */
  readonly computed: string | undefined;
  /** The printed precision: decimal places inferred from the printed digits ("96" → 0, "6.20" → 2). */
  readonly places: number;
  /** The printed figure as a canonical decimal (without "%"). */
  readonly reported: string;
}

/**
 * Sets a printed percentage beside the rate recomputed from its inputs. The printed precision is read from the
 * printed digits ("96" → whole percent, "6.20" → two places; a JS number loses trailing zeros, so pass strings
 * when they matter), and every rounding convention is tried.
 *
 * @param rate - the recomputed rate (numerator and denominator)
 * @param reported - the printed percentage, e.g. `"96"`, `"96%"`, `"22.2"` or `96.5`
 * @returns whether it is consistent, under which conventions, and the half-up recomputation at that precision
 * @throws TypeError when `reported` is not a decimal; RangeError when it has more than 20 decimal places (exponent
 *   notation counts: `"6e-67"` has 67) or exceeds the limits of the format (`LIMITS`)
 * @example
 * ```ts
 * compareReported(rate(44180, 45771), '96')
 * // { consistent: true, conventions: ['truncate'], computed: '97', places: 0, reported: '96' }
 * compareReported(rate(12, 54), '22.2').conventions // ['half-up', 'half-even', 'truncate']
 * ```
 */
export function compareReported(rate: Rate, reported: number | string): ReportedComparison {
  const written = writtenOf(reported);
  const fast = compareWhole(rate, written);
  if (fast !== undefined) return fast;
  if (arith.decimalProblem(written) === 'syntax') {
    throw new TypeError(`Reported rate is not a decimal / 公布的比率不是有效的数: ${preview(reported)}`);
  }
  const value = requireDecimal(written, 'reported rate');
  // Exponent notation counts: "6e-67" is printed to 67 places (then refused: more than 20).
  const places = checkPlaces(
    typeof reported === 'number' ? arith.decimalPlaces(value) : arith.decimalPlaces(written),
  );
  if (!rate.isDefined)
    return { consistent: false, conventions: NONE, computed: undefined, places, reported: value };
  const conventions = ROUNDING_MODES.filter((mode) => arith.cmp(rate.toPercent(places, mode), value) === 0);
  return {
    consistent: conventions.length > 0,
    conventions,
    computed: rate.toPercent(places, 'half-up'),
    places,
    reported: value,
  };
}

/** The printed figure as text: a number's shortest form, a string without blanks and one trailing "%". */
function writtenOf(reported: number | string): string {
  return typeof reported === 'number'
    ? String(reported)
    : typeof reported === 'string'
      ? withoutPercent(reported)
      : '';
}

/** The printed text without surrounding blanks and one trailing "%" or "％". */
function withoutPercent(reported: string): string {
  const s = reported.trim();
  const last = s.charCodeAt(s.length - 1);
  return last === 0x25 || last === 0xff05 ? s.slice(0, -1).trim() : s;
}

const NONE: readonly RoundingMode[] = Object.freeze([]);

/** The matching conventions for each bit pattern (1 half-up, 2 half-even, 4 truncate), shared and frozen. */
const CONVENTIONS: readonly (readonly RoundingMode[])[] = Array.from({ length: 8 }, (_, bits) =>
  Object.freeze(ROUNDING_MODES.filter((_, i) => (bits & (1 << i)) !== 0)),
);

/**
 * The integer path: a rate whose exact ratio Numbers hold and a plain printed figure ("96", "-3.50"), rounded
 * three ways at the printed precision without strings or BigInt; `undefined` when it does not apply.
 */
function compareWhole(rate: Rate, written: string): ReportedComparison | undefined {
  return compareScaled(rateNumerator(rate), rateDenominator(rate), written);
}

/**
 * @internal {@link compareReported} for the ratio of two safe integers, without building a {@link Rate}: the
 * comparison, or `undefined` when the integer path cannot decide (then call `compareReported`).
 * @param n - the numerator, a safe integer
 * @param d - the denominator, a safe integer
 * @param reported - the printed percentage
 * @returns what `compareReported(rate(n, d), reported)` returns, or `undefined`
 */
export function compareRatio(
  n: number,
  d: number,
  reported: number | string,
): ReportedComparison | undefined {
  return compareScaled(n, d, writtenOf(reported));
}

function compareScaled(n: number, d: number, written: string): ReportedComparison | undefined {
  const m = mantissaOf(written, true);
  if (Number.isNaN(m) || Number.isNaN(d)) return undefined;
  const places = placesOf(written);
  const reported = isCanonical(written, m, places)
    ? written
    : trimZeros(formatScaled(m < 0 ? -m : m, places, m < 0));
  if (d === 0) return { consistent: false, conventions: NONE, computed: undefined, places, reported };
  const k = places + 2;
  const up = roundScaled(n, d, k, 'half-up');
  if (Number.isNaN(up)) return undefined;
  const negative = n < 0 !== d < 0;
  const target = negative ? -m : m;
  const bits =
    (up === target ? 1 : 0) |
    (roundScaled(n, d, k, 'half-even') === target ? 2 : 0) |
    (roundScaled(n, d, k, 'truncate') === target ? 4 : 0);
  return {
    consistent: bits !== 0,
    conventions: CONVENTIONS[bits] ?? NONE,
    computed: formatScaled(up, places, negative),
    places,
    reported,
  };
}

/** Whether a plain decimal is already canonical: no leading or trailing zeros, not "-0". */
function isCanonical(s: string, mantissa: number, places: number): boolean {
  const start = s.charCodeAt(0) === 45 ? 1 : 0;
  if (start === 1 && mantissa === 0) return false;
  if (places > 0 && s.charCodeAt(s.length - 1) === 48) return false;
  return s.charCodeAt(start) !== 48 || s.length === start + 1 || s.charCodeAt(start + 1) === 46;
}
