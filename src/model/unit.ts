/**
 * The units fazhi normalises figures to, with the Chinese measure words reports print for each.
 * Counts keep what they count (cases, people, times …) because 件 and 人 do not add up.
 */
export const UNITS = {
  cases: { zh: '件', words: ['件', '宗', '起', '案'] },
  people: { zh: '人', words: ['人', '名', '位', '户'] },
  personTimes: { zh: '人次', words: ['人次'] },
  times: { zh: '次', words: ['次', '场', '期', '轮', '场次'] },
  items: { zh: '项', words: ['项', '个', '条', '处', '批', '套'] },
  documents: { zh: '件(文件)', words: ['件', '份', '部', '篇', '本', '册', '卷'] },
  organisations: { zh: '家', words: ['家', '个', '所', '支'] },
  yuan: { zh: '元', words: ['元'] },
  percent: { zh: '%', words: ['%'] },
  percentagePoints: { zh: '个百分点', words: ['个百分点', '百分点'] },
  multiple: { zh: '倍', words: ['倍'] },
  days: { zh: '天', words: ['天', '日'] },
  hours: { zh: '小时', words: ['小时'] },
  per100k: { zh: '每十万人', words: ['每十万人'] },
  other: { zh: '其他', words: [] },
} as const;

/** A unit fazhi knows: a key of {@link UNITS}. */
export type Unit = keyof typeof UNITS;

/**
 * `true` when the string is a unit fazhi knows.
 * @param unit - a unit name such as `"cases"`
 * @returns whether it is a key of {@link UNITS}
 * @example
 * ```ts
 * isUnit('cases') // true
 * isUnit('件')    // false: units are named in English; `UNITS.cases.zh` is 件
 * ```
 */
export function isUnit(unit: string): unit is Unit {
  return Object.hasOwn(UNITS, unit);
}
