import * as arith from './internal/arith.js';
import {
  exactRatio,
  formatScaled,
  mantissaOf,
  placesOf,
  pow10,
  roundRatio,
  trimZeros,
} from './internal/whole.js';
import { checkPlaces, checkRounding, type RoundingMode, requireDecimal } from './rounding.js';

/** Why a rate has no value. */
export type UndefinedRateReason = 'zero_denominator';

/** What a rate is computed over, e.g. `concluded` (审结) or `judged` (判决) for a loss rate. */
export type RateBasis = string;

// Readers of a rate's exact ratio as safe integers, for the integer paths of other modules (set by the class).
let numeratorOf: (r: Rate) => number;
let denominatorOf: (r: Rate) => number;

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
  // Fields are assigned in the constructor, never by class-field initialisers: V8 defines initialised fields
  // through a slower path, which costs as much as the rounding itself on the integer path.
  // Canonical strings, built on first read when the rate was made from whole Numbers.
  #numerator: string | undefined;
  #denominator: string | undefined;
  // The exact ratio as safe integers #n / #d, NaN when only BigInt holds it: the integer path of every method.
  #n: number;
  #d: number;
  /** What the denominator counts (`concluded`, `judged`, `cases` …), when known. */
  declare readonly basis: RateBasis | undefined;

  /**
   * The same as {@link rate}.
   * @param numerator - a number or decimal string
   * @param denominator - a number or decimal string
   * @param basis - what the denominator counts
   * @throws TypeError when an input is not a finite decimal
   */
  constructor(numerator: number | string, denominator: number | string, basis?: RateBasis) {
    // Small on purpose: V8 inlines it into `rate()` and its callers on the integer path.
    this.basis = basis;
    this.#numerator = undefined;
    this.#denominator = undefined;
    if (
      typeof numerator === 'number' &&
      typeof denominator === 'number' &&
      Number.isSafeInteger(numerator) &&
      Number.isSafeInteger(denominator)
    ) {
      this.#n = numerator + 0;
      this.#d = denominator + 0;
    } else {
      this.#n = Number.NaN;
      this.#d = Number.NaN;
      this.#fromDecimals(numerator, denominator);
    }
  }

  /** Inputs other than two safe integers: canonical strings, and the integer path when short decimals allow it. */
  #fromDecimals(numerator: number | string, denominator: number | string): void {
    const n = canonicalInput(numerator, 'numerator');
    const d = canonicalInput(denominator, 'denominator');
    this.#numerator = n;
    this.#denominator = d;
    // Short decimals ("12.5", "96") also fit: scale both to the same number of places.
    const mn = mantissaOf(n, true);
    const md = mantissaOf(d, true);
    if (Number.isNaN(mn) || Number.isNaN(md)) return;
    const shift = placesOf(d) - placesOf(n);
    const sn = shift > 0 ? mn * pow10(shift) : mn;
    const sd = shift < 0 ? md * pow10(-shift) : md;
    if (Number.isSafeInteger(sn) && Number.isSafeInteger(sd)) {
      this.#n = sn;
      this.#d = sd;
    }
  }

  static {
    numeratorOf = (r) => r.#n;
    denominatorOf = (r) => r.#d;
  }

  /** The numerator as a canonical decimal string. */
  get numerator(): string {
    this.#numerator ??= `${this.#n}`;
    return this.#numerator;
  }

  /** The denominator as a canonical decimal string. */
  get denominator(): string {
    this.#denominator ??= `${this.#d}`;
    return this.#denominator;
  }

  /** `true` unless the denominator is zero. */
  get isDefined(): boolean {
    const d = this.#d;
    return !Number.isNaN(d) ? d !== 0 : !arith.isZero(this.denominator);
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
    return this.#round(2, places, rounding);
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
    return this.#round(0, places, rounding);
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
    const d = this.#d;
    if (d === 0) return undefined;
    if (!Number.isNaN(d)) {
      const e = exactRatio(this.#n, d);
      if (e !== null) return e;
    }
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

  /**
   * What `console.log` and Node's `util.inspect` show: `Rate { numerator: '12', denominator: '54', basis: … }`
   * (the numerator and denominator are getters, which the default view would hide).
   * @param _depth - unused
   * @param options - the inspect options, passed on
   * @param inspect - Node's `util.inspect`
   * @returns the text
   */
  [Symbol.for('nodejs.util.inspect.custom')](
    _depth: number,
    options: object,
    inspect: (value: unknown, options: object) => string,
  ): string {
    const view = { numerator: this.numerator, denominator: this.denominator, basis: this.basis };
    return `Rate ${inspect(view, options)}`;
  }

  /** n · 10^shift / d rounded once: whole Numbers when they hold it exactly, else BigInt fractions. */
  #round(shift: number, places: number, rounding: RoundingMode): string {
    checkPlaces(places);
    checkRounding(rounding);
    const d = this.#d;
    if (!Number.isNaN(d) && d !== 0) {
      const s = roundRatio(this.#n, d, shift, places, rounding);
      if (s !== undefined) return s;
    }
    return this.#roundBig(shift, places, rounding);
  }

  // Apart from #round so that the integer path stays small enough for V8 to inline.
  #roundBig(shift: number, places: number, rounding: RoundingMode): string {
    const a = arith.toFraction(this.numerator);
    const b = arith.toFraction(this.denominator);
    if (b.n === 0n) {
      throw new RangeError(`Rate ${this} is undefined: zero denominator / 分母为零，比率无定义`);
    }
    return arith.roundFraction(a.n * b.d * 10n ** BigInt(shift), a.d * b.n, places, rounding);
  }
}

/**
 * @internal The numerator of a rate's exact ratio as a safe integer, NaN when it needs BigInt: with
 * {@link rateDenominator}, the entry to the integer paths of `compareReported` and `ppChange`.
 * @param r - a rate
 * @returns the numerator of the ratio (not always `r.numerator`: short decimals are scaled to whole numbers)
 */
export function rateNumerator(r: Rate): number {
  return numeratorOf(r);
}

/**
 * @internal The denominator of a rate's exact ratio as a safe integer (zero for an undefined rate), NaN when it
 * needs BigInt.
 * @param r - a rate
 * @returns the denominator of the ratio
 */
export function rateDenominator(r: Rate): number {
  return denominatorOf(r);
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
  return new Rate(numerator, denominator, basis);
}

/** A number or decimal string as a canonical decimal ("012.50" → "12.5"), plain ones without decimal.js. */
function canonicalInput(value: number | string, what: string): string {
  if (typeof value === 'string') {
    const m = mantissaOf(value, true);
    if (!Number.isNaN(m)) return trimZeros(formatScaled(m < 0 ? -m : m, placesOf(value), m < 0));
  }
  return requireDecimal(value, what);
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
