import * as arith from '../internal/arith.js';
import { exactRatio, mantissaOf, placesOf, pow10, roundRatio } from '../internal/whole.js';
import { Rate, rateDenominator, rateNumerator } from '../rate.js';
import { checkPlaces, checkRounding, type RoundingMode, requireDecimal } from '../rounding.js';

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
  // The difference as safe integers #n / #d when Numbers hold it (NaN otherwise), else as BigInts. Assigned in
  // the constructor rather than by field initialisers, which V8 runs through a slower path.
  readonly #n: number;
  readonly #d: number;
  readonly #bigN: bigint;
  readonly #bigD: bigint;

  /**
   * Prefer {@link ppChange}.
   * @param numerator - numerator of the exact difference in points
   * @param denominator - positive denominator
   */
  constructor(numerator: bigint | number, denominator: bigint | number) {
    if (
      typeof numerator === 'number' &&
      typeof denominator === 'number' &&
      Number.isSafeInteger(numerator) &&
      Number.isSafeInteger(denominator)
    ) {
      this.#n = numerator;
      this.#d = denominator;
      this.#bigN = 0n;
      this.#bigD = 1n;
    } else {
      this.#n = Number.NaN;
      this.#d = Number.NaN;
      this.#bigN = BigInt(numerator);
      this.#bigD = BigInt(denominator);
    }
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
    checkPlaces(places);
    checkRounding(rounding);
    if (!Number.isNaN(this.#d)) {
      const s = roundRatio(this.#n, this.#d, 0, places, rounding);
      if (s !== undefined) return s;
    }
    const [n, d] = this.#bigints();
    return arith.roundFraction(n, d, places, rounding);
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
    if (!Number.isNaN(this.#d)) {
      const e = exactRatio(this.#n, this.#d);
      if (e !== null) return e ?? this.toFixed(12);
    }
    const [n, d] = this.#bigints();
    return arith.divExact(n.toString(), d.toString()) ?? this.toFixed(12);
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

  #bigints(): [bigint, bigint] {
    return !Number.isNaN(this.#d) ? [BigInt(this.#n), BigInt(this.#d)] : [this.#bigN, this.#bigD];
  }
}

/** A rate in percent as num / den of safe integers (a Rate n/d is 100·n / d): the numerator, NaN if unsafe. */
function pointsNumerator(r: Rate | number | string): number {
  if (r instanceof Rate) return 100 * rateNumerator(r);
  return mantissaOf(typeof r === 'number' ? String(r) : r, true);
}

/** The denominator to {@link pointsNumerator}: zero for an undefined Rate. */
function pointsDenominator(r: Rate | number | string): number {
  if (r instanceof Rate) return rateDenominator(r);
  return pow10(placesOf(typeof r === 'number' ? String(r) : r));
}

function fractionIn(r: Rate | number | string, name: string): { n: bigint; d: bigint } {
  if (r instanceof Rate) {
    if (!r.isDefined) throw undefinedRate(name);
    const num = arith.toFraction(r.numerator);
    const den = arith.toFraction(r.denominator);
    return { n: num.n * den.d * 100n, d: num.d * den.n };
  }
  return arith.toFraction(requireDecimal(r, name));
}

function undefinedRate(name: string): RangeError {
  return new RangeError(`${name} rate is undefined / ${name} 比率无定义`);
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
  const an = pointsNumerator(previous);
  const ad = pointsDenominator(previous);
  if (ad === 0) throw undefinedRate('previous');
  // Checked in order, so that an invalid `previous` is reported before `current`.
  if (Number.isSafeInteger(an) && !Number.isNaN(ad)) {
    const bn = pointsNumerator(current);
    const bd = pointsDenominator(current);
    if (bd === 0) throw undefinedRate('current');
    // Each product below 2^53 is exact; a larger one shows as unsafe and takes BigInt.
    const n = bn * ad - an * bd;
    const d = ad * bd;
    if (Number.isSafeInteger(bn * ad) && Number.isSafeInteger(an * bd) && Number.isSafeInteger(n)) {
      if (Number.isSafeInteger(d)) return d < 0 ? new PercentagePoints(-n, -d) : new PercentagePoints(n, d);
    }
  }
  const x = fractionIn(previous, 'previous');
  const y = fractionIn(current, 'current');
  let n = y.n * x.d - x.n * y.d;
  let d = x.d * y.d;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  return new PercentagePoints(n, d);
}
