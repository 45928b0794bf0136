/** What a figure says about its indicator, from the words just before it: a level, a 同比 change, a share. */
import type { Figure } from './scan-figures.js';

/** The measures of the observation format (issue 8's contract), plus `level`. */
export type Measure =
  | 'level'
  | 'share'
  | 'yoyPercent'
  | 'yoyDifference'
  | 'yoyRatio'
  | 'yoyGrowthTimes'
  | 'ppChange';

/** The measure of a figure and what the words tell about it. */
export interface FigureMeasure {
  /** The measure. */
  readonly measure: Measure;
  /** −1 when the words say it fell (下降, 减少): the value is stored negative. */
  readonly sign: 1 | -1;
  /** The year compared with, when printed (比2015年上升 …). */
  readonly baseYear?: number;
  /** 分别: the figures of the clause refer, in order, to as many figures before them. */
  readonly respectively: boolean;
  /** Where the words of the measure begin: the subject is sought before this offset. */
  readonly wordsStart: number;
  /** 环比 and other comparisons the format cannot hold. */
  readonly unsupported?: string;
}

const COMPARE = String.raw`(?<cmp>同比|环比|比上年|较上年|比去年|较去年|比上一年|较上一年|与上年相比|与去年相比|比(?<by>\d{4})年(?:同期)?|较(?<by2>\d{4})年(?:同期)?)`;
const UP = '上升|增长|增加|提高|提升|上涨|增多';
const DOWN = '下降|减少|降低|回落|下滑|减小';
const CHANGE_RE = new RegExp(
  `${COMPARE}[^，,。；;]{0,12}?(?<dir>${UP}|${DOWN})了?(?<resp>分别)?(?:为|达|约)?\\s*(?:[\\d.%％]+[和、及与]\\s*)*$`,
);
const GROWTH_TIMES_RE = new RegExp(`(?<dir>${UP})了?(?<resp>分别)?\\s*$`);
const RATIO_RE = /(?:是|为|相当于)(?:上年|去年|上一年|(?<by>\d{4})年)(?:同期)?的\s*$/;
const SHARE_RE =
  /(?:占(?:[^，,。；;]{0,24}?(?:的|总数|总量))?(?:比例|比重)?|占比)(?:为|达|约)?\s*(?:[\d.%％]+[和、及与]\s*)*$/;

/**
 * The measure a figure's preceding words give it.
 *
 * @param text - the report text
 * @param figure - the figure
 * @param clauseStart - where its clause begins (measure words are sought in the clause)
 * @returns the measure; `level` when no measure words stand before it
 */
export function figureMeasure(text: string, figure: Figure, clauseStart: number): FigureMeasure {
  const before = text.slice(clauseStart, figure.start);
  const level: FigureMeasure = { measure: 'level', sign: 1, respectively: false, wordsStart: figure.start };
  const change = CHANGE_RE.exec(before);
  if (change?.groups) {
    const g = change.groups;
    const sign: 1 | -1 = new RegExp(DOWN).test(g.dir as string) ? -1 : 1;
    const by = g.by ?? g.by2;
    const base = {
      sign,
      respectively: g.resp !== undefined,
      wordsStart: clauseStart + change.index,
      ...(by === undefined ? {} : { baseYear: Number(by) }),
      ...(g.cmp === '环比' ? { unsupported: '环比 (change over the previous period)' } : {}),
    };
    if (figure.kind === 'percent') return { measure: 'yoyPercent', ...base };
    if (figure.kind === 'percentagePoints') return { measure: 'ppChange', ...base };
    if (figure.kind === 'multiple') return { measure: 'yoyGrowthTimes', ...base };
    if (figure.kind === 'quantity') return { measure: 'yoyDifference', ...base };
  }
  if (figure.kind === 'percentagePoints') {
    const dir = new RegExp(`(${UP}|${DOWN})了?(分别)?\\s*$`).exec(before);
    if (dir) {
      const sign: 1 | -1 = new RegExp(DOWN).test(dir[1] as string) ? -1 : 1;
      return {
        measure: 'ppChange',
        sign,
        respectively: dir[2] !== undefined,
        wordsStart: clauseStart + dir.index,
      };
    }
  }
  if (figure.kind === 'multiple') {
    const ratio = RATIO_RE.exec(before);
    if (ratio) {
      const by = ratio.groups?.by;
      return {
        measure: 'yoyRatio',
        sign: 1,
        respectively: false,
        wordsStart: clauseStart + ratio.index,
        ...(by === undefined ? {} : { baseYear: Number(by) }),
      };
    }
    const growth = GROWTH_TIMES_RE.exec(before);
    if (growth) {
      return {
        measure: 'yoyGrowthTimes',
        sign: 1,
        respectively: growth.groups?.resp !== undefined,
        wordsStart: clauseStart + growth.index,
      };
    }
  }
  if (figure.kind === 'percent') {
    const share = SHARE_RE.exec(before);
    if (share)
      return { measure: 'share', sign: 1, respectively: false, wordsStart: clauseStart + share.index };
  }
  return level;
}
