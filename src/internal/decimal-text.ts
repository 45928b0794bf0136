/**
 * Reading decimals written as text (`"96.52"`, `"-3"`, `".5"`, `"1.5e4"`) in one linear pass, within the format's
 * limits: no regular expression that could backtrack, no expansion of an exponent before its size is known.
 * @internal
 */
import { LIMITS } from '../limits.js';

/** Why a text is not a decimal fazhi accepts: bad syntax, or one of the limits exceeded. */
export type DecimalProblem = 'syntax' | 'maxDecimalLength' | 'maxDecimalExponent' | 'maxDecimalDigits';

/** A decimal read from text: its sign, its significant digits and where the point goes. */
export interface DecimalParts {
  readonly negative: boolean;
  /** The digits without leading or trailing zeros; `''` for zero. */
  readonly digits: string;
  /** How many of `digits` stand before the point (may be negative or exceed their count). */
  readonly point: number;
}

/**
 * The decimal syntax as a pattern (for JSON Schema and documentation); linear: no quantifiers that can match the
 * same text two ways.
 */
export const DECIMAL_PATTERN = '^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?$';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Reads a decimal written as text (no surrounding spaces): `[+-]digits[.digits][e[+-]digits]`, with digits on
 * at least one side of the point.
 *
 * @param s - the text
 * @param limited - apply the length and digit limits (inputs); `false` for fazhi's own intermediate results, which
 *   may be longer than any input (a sum, a shifted numerator). The exponent limit always applies.
 * @returns the parts, or why the text is not an accepted decimal
 * @example
 * ```ts
 * readDecimal('1.50e2') // { negative: false, digits: '15', point: 3 }
 * readDecimal('1e999')  // 'maxDecimalExponent'
 * ```
 */
export function readDecimal(s: string, limited = true): DecimalParts | DecimalProblem {
  const len = s.length;
  if (limited && len > LIMITS.maxDecimalLength) return 'maxDecimalLength';
  let i = 0;
  let negative = false;
  const c0 = s.charCodeAt(0);
  if (c0 === 43 || c0 === 45) {
    negative = c0 === 45;
    i = 1;
  }
  const intStart = i;
  while (i < len && isDigit(s.charCodeAt(i))) i++;
  const intEnd = i;
  let fracStart = i;
  let fracEnd = i;
  if (i < len && s.charCodeAt(i) === 46) {
    i++;
    fracStart = i;
    while (i < len && isDigit(s.charCodeAt(i))) i++;
    fracEnd = i;
  }
  if (intEnd === intStart && fracEnd === fracStart) return 'syntax';
  let exponent = 0;
  if (i < len) {
    const e = s.charCodeAt(i);
    if (e !== 101 && e !== 69) return 'syntax';
    i++;
    let expNegative = false;
    const sign = s.charCodeAt(i);
    if (sign === 43 || sign === 45) {
      expNegative = sign === 45;
      i++;
    }
    const expStart = i;
    while (i < len && isDigit(s.charCodeAt(i))) {
      // Stops growing once past the limit, so a thousand-digit exponent costs nothing more.
      if (exponent <= LIMITS.maxDecimalExponent) exponent = exponent * 10 + (s.charCodeAt(i) - 48);
      i++;
    }
    if (i === expStart || i < len) return 'syntax';
    if (exponent > LIMITS.maxDecimalExponent) return 'maxDecimalExponent';
    if (expNegative) exponent = -exponent;
  }
  // Significant digits: from the first non-zero digit to the last one, across the point.
  const all = s.slice(intStart, intEnd) + s.slice(fracStart, fracEnd);
  let first = 0;
  while (first < all.length && all.charCodeAt(first) === 48) first++;
  if (first === all.length) return { negative: false, digits: '', point: 0 };
  let last = all.length;
  while (all.charCodeAt(last - 1) === 48) last--;
  const digits = all.slice(first, last);
  const point = intEnd - intStart + exponent - first;
  if (limited && writtenDigits(digits.length, point) > LIMITS.maxDecimalDigits) return 'maxDecimalDigits';
  return { negative, digits, point };
}

/** How many digits the canonical form of a non-zero decimal has (its sign and point not counted). */
function writtenDigits(count: number, point: number): number {
  if (point >= count) return point;
  if (point > 0) return count;
  return 1 - point + count;
}

/**
 * The canonical form of decimal parts: no exponent, no leading `+`, no superfluous zeros, `"0"` for zero.
 *
 * @param p - parts from {@link readDecimal}
 * @returns the canonical decimal string
 * @example
 * ```ts
 * canonicalOf({ negative: true, digits: '125', point: 0 }) // "-0.125"
 * ```
 */
export function canonicalOf(p: DecimalParts): string {
  const { digits, point } = p;
  if (digits === '') return '0';
  let body: string;
  if (point >= digits.length) body = digits + '0'.repeat(point - digits.length);
  else if (point > 0) body = `${digits.slice(0, point)}.${digits.slice(point)}`;
  else body = `0.${'0'.repeat(-point)}${digits}`;
  return p.negative ? `-${body}` : body;
}

/**
 * Decimal places of a decimal as written, its printed precision: `"6.20"` → 2, `"96"` → 0, `"9.65e1"` → 1,
 * `"6e-67"` → 67. Only for text {@link readDecimal} accepts.
 *
 * @param s - the text
 * @returns the places, 0 or more
 * @example
 * ```ts
 * writtenPlaces('96.50') // 2
 * ```
 */
export function writtenPlaces(s: string): number {
  let i = 0;
  const len = s.length;
  while (i < len && s.charCodeAt(i) !== 46 && s.charCodeAt(i) !== 101 && s.charCodeAt(i) !== 69) i++;
  let places = 0;
  if (s.charCodeAt(i) === 46) {
    const start = ++i;
    while (i < len && isDigit(s.charCodeAt(i))) i++;
    places = i - start;
  }
  if (i < len) {
    const exponent = Number(s.slice(i + 1));
    if (Number.isFinite(exponent)) places -= exponent;
  }
  return Math.max(0, places);
}

/**
 * A bilingual description of a {@link DecimalProblem}, for messages.
 *
 * @param problem - the problem
 * @returns the English and Chinese phrases
 * @example
 * ```ts
 * describeDecimalProblem('maxDecimalExponent')[0] // "its exponent is beyond ±100"
 * ```
 */
export function describeDecimalProblem(problem: DecimalProblem): readonly [string, string] {
  switch (problem) {
    case 'syntax':
      return ['it is not a decimal such as "12" or "96.52"', '不是 "12"、"96.52" 这样的数'];
    case 'maxDecimalLength':
      return [
        `it is longer than ${LIMITS.maxDecimalLength} characters`,
        `长度超过 ${LIMITS.maxDecimalLength} 个字符`,
      ];
    case 'maxDecimalExponent':
      return [
        `its exponent is beyond ±${LIMITS.maxDecimalExponent}`,
        `指数超出 ±${LIMITS.maxDecimalExponent}`,
      ];
    case 'maxDecimalDigits':
      return [
        `written out it has more than ${LIMITS.maxDecimalDigits} digits`,
        `完整写出超过 ${LIMITS.maxDecimalDigits} 位数字`,
      ];
  }
}
