import * as arith from '../internal/arith.js';
import { type RoundingMode, requireDecimal } from '../rounding.js';

/**
 * Compound annual growth rate as a percentage: ((last / first)^(1 / years) − 1) × 100, rounded once.
 * The root is irrational in general, so it is computed to 40 significant digits before the single rounding.
 *
 * @param first - the value at the start
 * @param last - the value after `years` years
 * @param years - number of years between them (> 0)
 * @param places - decimal places of the percentage, 2 by default
 * @param rounding - rounding mode, `half-up` by default
 * @returns the percentage, or `undefined` when `first` is zero or the two have opposite signs
 * @example
 * ```ts
 * cagr(100, 121, 2) // "10.00"
 * ```
 */
export function cagr(
  first: number | string,
  last: number | string,
  years: number,
  places = 2,
  rounding: RoundingMode = 'half-up',
): string | undefined {
  if (!(years > 0)) throw new RangeError(`years must be positive / 年数须为正: ${years}`);
  const f = requireDecimal(first, 'first');
  const l = requireDecimal(last, 'last');
  const ratio = arith.divRound(l, f, 40, 'half-up');
  if (ratio === undefined || arith.isNegative(ratio) || (arith.isZero(ratio) && !arith.isZero(l)))
    return undefined;
  const root = arith.nthRoot(ratio, years);
  return arith.round(arith.shift(arith.sub(root, '1'), 2), places, rounding);
}
