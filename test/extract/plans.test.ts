// Figures under a heading that plans the coming year are targets, not what was done.
import { describe, expect, it } from 'vitest';
import { extractObservations } from '../../src/extract/extract.js';

const opts = { jurisdiction: '433126', year: 2024, report: 'r' } as const;
const extract = (text: string) => extractObservations(text, opts);

describe('planning sections', () => {
  it('reads the figures under a heading of next year’s plans as targets', () => {
    const r = extract(
      '一、2024年工作成效\n行政机关负责人出庭应诉率100%。\n二、2025年工作安排\n行政机关负责人出庭应诉率保持100%。',
    );
    expect(r.dataset.observations.map((o) => `${o.indicator}=${o.value}`)).toEqual([
      'litigation.headAppearanceRate=100',
    ]);
    expect(r.dataset.targets?.map((t) => t.indicator)).toEqual(['litigation.headAppearanceRate']);
    expect(r.unmatched.filter((u) => u.reason === 'target').map((u) => u.text)).toEqual(['100%']);
  });

  it('reads 下一步 and 今后 headings as plans, and a heading of the report’s own year as done', () => {
    for (const heading of ['三、下一步工作打算', '三、今后工作思路']) {
      const r = extract(`${heading}\n全年办结法律援助案件300件。`);
      expect(r.dataset.observations).toEqual([]);
      expect(r.dataset.targets?.map((t) => t.indicator)).toEqual(['legalAid.concluded']);
    }
    const done = extract('一、2024年工作安排落实情况\n全年办结法律援助案件300件。');
    expect(done.dataset.observations.map((o) => o.indicator)).toEqual(['legalAid.concluded']);
    // A heading that only looks back (存在的不足) plans nothing.
    const gaps = extract('三、存在的不足\n办结法律援助案件300件。');
    expect(gaps.dataset.observations.map((o) => o.indicator)).toEqual(['legalAid.concluded']);
  });
});

describe('figures said twice', () => {
  it('keeps one observation of a figure the report repeats, the repeat unmatched as repeated', () => {
    const r = extract('全年作出终止决定13件。行政复议终止13件。');
    expect(r.dataset.observations.map((o) => `${o.indicator}=${o.value}`)).toEqual([
      'reconsideration.terminated=13',
    ]);
    const repeat = r.unmatched.find((u) => u.reason === 'repeated');
    expect(repeat?.text).toBe('13件');
    expect(repeat?.messageZh).toContain('重复');
    expect(r.figures.filter((f) => f.observation !== undefined)).toHaveLength(1);
  });
});
