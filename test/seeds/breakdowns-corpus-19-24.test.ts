import { describe, expect, it } from 'vitest';
import { yoyChange } from '../../src/change/yoy-change.js';
import { compareReported } from '../../src/compare-reported.js';
import * as arith from '../../src/internal/arith.js';
import { rate } from '../../src/rate.js';
import { cells, cellValue, members } from './corpus-support.js';
import { loadDataset } from './support.js';

// Corpus documents 19–24: every breakdown that should add up, and every printed rate, share and change recomputed
// from the printed inputs. Expected values were worked out by hand from the texts.

const total = (values: Record<string, string> | readonly string[]) =>
  arith.sum(Array.isArray(values) ? values : Object.values(values));

/** The whole numbers n in [from, to] that, as the base, give `printed` for a change to `current`. */
const basesFor = (current: string, printed: string, from: number, to: number): number[] => {
  const found: number[] = [];
  for (let n = from; n <= to; n++)
    if (compareReported(yoyChange(n, current), printed).consistent) found.push(n);
  return found;
};

/** The whole numbers n in [from, to] for which numerator / n is printed as `printed` under some rounding. */
const denominatorsFor = (numerator: string, printed: string, from: number, to: number): number[] => {
  const found: number[] = [];
  for (let n = from; n <= to; n++) if (compareReported(rate(numerator, n), printed).consistent) found.push(n);
  return found;
};

describe('19 南开区 2014 (corpus/120104-2014.json)', () => {
  const ds = loadDataset('120104-2014.json', 'corpus');
  const district = { respondent: 'countyGovernment' };
  const v = (id: string) => cellValue(ds, id);

  it('the 6 suits against the district government by matter: 4 + 1 + 1', () => {
    const byMatter = members(ds, 'litigation.received', 'matter', { fixed: district });
    expect(byMatter).toEqual({
      reconsiderationDecision: '4',
      expropriation: '1',
      informationDisclosure: '1',
    });
    expect(total(byMatter)).toBe(cellValue(ds, 'litigation.received', { dimensions: district }));
  });

  it('at the date of the article 4 were concluded (all won) and 2 pending: 4 + 2 = 6; 零败诉 is 0 lost', () => {
    const d = { dimensions: district };
    expect(total([cellValue(ds, 'litigation.concluded', d), cellValue(ds, 'litigation.pending', d)])).toBe(
      '6',
    );
    expect(cellValue(ds, 'litigation.won', d)).toBe(cellValue(ds, 'litigation.concluded', d));
    expect(cellValue(ds, 'litigation.lost', d)).toBe('0');
  });

  it('the 73 accepted cases by outcome: 46 + 7 + 3 + 1 + 1 + 13 + 2 = 73, though 中止 1 is not a conclusion', () => {
    const outcomes = [
      'reconsideration.upheld',
      'reconsideration.dismissed',
      'reconsideration.confirmedIllegal',
      'reconsideration.revoked',
      'reconsideration.suspended',
      'reconsideration.terminated',
      'reconsideration.abandoned',
    ].map(v);
    expect(outcomes).toEqual(['46', '7', '3', '1', '1', '13', '2']);
    expect(total(outcomes)).toBe(v('reconsideration.accepted'));
  });

  it('终止 13 = 4 settled after mediation + 9 withdrawn; 17.8% is the 13 terminated, not the 9 withdrawn', () => {
    expect(total([v('reconsideration.mediated'), v('reconsideration.withdrawn')])).toBe(
      v('reconsideration.terminated'),
    );
    const share = cellValue(ds, 'reconsideration.terminated', { measure: 'share' });
    expect(
      compareReported(rate(v('reconsideration.terminated'), v('reconsideration.accepted')), share).consistent,
    ).toBe(true);
    expect(rate(v('reconsideration.withdrawn'), v('reconsideration.accepted')).toPercent(1)).toBe('12.3');
  });

  it('是去年的6倍, 是前年的10倍: 73 cases imply 12 or 13 in 2013 and 7 in 2012', () => {
    const ratio = (baseYear: number) =>
      cells(ds, 'reconsideration.accepted', { measure: 'yoyRatio' }).find((o) => o.baseYear === baseYear)
        ?.value;
    expect([ratio(2013), ratio(2012)]).toEqual(['6', '10']);
    const bases = (printed: string) => {
      const found: number[] = [];
      for (let n = 1; n <= 73; n++)
        if (arith.divRound('73', String(n), 0, 'half-up') === printed) found.push(n);
      return found;
    };
    expect(bases('6')).toEqual([12, 13]);
    expect(bases('10')).toEqual([7]);
  });
});

describe('20 上海市 2022 (corpus/310000-2022.json)', () => {
  const ds = loadDataset('310000-2022.json', 'corpus');
  const v = (id: string, filter = {}) => cellValue(ds, id, filter);
  const share = (id: string) => v(id, { measure: 'share' });

  it('intake: accepted, rejected and settled before acceptance are shares of the 11533 applications', () => {
    const received = v('reconsideration.received');
    for (const id of [
      'reconsideration.accepted',
      'reconsideration.rejected',
      'reconsideration.preAcceptanceMediated',
    ]) {
      expect(compareReported(rate(v(id), received), share(id)).consistent, id).toBe(true);
    }
  });

  it('intake: the rest (告知、转送 …) is 69 applications, 0.6%, and the four printed shares add to 100.0', () => {
    const parts = [
      v('reconsideration.accepted'),
      v('reconsideration.rejected'),
      v('reconsideration.preAcceptanceMediated'),
    ];
    const rest = arith.sub(v('reconsideration.received'), total(parts));
    expect(rest).toBe('69');
    expect(
      compareReported(rate(rest, v('reconsideration.received')), share('reconsideration.referredOrInformed'))
        .consistent,
    ).toBe(true);
    const shares = [
      'reconsideration.accepted',
      'reconsideration.rejected',
      'reconsideration.preAcceptanceMediated',
      'reconsideration.referredOrInformed',
    ].map(share);
    expect(arith.sum(shares)).toBe('100');
  });

  it('the municipal government’s 959 of 9428 accepted is 10.17%: the printed 10.1% is cut off, not rounded', () => {
    const city = { reviewingBody: 'provincialGovernment' };
    const r = rate(v('reconsideration.accepted', { dimensions: city }), v('reconsideration.accepted'));
    expect(r.toPercent(2)).toBe('10.17');
    const printed = cellValue(ds, 'reconsideration.accepted', { measure: 'share', dimensions: city });
    expect(compareReported(r, printed).conventions).toEqual(['truncate']);
  });

  it('districts: 1269 and 911 are 15.0% and 10.8% of the 8469 the district governments accepted', () => {
    const districtTotal = arith.sub(v('reconsideration.accepted'), '959');
    expect(districtTotal).toBe('8469');
    const dims = { reviewingBody: 'countyGovernment' };
    for (const [code, printed] of [
      ['310115', '15.0'],
      ['310110', '10.8'],
    ] as const) {
      const count = cellValue(ds, 'reconsideration.accepted', { jurisdiction: code, dimensions: dims });
      const s = cellValue(ds, 'reconsideration.accepted', {
        jurisdiction: code,
        dimensions: dims,
        measure: 'share',
      });
      expect(s).toBe(printed);
      expect(compareReported(rate(count, districtTotal), s).consistent, code).toBe(true);
    }
  });

  it('the top five districts together accepted 4242 of the 8469', () => {
    const dims = { reviewingBody: 'countyGovernment' };
    const top = ['310115', '310110', '310117', '310113', '310112'].map((code) =>
      cellValue(ds, 'reconsideration.accepted', { jurisdiction: code, dimensions: dims }),
    );
    expect(total(top)).toBe('4242');
  });

  it('+108% on the same window a year earlier means about 5545 applications then (5519–5558)', () => {
    const printed = v('reconsideration.received', { measure: 'yoyPercent' });
    const bases = basesFor(v('reconsideration.received'), printed, 5400, 5700);
    expect([bases[0], bases.at(-1)]).toEqual([5519, 5558]);
  });
});

describe('21 江苏省 2018 (corpus/320000-2018.json)', () => {
  const ds = loadDataset('320000-2018.json', 'corpus');

  it('keeps 20.8万 and 5.2万 as 208000 and 52000 people, and the January–September change as a change', () => {
    expect(cellValue(ds, 'resettlement.enrolled')).toBe('208000');
    expect(cellValue(ds, 'resettlement.received')).toBe('52000');
    const [change] = cells(ds, 'resettlement.offencesByReleased', { measure: 'yoyPercent' });
    expect(change).toMatchObject({ value: '-21.4', period: { start: '2018-01-01', end: '2018-09-30' } });
  });

  it('安置率 99.86% and 帮教率 99.84% have no printed counts behind them', () => {
    expect(cellValue(ds, 'resettlement.placementRate')).toBe('99.86');
    expect(cellValue(ds, 'resettlement.assistanceRate')).toBe('99.84');
    expect([...cells(ds, 'resettlement.placed'), ...cells(ds, 'resettlement.assisted')]).toEqual([]);
  });
});

describe('22 铁岭市 2024 (corpus/211200-2024.json)', () => {
  const ds = loadDataset('211200-2024.json', 'corpus');

  it('−24.76% on 240 first-instance cases can only come from 319 in 2023', () => {
    const first = { courtInstance: 'firstInstance' };
    const current = cellValue(ds, 'litigation.received', { dimensions: first });
    const printed = cellValue(ds, 'litigation.received', { dimensions: first, measure: 'yoyPercent' });
    expect(basesFor(current, printed, 250, 400)).toEqual([319]);
  });

  it('+90.08% on 709 reconsideration cases can only come from 373 in 2023', () => {
    const current = cellValue(ds, 'reconsideration.received');
    const printed = cellValue(ds, 'reconsideration.received', { measure: 'yoyPercent' });
    expect(basesFor(current, printed, 300, 450)).toEqual([373]);
  });

  it('the loss and correction rates are given only as changes in points', () => {
    expect(cellValue(ds, 'litigation.lossRate', { measure: 'ppChange' })).toBe('-7.01');
    expect(cellValue(ds, 'reconsideration.correctionRate', { measure: 'ppChange' })).toBe('5.42');
    expect([...cells(ds, 'litigation.lossRate'), ...cells(ds, 'reconsideration.correctionRate')]).toEqual([]);
  });
});

describe('23 井研县 2019 (corpus/511124-2019.json)', () => {
  const ds = loadDataset('511124-2019.json', 'corpus');

  it('legality review opinions (份) and the advisers’ opinions (件) are different counts', () => {
    expect(cellValue(ds, 'legalityReview.opinions')).toBe('160');
    expect(cellValue(ds, 'legalAdvisers.governmentOpinions')).toBe('256');
  });
});

describe('24 朔州市 2024 (corpus/140600-2024.json)', () => {
  const ds = loadDataset('140600-2024.json', 'corpus');

  it('完成率 116.68% of 11085 consultations points to a target of exactly 9500', () => {
    const printed = cellValue(ds, 'legalAid.consultations', { measure: 'share' });
    expect(denominatorsFor(cellValue(ds, 'legalAid.consultations'), printed, 9000, 10000)).toEqual([9500]);
  });

  it('完成率 82.21% of 89 special-group cases fits no whole-number target (108 gives 82.41%, 109 gives 81.65%)', () => {
    const special = { beneficiaryGroup: 'specialGroups' };
    const done = cellValue(ds, 'legalAid.concluded', { dimensions: special });
    const printed = cellValue(ds, 'legalAid.concluded', { dimensions: special, measure: 'share' });
    expect(denominatorsFor(done, printed, 90, 200)).toEqual([]);
    expect(rate(done, 108).toPercent(2)).toBe('82.41');
    expect(rate(done, 109).toPercent(2)).toBe('81.65');
  });

  it('lawyers’ cases by type: 747 criminal + 1891 civil + 169 administrative = 2807 (no total printed)', () => {
    const byType = members(ds, 'lawyers.casesRepresented', 'caseType');
    expect(byType).toEqual({ criminal: '747', civil: '1891', administrative: '169' });
    expect(total(byType)).toBe('2807');
    expect(cells(ds, 'lawyers.casesRepresented')).toEqual([]);
  });

  it('every figure runs from 1 January to the press conference of 11 October', () => {
    for (const o of ds.observations) expect(o.period).toEqual({ start: '2024-01-01', end: '2024-10-11' });
  });
});
