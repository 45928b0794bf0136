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
  /** How many years before the figure's year it compares with, when the words say so (前年: 2). */
  readonly yearsBack?: number;
  /** 分别: the figures of the clause refer, in order, to as many figures before them. */
  readonly respectively: boolean;
  /** Where the words of the measure begin: the subject is sought before this offset. */
  readonly wordsStart: number;
  /** 环比 and other comparisons the format cannot hold. */
  readonly unsupported?: string;
}

const COMPARE = String.raw`(?<cmp>同比|环比|比上年|较上年|比去年|较去年|比上一年|较上一年|与(?:上年|去年|上一年)(?:同期)?相比|(?:较|比|与)同(?:时)?期(?:相比)?|比(?<by>\d{4})年(?:同期)?|较(?<by2>\d{4})年(?:同期)?|与(?<by3>\d{4})年(?:同期)?相比)`;
const UP = '上升|增长|增加|提高|提升|上涨|增多';
const DOWN = '下降|减少|降低|回落|下滑|减小';
const CHANGE_RE = new RegExp(
  `${COMPARE}[^，,。；;]{0,12}?(?<dir>${UP}|${DOWN})了?(?<resp>分别)?(?:为|达|约)?\\s*(?:[\\d.%％]+[和、及与]\\s*)*$`,
);
/** A comparison named earlier in the sentence (比2019年增加842件,…), for a rate of change printed after it. */
const COMPARE_ANYWHERE = new RegExp(COMPARE, 'g');
/** 增幅为18.38%, 降幅达12%: the rate of a change whose comparison the sentence has already named. */
const CHANGE_RATE_RE = new RegExp(
  `(?<dir>增幅|增长幅度|增速|涨幅|增长率|增长比例|${'降幅|下降幅度|减幅|降低幅度|下降比例|下降率'})(?:为|达|达到|是|约)?\\s*$`,
);
const GROWTH_TIMES_RE = new RegExp(`(?<dir>${UP})了?(?<resp>分别)?\\s*$`);
const RATIO_RE = /(?:是|为|相当于)(?:上年|去年|上一年|(?<two>前年)|(?<by>\d{4})年)(?:同期)?的\s*$/;
const SHARE_RE =
  /(?:占(?:[^，,。；;]{0,24}?(?:的|总数|总量))?(?:比例|比重)?|占比)(?:为|达|约)?\s*(?:[\d.%％]+[和、及与]\s*)*$/;

/**
 * The measure a figure's preceding words give it.
 *
 * @param text - the report text
 * @param figure - the figure
 * @param clauseStart - where its clause begins (measure words are sought in the clause)
 * @param sentenceStart - where its sentence begins: 增幅为18.38% takes the comparison named earlier in it
 * @returns the measure; `level` when no measure words stand before it
 */
export function figureMeasure(
  text: string,
  figure: Figure,
  clauseStart: number,
  sentenceStart = clauseStart,
): FigureMeasure {
  const before = text.slice(clauseStart, figure.start);
  const level: FigureMeasure = { measure: 'level', sign: 1, respectively: false, wordsStart: figure.start };
  const change = CHANGE_RE.exec(before);
  if (change?.groups) {
    const g = change.groups;
    const sign: 1 | -1 = new RegExp(DOWN).test(g.dir as string) ? -1 : 1;
    const by = g.by ?? g.by2 ?? g.by3;
    const base = {
      sign,
      // 同比分别上升76.9%和60.5%, 分别同比增长…: 分别 anywhere in the words of the change.
      respectively: g.resp !== undefined || change[0].includes('分别'),
      wordsStart: clauseStart + change.index,
      ...(by === undefined ? {} : { baseYear: Number(by) }),
      ...(g.cmp === '环比' ? { unsupported: '环比 (change over the previous period)' } : {}),
    };
    if (figure.kind === 'percent') return { measure: 'yoyPercent', ...base };
    if (figure.kind === 'percentagePoints') return { measure: 'ppChange', ...base };
    if (figure.kind === 'multiple') return { measure: 'yoyGrowthTimes', ...base };
    if (figure.kind === 'quantity') return { measure: 'yoyDifference', ...base };
  }
  // 比2019年增加842件,增幅为18.38%: the rate of the change the sentence named (its base year too).
  const rate = figure.kind === 'percent' ? CHANGE_RATE_RE.exec(before) : null;
  if (rate?.groups) {
    const compared = [...text.slice(sentenceStart, clauseStart + rate.index).matchAll(COMPARE_ANYWHERE)].at(
      -1,
    );
    if (compared?.groups !== undefined && compared.groups.cmp !== '环比') {
      const by = compared.groups.by ?? compared.groups.by2 ?? compared.groups.by3;
      return {
        measure: 'yoyPercent',
        sign: /降|减/.test(rate.groups.dir as string) ? -1 : 1,
        respectively: false,
        wordsStart: clauseStart + rate.index,
        ...(by === undefined ? {} : { baseYear: Number(by) }),
      };
    }
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
        ...(ratio.groups?.two === undefined ? {} : { yearsBack: 2 }),
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
    // 分别占区政府受案总数的15.0%、10.8%: the k-th share is of the k-th figure before it.
    if (share)
      return {
        measure: 'share',
        sign: 1,
        respectively: /分别\s*$/.test(before.slice(0, share.index)),
        wordsStart: clauseStart + share.index,
      };
  }
  return level;
}
