import * as arith from './internal/arith.js';
import type { Qualifier } from './quantity.js';

/** What {@link parseQuantity} reads from a figure as printed. */
export interface ParsedQuantity {
  /** The value with 万/亿 magnitudes applied, as a canonical decimal ("1.5万" → "15000"). */
  readonly value: string;
  /** The qualifier the words around the number signal. */
  readonly qualifier: Qualifier;
  /** Upper end of a range ("10至20"). */
  readonly upper?: string;
  /** The measure word or unit after the number as printed ("名", "件", "万元" → "元", "%"). */
  readonly unitText?: string;
}

const MAGNITUDE: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };
const NUM = String.raw`(\d+(?:\.\d+)?)`;
// 十/百/千 alone or before 万/亿/万亿 (千万 = 10^7, 万亿 = 10^12); not the 千 of 千克/千米/千瓦, nor 百分点, 千分之.
const SMALL_MAG = '(?:十|百|千(?![克米瓦]))(?!分)';
const MAG = `((?:${SMALL_MAG})?(?:万亿|万|亿)|${SMALL_MAG})`;
const PREFIX = '(约|大约|近|将近|超过|逾|不足|不到|不少于|不低于|不超过|不高于|至少|至多|未满|达|共|累计)?';
const SUFFIX = '(余|多|以上|以下|以内|左右|上下)?';
const FIGURE_RE = new RegExp(
  `^${PREFIX}${NUM}${MAG}?${SUFFIX}(?:(?:至|到|-|~|—)${NUM}${MAG}?)?${MAG}?${SUFFIX}(%|[\\u4e00-\\u9fa5]{0,2})?${SUFFIX}$`,
);

const PREFIX_QUALIFIER: Readonly<Record<string, Qualifier>> = {
  约: 'approx',
  大约: 'approx',
  近: 'lessThan',
  将近: 'lessThan',
  不足: 'lessThan',
  不到: 'lessThan',
  未满: 'lessThan',
  超过: 'moreThan',
  逾: 'moreThan',
  不少于: 'atLeast',
  不低于: 'atLeast',
  至少: 'atLeast',
  不超过: 'atMost',
  不高于: 'atMost',
  至多: 'atMost',
};

const SUFFIX_QUALIFIER: Readonly<Record<string, Qualifier>> = {
  余: 'moreThan',
  多: 'moreThan',
  以上: 'atLeast',
  以下: 'atMost',
  以内: 'atMost',
  左右: 'approx',
  上下: 'approx',
};

/** The figure times its magnitude, or `undefined` when the result is past the decimal limits. */
function scale(num: string, magnitude: string | undefined): string | undefined {
  const c = arith.canonical(num);
  if (c === undefined || !magnitude) return c;
  let power = 0;
  for (const ch of magnitude) power += MAGNITUDE[ch] ?? 0;
  return arith.canonical(arith.shift(c, power));
}

/**
 * Reads one figure as Chinese reports print it: digits with 万/亿 magnitudes, qualifiers before or after
 * (约, 近, 超过, 不足, 余, 多, 以上, 以下, 左右), ranges (10至20), and the unit or measure word after it.
 *
 * @param text - the figure, e.g. `"1.5万余名"`, `"98%以上"`, `"671.14万元"`, `"近3000人"`
 * @returns the value, qualifier and unit text, or `undefined` when the text is not one figure
 * @example
 * ```ts
 * parseQuantity('1.5万余名')  // { value: '15000', qualifier: 'moreThan', unitText: '名' }
 * parseQuantity('98%以上')    // { value: '98', qualifier: 'atLeast', unitText: '%' }
 * parseQuantity('671.14万元') // { value: '6711400', qualifier: 'exact', unitText: '元' }
 * ```
 */
export function parseQuantity(text: string): ParsedQuantity | undefined {
  const m = FIGURE_RE.exec(text.trim().replace(/,/g, ''));
  if (!m) return undefined;
  const [, prefix, num, mag, suffix1, upperNum, upperMag, trailingMag, suffix2, unit, suffix3] = m;
  if (num === undefined) return undefined;
  const magnitude = mag ?? trailingMag;
  const suffix = suffix1 ?? suffix2 ?? suffix3;
  if ([suffix1, suffix2, suffix3].filter(Boolean).length > 1) return undefined;
  const value = scale(num, upperNum !== undefined ? (mag ?? upperMag ?? trailingMag) : magnitude);
  if (value === undefined) return undefined;
  let qualifier: Qualifier = 'exact';
  if (prefix && PREFIX_QUALIFIER[prefix]) qualifier = PREFIX_QUALIFIER[prefix];
  if (suffix && SUFFIX_QUALIFIER[suffix]) {
    if (qualifier !== 'exact') return undefined;
    qualifier = SUFFIX_QUALIFIER[suffix];
  }
  let upper: string | undefined;
  if (upperNum !== undefined) {
    if (qualifier !== 'exact') return undefined;
    qualifier = 'range';
    upper = scale(upperNum, upperMag ?? trailingMag ?? mag);
    if (upper === undefined) return undefined;
  }
  const unitText = unit ? unit : undefined;
  return {
    value,
    qualifier,
    ...(upper === undefined ? {} : { upper }),
    ...(unitText === undefined ? {} : { unitText }),
  };
}
