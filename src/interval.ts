import * as arith from './internal/arith.js';

/** One end of an {@link Interval}. */
export interface Bound {
  /** The end point as a canonical decimal string. */
  readonly value: string;
  /** Whether the end point itself belongs to the interval (以上/以下 include it; 余/超过/不足/近 do not). */
  readonly inclusive: boolean;
}

/**
 * The set of values a qualified figure allows: "1.5万余" is (15000, ∞), "98%以上" is [98, ∞), an exact 12 is
 * [12, 12]. A missing end is unbounded.
 */
export interface Interval {
  /** Lower end, or `undefined` for −∞. */
  readonly lower?: Bound;
  /** Upper end, or `undefined` for +∞. */
  readonly upper?: Bound;
}

/**
 * The interval holding exactly one value.
 * @param value - a canonical decimal string
 * @returns [value, value]
 * @example
 * ```ts
 * pointInterval('12') // { lower: { value: '12', inclusive: true }, upper: { value: '12', inclusive: true } }
 * ```
 */
export function pointInterval(value: string): Interval {
  const b = { value, inclusive: true };
  return { lower: b, upper: b };
}

/**
 * `true` when the interval holds exactly one value.
 * @param i - an interval
 * @returns whether it is a single point
 * @example
 * ```ts
 * isPoint(pointInterval('3')) // true
 * ```
 */
export function isPoint(i: Interval): boolean {
  return (
    i.lower !== undefined &&
    i.upper !== undefined &&
    i.lower.inclusive &&
    i.upper.inclusive &&
    arith.cmp(i.lower.value, i.upper.value) === 0
  );
}

function addBound(
  a: Bound | undefined,
  b: Bound | undefined,
  op: (x: string, y: string) => string,
): Bound | undefined {
  if (a === undefined || b === undefined) return undefined;
  return { value: op(a.value, b.value), inclusive: a.inclusive && b.inclusive };
}

/**
 * The interval of a + b for every a in `x` and b in `y`: what a sum of qualified figures can be.
 * @param x - first interval
 * @param y - second interval
 * @returns their sum
 * @example
 * ```ts
 * addIntervals(pointInterval('2'), { lower: { value: '600', inclusive: false } }) // (602, ∞)
 * ```
 */
export function addIntervals(x: Interval, y: Interval): Interval {
  const lower = addBound(x.lower, y.lower, arith.add);
  const upper = addBound(x.upper, y.upper, arith.add);
  return { ...(lower ? { lower } : {}), ...(upper ? { upper } : {}) };
}

/**
 * The interval of a − b for every a in `x` and b in `y`.
 * @param x - minuend interval
 * @param y - subtrahend interval
 * @returns their difference
 * @example
 * ```ts
 * subtractIntervals(pointInterval('118'), pointInterval('9')) // [109, 109]
 * ```
 */
export function subtractIntervals(x: Interval, y: Interval): Interval {
  const lower = addBound(x.lower, y.upper, arith.sub);
  const upper = addBound(x.upper, y.lower, arith.sub);
  return { ...(lower ? { lower } : {}), ...(upper ? { upper } : {}) };
}

/**
 * `true` when every value of `x` is greater than every value of `y`: "x exceeds y" with certainty.
 * @param x - the supposed larger interval
 * @param y - the supposed smaller interval
 * @returns whether x lies entirely above y
 * @example
 * ```ts
 * definitelyGreater(pointInterval('13'), pointInterval('12')) // true
 * definitelyGreater({ lower: { value: '600', inclusive: false } }, pointInterval('700')) // false: 600余 may be 650
 * ```
 */
export function definitelyGreater(x: Interval, y: Interval): boolean {
  if (x.lower === undefined || y.upper === undefined) return false;
  const c = arith.cmp(x.lower.value, y.upper.value);
  return c > 0 || (c === 0 && !(x.lower.inclusive && y.upper.inclusive));
}

/**
 * `true` when the two intervals share at least one value: a sum that may equal its total.
 * @param x - an interval
 * @param y - an interval
 * @returns whether they overlap
 * @example
 * ```ts
 * overlaps(pointInterval('23'), { lower: { value: '20', inclusive: false } }) // true
 * ```
 */
export function overlaps(x: Interval, y: Interval): boolean {
  return !definitelyGreater(x, y) && !definitelyGreater(y, x);
}

/**
 * `true` when the value lies inside the interval.
 * @param i - an interval
 * @param value - a number or decimal string
 * @returns whether i contains value
 * @example
 * ```ts
 * contains({ lower: { value: '98', inclusive: true } }, '98') // true
 * ```
 */
export function contains(i: Interval, value: number | string): boolean {
  const v = arith.canonical(value);
  if (v === undefined) return false;
  return overlaps(i, pointInterval(v));
}

/**
 * Human-readable interval notation, e.g. `(15000, ∞)` or `[12, 12]`.
 * @param i - an interval
 * @returns the notation
 * @example
 * ```ts
 * formatInterval({ lower: { value: '15000', inclusive: false } }) // "(15000, ∞)"
 * ```
 */
export function formatInterval(i: Interval): string {
  const lo = i.lower ? `${i.lower.inclusive ? '[' : '('}${i.lower.value}` : '(-∞';
  const hi = i.upper ? `${i.upper.value}${i.upper.inclusive ? ']' : ')'}` : '∞)';
  return `${lo}, ${hi}`;
}
