import * as arith from '../internal/arith.js';
import { Rate } from '../rate.js';
import { type RoundingMode, requireDecimal } from '../rounding.js';

/**
 * An exact difference in percentage points (百分点) between two rates. `String()` gives the exact decimal; when the
 * difference does not terminate (1/3 − 1/6 of a percent…), use `toFixed(places, rounding)`.
 *
 * @example
 * ```ts
 * const change = ppChange('94.2', '96.5'); // a PercentagePoints
 * String(change);      // "2.3" (百分点, not per cent)
 * change.toFixed(2);   // "2.30"
 * ```
 */
export class PercentagePoints {
  readonly #numerator: bigint;
  readonly #denominator: bigint;

  /**
   * Prefer {@link ppChange}.
   * @param numerator - numerator of the exact difference in points
   * @param denominator - positive denominator
   */
  constructor(numerator: bigint, denominator: bigint) {
    this.#numerator = numerator;
    this.#denominator = denominator;
  }

  /**
   * The difference rounded to `places` decimals.
   * @param places - decimal places
   * @param rounding - rounding mode, `half-up` by default
   * @returns e.g. `"2.30"`
   * @example
   * ```ts
   * ppChange('94.2', '96.5').toFixed(2) // "2.30"
   * ```
   */
  toFixed(places: number, rounding: RoundingMode = 'half-up'): string {
    return arith.roundFraction(this.#numerator, this.#denominator, places, rounding);
  }

  /**
   * The exact decimal when it terminates, otherwise the value rounded half-up to 12 places.
   * @returns e.g. `"2.3"`
   * @example
   * ```ts
   * String(ppChange('94.2', '96.5')) // "2.3"
   * ```
   */
  toString(): string {
    const n = this.#numerator.toString();
    const d = this.#denominator.toString();
    return arith.divExact(n, d) ?? this.toFixed(12);
  }

  /**
   * @returns the same as `toString()`, so JSON carries the decimal string
   * @example
   * ```ts
   * JSON.stringify({ change: ppChange('1', '2') }) // {"change":"1"}
   * ```
   */
  toJSON(): string {
    return this.toString();
  }
}

function asFraction(r: Rate | number | string, name: string): { n: bigint; d: bigint } {
  if (r instanceof Rate) {
    if (!r.isDefined) throw new RangeError(`${name} rate is undefined / ${name} 比率无定义`);
    const num = arith.toFraction(arith.shift(r.numerator, 2));
    const den = arith.toFraction(r.denominator);
    return { n: num.n * den.d, d: num.d * den.n };
  }
  return arith.toFraction(requireDecimal(r, name));
}

/**
 * The change between two rates in percentage points (百分点): 94.2% → 96.5% is +2.3 points, not +2.44%.
 * Rates are taken exactly (from their numerators and denominators); strings and numbers are percentages.
 *
 * @param previous - the earlier rate: a {@link Rate} or a percentage such as `"94.2"`
 * @param current - the later rate
 * @returns the exact difference in points
 * @throws RangeError when a Rate is undefined
 * @example
 * ```ts
 * String(ppChange('94.2', '96.5'))             // "2.3"
 * ppChange(rate(1, 3), rate(1, 2)).toFixed(2)  // "16.67"
 * ```
 */
export function ppChange(
  previous: Rate | number | string,
  current: Rate | number | string,
): PercentagePoints {
  const a = asFraction(previous, 'previous');
  const b = asFraction(current, 'current');
  let n = b.n * a.d - a.n * b.d;
  let d = a.d * b.d;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  return new PercentagePoints(n, d);
}
