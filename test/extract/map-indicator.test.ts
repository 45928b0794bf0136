// Which indicator a figure is: general rules of how reports name what they count, each with small synthetic cases.
import { describe, expect, it } from 'vitest';
import { extractObservations } from '../../src/extract/extract.js';

const opts = { jurisdiction: '433126', year: 2024, report: 'r' } as const;
/** `indicator=value` of each observation, and `reason:text` of each unmatched figure other than dates. */
const read = (text: string) => {
  const r = extractObservations(text, opts);
  return {
    observations: r.dataset.observations.map((o) => `${o.indicator}=${o.value}`),
    unmatched: r.unmatched
      .filter((u) => !['year', 'date'].includes(u.reason))
      .map((u) => `${u.reason}:${u.text}`),
  };
};
const indicators = (text: string) => read(text).observations;

describe('mapping a figure to its indicator', () => {
  it('lets a field word inside a term decide the field only when the term is said in that field', () => {
    // 调解结案 is said of 复议 and 诉讼 cases; its 调解 is not the mediation field: the passage's field decides.
    expect(indicators('全年审结行政复议案件574件,其中调解结案89件。')).toEqual([
      'reconsideration.concluded=574',
      'reconsideration.mediated=89',
    ]);
    expect(indicators('全年审结行政诉讼案件61件,其中调解结案9件。')).toEqual([
      'litigation.concluded=61',
      'litigation.mediated=9',
    ]);
    // 收到行政复议申请: the term's own field still beats a sentence about another one.
    expect(indicators('人民调解工作扎实,全年收到行政复议申请48件。')).toEqual([
      'reconsideration.received=48',
    ]);
  });

  it('reads the verb before a noun that only names what is counted (审结行政诉讼案件61件)', () => {
    expect(indicators('全年审结行政诉讼案件61件。')).toEqual(['litigation.concluded=61']);
    expect(indicators('全年新收行政诉讼案件61件。')).toEqual(['litigation.received=61']);
    // 办理 names no indicator of its own: the noun stays the indicator (cases handled).
    expect(indicators('全年办理行政诉讼案件61件。')).toEqual(['litigation.cases=61']);
    expect(indicators('全年受理行政复议申请61件。')).toEqual(['reconsideration.accepted=61']);
  });

  it('never gives a figure the counted noun of another figure of its clause', () => {
    // 作为先进单位 is the counted noun of the second 3 (3个乡镇作为先进单位), not of the first.
    const units = read('确定3个市直部门、3个乡镇作为先进单位。');
    expect(units.observations).toEqual(['ruleOfLaw.modelTownships=3']);
    expect(units.unmatched).toEqual(['no_indicator:3个']);
    // A term that starts inside the measure word of the figure before (16项指标) is that figure's, not the 7's.
    const tasks = read('对成员单位的16项指标7项工作任务进行调度。');
    expect(tasks.observations).toEqual(['business.environmentTasks=7']);
    expect(tasks.unmatched).toEqual(['no_indicator:16项']);
  });
});
