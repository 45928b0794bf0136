/** Finds every figure of a report text — quantities, percentages, dates, years, codes — with its span. */
import * as arith from '../internal/arith.js';
import type { Qualifier } from '../quantity.js';
import { parseChineseNumeral } from './chinese-numeral.js';

/**
 * What a figure is as printed: a `quantity` (48件, 1.5万余名), a `percent` (96%, 百分之九十二点四), a change in
 * `percentagePoints` (1.2个百分点), a `multiple` (2.5倍), or a number that is not an indicator value: a `date`
 * (2020年11月30日, 11月30日), a `year` (2024年), a `months` window (1—4月), an `ordinal` (第3批), a `heading`
 * number (1., (2)), a `code` (12345热线, a URL, a time of day) or a `title` (inside 《》).
 */
export type FigureKind =
  | 'quantity'
  | 'percent'
  | 'percentagePoints'
  | 'multiple'
  | 'date'
  | 'year'
  | 'months'
  | 'ordinal'
  | 'heading'
  | 'code'
  | 'title';

/** One figure found in a text. Offsets are UTF-16 code units into the text as read (JavaScript string indices). */
export interface Figure {
  /** Offset of the first character (qualifier words such as 约 or 超过 included). */
  readonly start: number;
  /** Offset just past the last character (the unit, and 以上/左右 after it, included). */
  readonly end: number;
  /** The figure as printed: `text.slice(start, end)`. */
  readonly text: string;
  /** What it is. */
  readonly kind: FigureKind;
  /** The value with 万/亿 applied ("1.5万" → "15000"); for a date, its ISO form; for a year, the year. */
  readonly value: string;
  /** Upper end of a range (10至15件), or the last month of a `months` window. */
  readonly upper?: string;
  /** How the printed figure bounds the true value. */
  readonly qualifier: Qualifier;
  /** The measure word or unit as printed: 件, 人次, 元 (万元 is scaled to 元), %, 个百分点, 倍. */
  readonly unitText?: string;
}

const DIGIT_RUN = '[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?';
const CN_RUN =
  '[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+(?:点[零〇一二三四五六七八九]+)?';
const NUM = `(?:${DIGIT_RUN}|${CN_RUN})`;
const MAGNITUDE = '(?:千万|百万|十万|万|亿|千|百)';
const PREFIX =
  '(?:大约|约|将近|接近|近|超过|逾|不足|不到|不少于|不低于|不超过|不高于|至少|至多|未满|多达|高达|少于|低于|多于)';
// Longest first: 个百分点 before 个, 人次 before 人, 万元 is magnitude + 元.
const UNIT =
  '(?:个百分点|百分点|个工作日|工作日|个月|人次|户次|件次|场次|批次|次数|元|件|宗|起|人|名|位|户|次|场|期|轮|项|个|条|处|批|套|份|部|篇|本|册|卷|家|所|支|天|日|小时|倍|%|％|‰|大类|类|种|座|间|届|年|周|岁|亩|米)';
const RANGE_SEP = '(?:至|到|—|–|-|－|~|～)';
const SUFFIX = '(?:以上|以下|以内|左右|上下)';

const FIGURE_RE = new RegExp(
  [
    // A URL or a time of day: numbers that name, not count.
    String.raw`(?<url>(?:https?:\/\/|www\.)[\x21-\x7e]+)`,
    String.raw`(?<iso>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?)?)`,
    String.raw`(?<clock>\d{1,2}:\d{2}(?::\d{2})?)`,
    // Dates: 2020年11月30日, 11月30日, 2021年8月.
    String.raw`(?<date>(?:(?<dy>\d{4})\s*年\s*)?(?<dm>\d{1,2})\s*月\s*(?<dd>\d{1,2})\s*[日号])`,
    // Windows of months: 1—4月, 2021年1-10月, 1月至4月.
    String.raw`(?<months>(?:(?<wy>\d{4})\s*年\s*)?(?<m1>\d{1,2})\s*(?:月\s*)?${RANGE_SEP}\s*(?<m2>\d{1,2})\s*月(?!\s*[日号\d]))`,
    String.raw`(?<ym>(?<yy>\d{4})\s*年\s*(?<ymm>\d{1,2})\s*月份?)`,
    // Years and spans of years: 2024年, 2024年度, 2021—2025年, 2024版.
    String.raw`(?<years>(?<y1>\d{4})\s*(?:年\s*)?${RANGE_SEP}\s*(?<y2>\d{4})\s*年度?)`,
    String.raw`(?<year>(?<yv>(?:19|20)\d{2})(?=\s*(?:年|版|届|级|[、，,和及与]\s*(?:19|20)\d{2}\s*年))(?:\s*年度?)?)`,
    String.raw`(?<month>(?<mv>\d{1,2})\s*月份?(?![\d日号]))`,
    // Percent written out: 百分之九十二点四, 百分之百.
    `(?<pw>百分之(?<pwn>${NUM}))`,
    // A quantity: [prefix] number [magnitude] [余|多] [magnitude] [to number …] [unit] [以上 …].
    `(?<q>(?<pre>${PREFIX})?(?<n1>${NUM})(?<mag1>${MAGNITUDE})?(?<s1>余|多)?(?<mag2>万|亿)?` +
      `(?:\\s*${RANGE_SEP}\\s*(?<n2>${NUM})(?<mag3>${MAGNITUDE})?)?(?<s2>余|多)?(?<mag4>万|亿)?` +
      `\\s*(?<unit>${UNIT})?(?<suf>${SUFFIX})?)`,
  ].join('|'),
  'gu',
);

const PREFIX_QUALIFIER: Readonly<Record<string, Qualifier>> = {
  约: 'approx',
  大约: 'approx',
  近: 'lessThan',
  将近: 'lessThan',
  接近: 'lessThan',
  不足: 'lessThan',
  不到: 'lessThan',
  未满: 'lessThan',
  少于: 'lessThan',
  低于: 'lessThan',
  超过: 'moreThan',
  多于: 'moreThan',
  逾: 'moreThan',
  多达: 'exact',
  高达: 'exact',
  不少于: 'atLeast',
  不低于: 'atLeast',
  至少: 'atLeast',
  不超过: 'atMost',
  不高于: 'atMost',
  至多: 'atMost',
};

const SUFFIX_QUALIFIER: Readonly<Record<string, Qualifier>> = {
  以上: 'atLeast',
  以下: 'atMost',
  以内: 'atMost',
  左右: 'approx',
  上下: 'approx',
};

const POWER: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

function halfWidth(s: string): string {
  return s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/,/g, '');
}

/** The value of a digit run or a Chinese numeral, or `undefined` when the numeral is not well made. */
function readNumber(raw: string): string | undefined {
  if (/^[0-9０-９]/.test(raw)) {
    // As printed, trailing zeros kept: 30.0% states its precision, which rate checks read.
    const plain = halfWidth(raw).replace(/^0+(?=\d)/, '');
    return arith.canonical(plain) === undefined ? undefined : plain;
  }
  return parseChineseNumeral(raw);
}

function scale(value: string, magnitudes: readonly (string | undefined)[]): string {
  let power = 0;
  for (const m of magnitudes) for (const ch of m ?? '') power += POWER[ch] ?? 0;
  return power === 0 ? value : arith.shift(value, power);
}

const pad = (n: string) => n.padStart(2, '0');

function isoDate(
  year: string | undefined,
  month: string,
  day: string,
  defaultYear?: number,
): string | undefined {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const y = year ?? (defaultYear === undefined ? undefined : String(defaultYear));
  return y === undefined ? `--${pad(month)}-${pad(day)}` : `${y}-${pad(month)}-${pad(day)}`;
}

/** Options of {@link scanFigures}. */
export interface ScanOptions {
  /** The report's year, to complete dates printed without one (11月30日). */
  readonly year?: number;
}

/** A Chinese numeral counts as a figure only when it is a quantity: a unit, % or 倍 after it, and a digit in it. */
function isChineseQuantity(numeral: string, unit: string | undefined, after: string): boolean {
  if (!/[零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]/.test(numeral)) return false;
  // A lone 一 or 两 before a measure word is the article of prose (一个, 一批, 一人一档, 两级), not a count.
  if (numeral === '一' || numeral === '两') return false;
  if (unit === undefined) return false;
  // 一把手, 三个一: a measure word that is the start of a longer word.
  if (unit === '年' && /^[度份级]/.test(after)) return false;
  return true;
}

function lineStartBefore(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i] as string;
    if (c === '\n' || c === '\r') return true;
    if (!/\s/.test(c)) return false;
  }
  return true;
}

function insideTitle(text: string, index: number): boolean {
  const open = text.lastIndexOf('《', index);
  if (open < 0) return false;
  const close = text.lastIndexOf('》', index);
  return close < open && text.indexOf('》', index) > index && text.indexOf('》', index) - open < 120;
}

/**
 * Finds every figure in a text, left to right, without overlaps: each digit, and each Chinese numeral that counts
 * something (三万五千人, 百分之九十), belongs to exactly one figure.
 *
 * @param text - the report text as read
 * @param options - the report's year, for dates printed without one
 * @returns the figures in text order
 * @example
 * ```ts
 * scanFigures('办结23件,调解成功率达98%以上')
 * // [{ kind: 'quantity', value: '23', unitText: '件', … }, { kind: 'percent', value: '98', qualifier: 'atLeast', … }]
 * ```
 */
export function scanFigures(text: string, options: ScanOptions = {}): Figure[] {
  const out: Figure[] = [];
  FIGURE_RE.lastIndex = 0;
  for (let m = FIGURE_RE.exec(text); m !== null; m = FIGURE_RE.exec(text)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const figure = classify(text, m[0], start, end, g, options);
    if (figure === undefined) {
      // Not a figure here (a numeral inside a word, 千家万户): look again one character on.
      FIGURE_RE.lastIndex = start + 1;
      continue;
    }
    if (figure.end !== end) FIGURE_RE.lastIndex = figure.end;
    out.push(figure);
  }
  return out;
}

type Groups = Record<string, string | undefined>;

function classify(
  text: string,
  raw: string,
  start: number,
  end: number,
  g: Groups,
  options: ScanOptions,
): Figure | undefined {
  const base = { start, end, text: raw, qualifier: 'exact' as Qualifier };
  const inTitle = insideTitle(text, start);
  if (g.url !== undefined || g.clock !== undefined) return { ...base, kind: 'code', value: raw };
  if (g.iso !== undefined) {
    const [y, mo, d] = raw.split(/[-/. T]/);
    return { ...base, kind: 'date', value: isoDate(y, mo as string, d as string) ?? raw };
  }
  if (g.date !== undefined) {
    const value = isoDate(g.dy, g.dm as string, g.dd as string, options.year);
    return value === undefined ? undefined : { ...base, kind: inTitle ? 'title' : 'date', value };
  }
  if (g.months !== undefined) {
    const m1 = Number(g.m1);
    const m2 = Number(g.m2);
    if (!(m1 >= 1 && m2 <= 12 && m1 < m2)) return undefined;
    return { ...base, kind: inTitle ? 'title' : 'months', value: String(m1), upper: String(m2) };
  }
  if (g.ym !== undefined) {
    const month = Number(g.ymm);
    if (month < 1 || month > 12) return undefined;
    return { ...base, kind: inTitle ? 'title' : 'date', value: `${g.yy}-${pad(String(month))}` };
  }
  if (g.years !== undefined) {
    return { ...base, kind: inTitle ? 'title' : 'year', value: g.y1 as string, upper: g.y2 as string };
  }
  if (g.year !== undefined) return { ...base, kind: inTitle ? 'title' : 'year', value: g.yv as string };
  if (g.month !== undefined) {
    const month = Number(g.mv);
    if (month < 1 || month > 12) return undefined;
    return { ...base, kind: inTitle ? 'title' : 'date', value: `--${pad(String(month))}` };
  }
  if (g.pw !== undefined) {
    const value = readNumber(g.pwn as string);
    if (value === undefined) return undefined;
    return { ...base, kind: inTitle ? 'title' : 'percent', value, unitText: '%' };
  }
  return quantity(text, raw, start, end, g, inTitle);
}

function quantity(
  text: string,
  matched: string,
  start: number,
  matchEnd: number,
  g: Groups,
  inTitle: boolean,
): Figure | undefined {
  const n1 = g.n1 as string;
  const chinese = !/^[0-9０-９]/.test(n1);
  const unit = g.unit;
  // Blanks the pattern took while looking for a unit that is not there belong to the text, not the figure.
  let trailing = 0;
  if (unit === undefined && g.suf === undefined) {
    while (trailing < matched.length && /\s/.test(matched.charAt(matched.length - 1 - trailing))) trailing++;
  }
  const end = matchEnd - trailing;
  const raw = matched.slice(0, matched.length - trailing);
  let figureEnd = end;
  let shown = raw;
  const after = text.slice(end, end + 2);
  if (chinese && !isChineseQuantity(n1, unit ?? (g.s1 ? 'x' : undefined), after)) {
    // 十四五, 二十大, 一把手: keep the numeral out, unless a unit follows a well-made numeral.
    return undefined;
  }
  let value = readNumber(n1);
  if (value === undefined) return undefined;
  const numberStart = start + (g.pre?.length ?? 0);
  // Digits at a line start followed by 、 or . are a heading number (1、 2.), as are (1) and （一）.
  if (!chinese && unit === undefined && g.pre === undefined) {
    const next = text[end] ?? '';
    const prev = text[start - 1] ?? '';
    if (
      (/[、.．]/.test(next) && lineStartBefore(text, start)) ||
      (/[(（]/.test(prev) && /[)）]/.test(next))
    ) {
      const headingEnd = /[)）]/.test(next) ? end + 1 : end;
      const headingStart = /[(（]/.test(prev) ? start - 1 : start;
      return {
        start: headingStart,
        end: headingEnd,
        text: text.slice(headingStart, headingEnd),
        kind: 'heading',
        value,
        qualifier: 'exact',
      };
    }
  }
  // 见表5, 表1: the number of a table or figure of the report.
  if (!chinese && unit === undefined && g.pre === undefined && /[表图]/.test(text[start - 1] ?? '')) {
    return { start, end, text: raw, kind: 'heading', value, qualifier: 'exact' };
  }
  if (text[numberStart - 1] === '第') {
    return { start, end, text: raw, kind: inTitle ? 'title' : 'ordinal', value, qualifier: 'exact' };
  }
  // A hotline or other number that names a service (12345热线, 12348): a long bare number followed by a name.
  if (
    !chinese &&
    unit === undefined &&
    /^\d{5,}$/.test(n1) &&
    /^[\s“"]*(?:[热专]线|公共|法律服务|服务|平台|政务)/.test(text.slice(end))
  ) {
    return { start, end, text: raw, kind: 'code', value, qualifier: 'exact' };
  }
  let qualifier: Qualifier = 'exact';
  if (g.pre !== undefined) qualifier = PREFIX_QUALIFIER[g.pre] ?? 'exact';
  const approx = g.s1 ?? g.s2;
  if (approx !== undefined) qualifier = qualifier === 'exact' ? 'moreThan' : qualifier;
  if (g.suf !== undefined) {
    // 以上 after an already-qualified figure (超过100件以上) keeps the first word's reading.
    if (qualifier === 'exact') qualifier = SUFFIX_QUALIFIER[g.suf] ?? 'exact';
  }
  // 近3年 is "the last three years", not "fewer than three years".
  if (g.pre === '近' && unit === '年') qualifier = 'exact';
  const magnitudes = [g.mag1, g.mag2, g.mag4];
  let upper: string | undefined;
  if (g.n2 !== undefined) {
    const second = readNumber(g.n2);
    if (second === undefined) {
      // Not a range after all: give the second number back to the scanner.
      const cut = text.indexOf(g.n2, numberStart + n1.length);
      figureEnd = text.lastIndexOf(g.n2.charAt(0), cut) > 0 ? cut - 1 : end;
      shown = text.slice(start, figureEnd);
      return { start, end: figureEnd, text: shown, kind: 'quantity', value, qualifier };
    }
    upper = scale(second, [g.mag3 ?? g.mag1, g.mag4 ?? g.mag2]);
    value = scale(value, [g.mag1 ?? g.mag3, g.mag2 ?? g.mag4]);
    if (qualifier === 'exact') qualifier = 'range';
  } else {
    value = scale(value, magnitudes);
  }
  let kind: FigureKind = 'quantity';
  let unitText = unit;
  if (unit === '%' || unit === '％' || unit === '‰') {
    kind = 'percent';
    unitText = '%';
    if (unit === '‰') value = arith.shift(value, -1);
  } else if (unit === '个百分点' || unit === '百分点') {
    kind = 'percentagePoints';
  } else if (unit === '倍') {
    kind = 'multiple';
  }
  if (inTitle) kind = 'title';
  return {
    start,
    end: figureEnd,
    text: shown,
    kind,
    value,
    ...(upper === undefined ? {} : { upper }),
    qualifier,
    ...(unitText === undefined ? {} : { unitText }),
  };
}
