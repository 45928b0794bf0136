import * as arith from './internal/arith.js';
import { checkPlaces, type RoundingMode, requireDecimal } from './rounding.js';

/** Why a rate has no value. */
export type UndefinedRateReason = 'zero_denominator';

/** What a rate is computed over, e.g. `concluded` (审结) or `judged` (判决) for a loss rate. */
export type RateBasis = string;

/**
 * A ratio that keeps its inputs: numerator, denominator and the basis the denominator stands for. Its value is
 * only ever rendered by rounding the exact ratio once, with a named rounding mode.
 *
 * A zero denominator gives an undefined rate (`isDefined === false`, `reason === 'zero_denominator'`), never NaN.
 *
 * @example
 * ```ts
 * const r = rate(44180, 45771, 'cases');
 * r.toPercent(2)              // "96.52"
 * r.toPercent(0, 'truncate')  // "96"
 * ```
 */
export class Rate {
  /** The numerator as a canonical decimal string. */
  readonly numerator: string;
  /** The denominator as a canonical decimal string. */
  readonly denominator: string;
  /** What the denominator counts (`concluded`, `judged`, `cases` …), when known. */
  readonly basis: RateBasis | undefined;

  /**
   * Prefer {@link rate}; the constructor takes canonical decimal strings.
   * @param numerator - canonical decimal string
   * @param denominator - canonical decimal string
   * @param basis - what the denominator counts
   */
  constructor(numerator: string, denominator: string, basis?: RateBasis) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.basis = basis;
  }

  /** `true` unless the denominator is zero. */
  get isDefined(): boolean {
    return !arith.isZero(this.denominator);
  }

  /** Why the rate is undefined, or `undefined` when it is defined. */
  get reason(): UndefinedRateReason | undefined {
    return this.isDefined ? undefined : 'zero_denominator';
  }

  /**
   * The rate as a percentage rounded once from the exact ratio.
   * @param places - decimal places, 2 by default
   * @param rounding - rounding mode, `half-up` (四舍五入) by default
   * @returns the percentage with exactly `places` decimals, e.g. `"96.52"`
   * @throws RangeError when the rate is undefined (check {@link Rate.isDefined} first)
   * @example
   * ```ts
   * rate(1, 8).toPercent(0, 'half-even') // "12"
   * ```
   */
  toPercent(places = 2, rounding: RoundingMode = 'half-up'): string {
    return this.#round(arith.shift(this.numerator, 2), places, rounding);
  }

  /**
   * The rate as a fraction (0.9652 rather than 96.52) rounded once from the exact ratio; also the value of
   * ratios that are not percentages, such as disposition time in days.
   * @param places - decimal places, 4 by default
   * @param rounding - rounding mode, `half-up` by default
   * @returns the value with exactly `places` decimals
   * @throws RangeError when the rate is undefined
   * @example
   * ```ts
   * rate(1, 8).toDecimal(3) // "0.125"
   * ```
   */
  toDecimal(places = 4, rounding: RoundingMode = 'half-up'): string {
    return this.#round(this.numerator, places, rounding);
  }

  /**
   * The exact value as a canonical decimal when the ratio terminates (1/8 → "0.125"), otherwise `undefined`
   * (1/3), as it is when the rate is undefined.
   * @returns the exact decimal or `undefined`
   * @example
   * ```ts
   * rate(1, 8).exact() // "0.125"
   * ```
   */
  exact(): string | undefined {
    return arith.divExact(this.numerator, this.denominator);
  }

  /**
   * A copy of this rate with another basis label.
   * @param basis - what the denominator counts
   * @returns the relabelled rate
   * @example
   * ```ts
   * rate(12, 54).withBasis('concluded').basis // "concluded"
   * ```
   */
  withBasis(basis: RateBasis): Rate {
    return new Rate(this.numerator, this.denominator, basis);
  }

  /**
   * @returns `"12/54 (concluded)"`-style text
   * @example
   * ```ts
   * String(rate(12, 54, 'concluded')) // "12/54 (concluded)"
   * ```
   */
  toString(): string {
    return `${this.numerator}/${this.denominator}${this.basis ? ` (${this.basis})` : ''}`;
  }

  /**
   * @returns a JSON-safe object: numerator, denominator, basis, and the percentage to 2 places when defined
   * @example
   * ```ts
   * JSON.stringify(rate(1, 8)) // {"numerator":"1","denominator":"8","percent":"12.50"}
   * ```
   */
  toJSON(): { numerator: string; denominator: string; basis?: string; percent?: string } {
    return {
      numerator: this.numerator,
      denominator: this.denominator,
      ...(this.basis === undefined ? {} : { basis: this.basis }),
      ...(this.isDefined ? { percent: this.toPercent(2) } : {}),
    };
  }

  #round(numerator: string, places: number, rounding: RoundingMode): string {
    const r = arith.divRound(numerator, this.denominator, checkPlaces(places), rounding);
    if (r === undefined) {
      throw new RangeError(`Rate ${this} is undefined: zero denominator / 分母为零，比率无定义`);
    }
    return r;
  }
}

/**
 * Makes a {@link Rate} from a numerator and a denominator.
 *
 * @param numerator - a number or decimal string (e.g. cases that succeeded)
 * @param denominator - a number or decimal string (e.g. cases mediated)
 * @param basis - what the denominator counts, recorded on the rate
 * @returns the rate; undefined (not NaN) when the denominator is zero
 * @throws TypeError when an input is not a finite decimal
 * @example
 * ```ts
 * rate(44180, 45771).toPercent(2) // "96.52"
 * rate(3, 0).isDefined            // false
 * ```
 */
export function rate(numerator: number | string, denominator: number | string, basis?: RateBasis): Rate {
  return new Rate(requireDecimal(numerator, 'numerator'), requireDecimal(denominator, 'denominator'), basis);
}

/**
 * `true` when the value is a {@link Rate}.
 * @param value - anything
 * @returns whether it is a Rate
 * @example
 * ```ts
 * isRate(rate(1, 2)) // true
 * ```
 */
export function isRate(value: unknown): value is Rate {
  return value instanceof Rate;
}
