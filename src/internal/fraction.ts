/**
 * Exact BigInt fractions of decimal strings: the path for whole numbers beyond 2^53 and for decimals the Number
 * path cannot hold. A plain decimal ("-123456789012345678901.5") is read digit for digit; only other notations
 * (exponents, a leading "+") go through `arith`.
 * @internal
 */
import * as arith from './arith.js';

/**
 * The decimal as n / d with d a power of ten.
 * @param s - a canonical decimal string (already checked, e.g. by `rate()`)
 * @returns the fraction
 * @example
 * ```ts
 * fractionOf('-12.5') // { n: -125n, d: 10n }
 * ```
 */
export function fractionOf(s: string): { n: bigint; d: bigint } {
  const len = s.length;
  const start = s.charCodeAt(0) === 45 ? 1 : 0;
  let dot = -1;
  for (let k = start; k < len; k++) {
    const c = s.charCodeAt(k);
    if (c === 46 && dot < 0 && k > start && k < len - 1) dot = k;
    else if (c < 48 || c > 57) return arith.toFraction(s);
  }
  if (len === start) return arith.toFraction(s);
  if (dot < 0) return { n: BigInt(s), d: 1n };
  return { n: BigInt(s.slice(0, dot) + s.slice(dot + 1)), d: 10n ** BigInt(len - dot - 1) };
}
