import * as arith from './internal/arith.js';
import { preview } from './internal/preview.js';
import type { Rate } from './rate.js';
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
  const written =
    typeof reported === 'number'
      ? String(reported)
      : typeof reported === 'string'
        ? reported
            .trim()
            .replace(/[%％]$/, '')
            .trim()
        : '';
  if (arith.decimalProblem(written) === 'syntax') {
    throw new TypeError(`Reported rate is not a decimal / 公布的比率不是有效的数: ${preview(reported)}`);
  }
  const value = requireDecimal(written, 'reported rate');
  // Exponent notation counts: "6e-67" is printed to 67 places (then refused: more than 20).
  const places = checkPlaces(
    typeof reported === 'number' ? arith.decimalPlaces(value) : arith.decimalPlaces(written),
  );
  if (!rate.isDefined)
    return { consistent: false, conventions: [], computed: undefined, places, reported: value };
  const conventions = ROUNDING_MODES.filter((mode) => arith.cmp(rate.toPercent(places, mode), value) === 0);
  return {
    consistent: conventions.length > 0,
    conventions,
    computed: rate.toPercent(places, 'half-up'),
    places,
    reported: value,
  };
}
