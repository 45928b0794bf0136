import { describe, expect, it } from 'vitest';
import { buildPanel, rankJurisdictions, rankValues, rollUp } from '../../src/index.js';
import { TREE } from './tree.js';

const o = (jurisdiction: string, year: number, indicator: string, value: string | number, extra = {}) => ({
  jurisdiction,
  year,
  indicator,
  value,
  ...extra,
});

describe('rankings', () => {
  const entries = [
    { jurisdiction: 'd', value: '90' },
    { jurisdiction: 'a', value: '95' },
    { jurisdiction: 'c', value: '90.0' },
    { jurisdiction: 'b', value: '80' },
  ];

  it('shares ranks between ties, in competition and dense form, with percentiles', () => {
    const rows = rankValues(entries, 'higherIsBetter');
    expect(rows.map((r) => [r.jurisdiction, r.value, r.rank, r.denseRank, r.tied, r.percentile])).toEqual([
      ['a', '95', 1, 1, false, '87.5'],
      ['c', '90', 2, 2, true, '50.0'],
      ['d', '90', 2, 2, true, '50.0'],
      ['b', '80', 4, 3, false, '12.5'],
    ]);
  });

  it('orders by polarity: the lowest loss rate comes first', () => {
    expect(rankValues(entries, 'lowerIsBetter').map((r) => r.jurisdiction)).toEqual(['b', 'c', 'd', 'a']);
    expect(rankValues([{ jurisdiction: 'x', value: '1' }], 'neutral')[0]?.percentile).toBe('50.0');
    expect(rankValues([], 'neutral')).toEqual([]);
  });

  it('ranks a panel on computed rates, lists approximate and incomplete figures apart', () => {
    const panel = buildPanel([
      o('421202', 2024, 'litigation.concluded', 50),
      o('421202', 2024, 'litigation.lost', 5),
      o('421221', 2024, 'litigation.concluded', 40),
      o('421221', 2024, 'litigation.lost', 2),
      o('421221', 2024, 'litigation.lossRate', '5'),
      o('421222', 2024, 'litigation.lossRate', '3', { qualifier: 'approx' }),
      o('421303', 2024, 'litigation.lossRate', '4'),
    ]);
    const r = rankJurisdictions(panel, { indicator: 'litigation.lossRate', year: 2024 });
    expect(r.order).toBe('ascending');
    expect(r.rows.map((x) => [x.jurisdiction, x.value, x.rank])).toEqual([
      ['421303', '4', 1],
      ['421221', '5', 2],
      ['421202', '10', 3],
    ]);
    expect(r.bases).toEqual({ '421202': 'concluded', '421221': 'concluded' });
    expect(r.excluded).toEqual([{ jurisdiction: '421222', reason: 'approximate', value: '3' }]);
    const computed = rankJurisdictions(panel, {
      indicator: 'litigation.lossRate',
      year: 2024,
      values: 'computed',
    });
    expect(computed.rows.map((x) => x.jurisdiction)).toEqual(['421221', '421202']);
    expect(computed.excluded).toEqual([
      { jurisdiction: '421222', reason: 'notComputable', value: '3' },
      { jurisdiction: '421303', reason: 'notComputable', value: '4' },
    ]);
  });
});

describe('roll-ups', () => {
  it('adds counts from children, with coverage, and compares the published total', () => {
    const panel = buildPanel([
      o('421202', 2024, 'reconsideration.received', 30),
      o('421221', 2024, 'reconsideration.received', 20),
      o('421200', 2024, 'reconsideration.received', 45),
    ]);
    const { figures, issues } = rollUp(panel, { divisions: TREE, to: 'prefecture' });
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({
      jurisdiction: '421200',
      value: '50',
      coverage: { reported: 2, expected: 3, missing: ['421222'] },
      comparison: 'exceedsPublished',
    });
    expect(issues.map((i) => i.code)).toEqual(['rollup_exceeds_total']);
    expect(issues[0]?.messageZh).toContain('超过公布的总数 45');
  });

  it('adds the parent’s own level (本级) and reports a complete mismatch', () => {
    const panel = buildPanel([
      o('421202', 2024, 'reconsideration.received', 30),
      o('421221', 2024, 'reconsideration.received', 20),
      o('421222', 2024, 'reconsideration.received', 10),
      o('421200', 2024, 'reconsideration.received', 5, { coverage: 'ownLevel' }),
      o('421200', 2024, 'reconsideration.received', 66, { coverage: 'wholeArea' }),
    ]);
    const [f] = rollUp(panel, { divisions: TREE, to: 'prefecture' }).figures;
    expect(f).toMatchObject({ value: '65', includesOwnLevel: true, comparison: 'mismatch' });
  });

  it('never averages rates: recomputes them from summed parts of the children that give every input', () => {
    const panel = buildPanel([
      o('421202', 2024, 'litigation.concluded', 10),
      o('421202', 2024, 'litigation.lost', 5),
      o('421202', 2024, 'litigation.lossRate', '50'),
      o('421221', 2024, 'litigation.concluded', 90),
      o('421221', 2024, 'litigation.lost', 0),
      o('421222', 2024, 'litigation.concluded', 7),
      o('421200', 2024, 'litigation.lossRate', '5.0'),
    ]);
    const { figures } = rollUp(panel, { divisions: TREE, to: 'prefecture' });
    const rate = figures.find((f) => f.indicator === 'litigation.lossRate' && f.basis === 'concluded');
    // (5 + 0) / (10 + 90) = 5%, not the mean of 50% and 0%.
    expect(rate).toMatchObject({ value: '5.00', numerator: '5', denominator: '100', comparison: 'equal' });
    expect(rate?.coverage).toEqual({ reported: 2, expected: 3, missing: ['421222'] });
    const concluded = figures.find((f) => f.indicator === 'litigation.concluded');
    expect(concluded?.value).toBe('107');
  });

  it('adds stocks only at the same date', () => {
    const panel = buildPanel([
      o('421202', 2024, 'litigation.pending', 3),
      o('421221', 2024, 'litigation.pending', 4, { asOf: '2024-12-31' }),
      o('421303', 2024, 'litigation.pending', 1),
      o('421321', 2024, 'litigation.pending', 2, { asOf: '2024-06-30' }),
    ]);
    const r = rollUp(panel, { divisions: TREE, to: 'prefecture' });
    // A year-end figure with or without its date is the same; a mid-year stock is another series.
    expect(r.figures.map((f) => [f.jurisdiction, f.scope, f.value, f.coverage.reported])).toEqual([
      ['421200', '', '7', 2],
      ['421300', '', '1', 1],
      ['421300', 'asOf=06-30', '2', 1],
    ]);
    // The rolled-up panel keeps the date: the mid-year sum stays a series of its own.
    expect([...r.panel.series.values()].map((s) => `${s.jurisdiction}/${s.scope}`).sort()).toEqual([
      '421200/',
      '421300/',
      '421300/asOf=06-30',
    ]);
  });

  it('rolls up to the province from its children or from the counties directly', () => {
    const panel = buildPanel([
      o('421202', 2024, 'mediation.cases', 1),
      o('421303', 2024, 'mediation.cases', 2),
      o('429004', 2024, 'mediation.cases', 4),
      o('421300', 2024, 'mediation.cases', 8),
    ]);
    const children = rollUp(panel, { divisions: TREE, to: 'province' }).figures;
    // Children of the province: 咸宁市 (none), 随州市 (8), 仙桃市 (4).
    expect(children[0]).toMatchObject({ value: '12', coverage: { reported: 2, expected: 3 } });
    const leaves = rollUp(panel, { divisions: TREE, to: 'province', from: 'leaves' }).figures;
    expect(leaves[0]).toMatchObject({ value: '7', coverage: { reported: 3, expected: 6 } });
  });

  it('leaves indicators that do not add up out, and says so', () => {
    const panel = buildPanel([o('421202', 2024, 'reconsideration.averageDays', 30)]);
    const r = rollUp(panel, { divisions: TREE, to: 'prefecture' });
    expect(r.figures).toEqual([]);
    expect(r.notRolledUp.length).toBeLessThanOrEqual(1);
  });
});
