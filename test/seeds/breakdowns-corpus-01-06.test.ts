import { describe, expect, it } from 'vitest';
import { yoyChange } from '../../src/change/yoy-change.js';
import { compareReported } from '../../src/compare-reported.js';
import * as arith from '../../src/internal/arith.js';
import { rate } from '../../src/rate.js';
import { ROUNDING_MODES } from '../../src/rounding.js';
import { cellValue, members } from './corpus-support.js';
import { loadDataset } from './support.js';

// Corpus documents 01–06: every breakdown that should add up, and every printed rate, share and change recomputed
// from the printed inputs. Expected values were worked out by hand from the texts.

const total = (values: Record<string, string> | readonly string[]) =>
  arith.sum(Array.isArray(values) ? values : Object.values(values));

describe('01 中山市 2020 (corpus/442000-2020.json)', () => {
  const ds = loadDataset('442000-2020.json', 'corpus');
  const v = (id: string) => cellValue(ds, id);

  it('mediation: 97.65% = 5614 / 5749, and the 97.36% performance rate is over the 5614 settled, not the 5749', () => {
    expect(compareReported(rate(v('mediation.succeeded'), v('mediation.cases')), '97.65').consistent).toBe(
      true,
    );
    const performed = v('mediation.agreementsPerformed');
    expect(compareReported(rate(performed, v('mediation.succeeded')), '97.36').conventions).toEqual([
      'half-up',
      'half-even',
      'truncate',
    ]);
    expect(rate(performed, v('mediation.cases')).toPercent(2)).toBe('95.08');
  });

  it('reconsideration: no whole number of 2019 applications gives the printed +2.71% on 1731', () => {
    expect(v('reconsideration.received')).toBe('1731');
    expect(cellValue(ds, 'reconsideration.received', { measure: 'yoyPercent' })).toBe('2.71');
    const matching = [];
    for (let base = 1600; base <= 1731; base++) {
      const change = yoyChange(base, 1731);
      if (ROUNDING_MODES.some((m) => change.toPercent(2, m) === '2.71')) matching.push(base);
    }
    expect(matching).toEqual([]);
    expect(yoyChange(1685, 1731).toPercent(2)).toBe('2.73');
    expect(yoyChange(1686, 1731).toPercent(2)).toBe('2.67');
  });

  it('adopted information is kept apart by the level of the adopting body (7 national, 3 provincial)', () => {
    expect(members(ds, 'organisation.informationAdopted', 'bodyLevel')).toEqual({
      national: '7',
      provincial: '3',
    });
  });
});

describe('02 宁波市 2023 (corpus/330200-2023.json)', () => {
  const ds = loadDataset('330200-2023.json', 'corpus');

  it('legal aid: 362 criminal + 761 civil (administrative) = the centre’s 1123 cases', () => {
    const parts = members(ds, 'legalAid.cases', 'caseType');
    expect(parts).toEqual({ criminal: '362', civilOrAdministrative: '761' });
    expect(total(parts)).toBe(cellValue(ds, 'legalAid.cases'));
  });

  it('quality review: all 228 files sampled passed', () => {
    expect(cellValue(ds, 'legalAid.filesPassed')).toBe(cellValue(ds, 'legalAid.filesReviewed'));
  });
});

describe('03 滨江区 2020 (corpus/330108-2020.json)', () => {
  const ds = loadDataset('330108-2020.json', 'corpus');
  const accepted = (filter = {}) => cellValue(ds, 'reconsideration.accepted', filter);

  it('表一: the 14 units add to 96 accepted in 2019 and 59 in 2020', () => {
    const y2019 = members(ds, 'reconsideration.accepted', 'respondentUnit', { year: 2019 });
    const y2020 = members(ds, 'reconsideration.accepted', 'respondentUnit');
    expect(Object.keys(y2019)).toHaveLength(14);
    expect(total(y2019)).toBe(accepted({ year: 2019 }));
    expect(total(y2020)).toBe(accepted());
    expect(accepted()).toBe('59');
  });

  it('表一: every printed share is its count over 59, and the ten non-zero shares add to 100.1, not 100', () => {
    const counts = members(ds, 'reconsideration.accepted', 'respondentUnit');
    const shares = members(ds, 'reconsideration.accepted', 'respondentUnit', { measure: 'share' });
    for (const [unit, share] of Object.entries(shares)) {
      expect(compareReported(rate(counts[unit] as string, '59'), share).consistent, unit).toBe(true);
    }
    expect(total(shares)).toBe('100.1');
  });

  it('表一: every printed 同比 follows from the 2019 and 2020 columns', () => {
    const y2019 = members(ds, 'reconsideration.accepted', 'respondentUnit', { year: 2019 });
    const y2020 = members(ds, 'reconsideration.accepted', 'respondentUnit');
    const changes = members(ds, 'reconsideration.accepted', 'respondentUnit', { measure: 'yoyPercent' });
    expect(Object.keys(changes)).toHaveLength(13); // 民政局: 0 → 1 has no 同比 ("-")
    for (const [unit, change] of Object.entries(changes)) {
      const computed = yoyChange(y2019[unit] as string, y2020[unit] as string);
      expect(compareReported(computed, change).consistent, unit).toBe(true);
    }
    expect(compareReported(yoyChange('96', '59'), '-38.5').consistent).toBe(true);
  });

  it('the text’s four fields add to the 59 accepted and their shares to 100', () => {
    const fields = members(ds, 'reconsideration.accepted', 'agencyDomain');
    expect(fields).toEqual({
      publicSecurity: '13',
      marketRegulation: '21',
      expropriationAndResettlement: '6',
      other: '19',
    });
    expect(total(fields)).toBe('59');
    expect(total(members(ds, 'reconsideration.accepted', 'agencyDomain', { measure: 'share' }))).toBe('100');
  });

  it('the text’s 同比 of 工商投诉举报 (−27.6%) implies 29 in 2019, where the table has 30 for the 市场监管局', () => {
    const change = cellValue(ds, 'reconsideration.accepted', {
      measure: 'yoyPercent',
      dimensions: { agencyDomain: 'marketRegulation' },
    });
    expect(compareReported(yoyChange('29', '21'), change).consistent).toBe(true);
    expect(compareReported(yoyChange('30', '21'), change).consistent).toBe(false);
    expect(accepted({ year: 2019, dimensions: { respondentUnit: 'marketRegulationBureau' } })).toBe('30');
  });

  it('litigation: 94 heard and concluded of 118 concluded; 2 of the 6 head appearances by the 公安分局', () => {
    const firstInstance = { dimensions: { courtInstance: 'firstInstance' } };
    expect(
      arith.cmp(
        cellValue(ds, 'litigation.hearings', firstInstance),
        cellValue(ds, 'litigation.concluded', firstInstance),
      ),
    ).toBe(-1);
    const heads = members(ds, 'litigation.topLeaderAppearances', 'respondentUnit');
    expect(heads).toEqual({ publicSecurityBranch: '2' });
    expect(arith.cmp('2', cellValue(ds, 'litigation.topLeaderAppearances'))).toBe(-1);
  });
});

describe('04 福清市 2024 (corpus/350181-2024.json)', () => {
  const ds = loadDataset('350181-2024.json', 'corpus');

  it('assignments: 450 legal aid + 2179 defence-coverage pilot + 1830 legal help = 4459', () => {
    const parts = members(ds, 'legalAid.cases', 'caseType');
    expect(parts).toEqual({ legalAid: '450', criminalDefenceCoverage: '2179', legalHelp: '1830' });
    expect(total(parts)).toBe(cellValue(ds, 'legalAid.cases'));
  });

  it('files: 1414 legal aid + 2513 legal help = 3927 reviewed', () => {
    const parts = members(ds, 'legalAid.filesReviewed', 'caseType');
    expect(total(parts)).toBe(cellValue(ds, 'legalAid.filesReviewed'));
  });

  it('99.3% of the 1414 legal aid files pass only if 1404 passed', () => {
    const passing = [];
    for (let n = 1390; n <= 1414; n++) if (compareReported(rate(n, 1414), '99.3').consistent) passing.push(n);
    expect(passing).toEqual([1404, 1405]); // 1405 gives 99.36, 99.3 only when truncated
    expect(compareReported(rate(1405, 1414), '99.3').conventions).toEqual(['truncate']);
  });
});

describe('05 黄石市 2020 (corpus/420200-2020.json)', () => {
  const ds = loadDataset('420200-2020.json', 'corpus');

  it('mediation to 30 November: 97.6% = 6217 / 6368', () => {
    const r = rate(cellValue(ds, 'mediation.succeeded'), cellValue(ds, 'mediation.cases'));
    expect(compareReported(r, '97.6').consistent).toBe(true);
  });

  it('committees: the six kinds listed add to 1111, 16 fewer than the 1127 printed', () => {
    const kinds = members(ds, 'mediation.committees', 'committeeType');
    expect(Object.keys(kinds)).toHaveLength(6);
    expect(total(kinds)).toBe('1111');
    expect(arith.sub(cellValue(ds, 'mediation.committees'), total(kinds))).toBe('16');
  });

  it('mediators: 480 full-time of 3924', () => {
    expect(members(ds, 'mediation.mediators', 'mediatorType')).toEqual({ fullTime: '480' });
    expect(cellValue(ds, 'mediation.mediators')).toBe('3924');
  });
});

describe('06 湖北省 2020 (corpus/420000-2020.json)', () => {
  const ds = loadDataset('420000-2020.json', 'corpus');
  const received = (filter = {}) => cellValue(ds, 'reconsideration.received', filter);

  it('acceptance rate 57.71% = 3129 / 5422; +842 is +18.38% on 4580', () => {
    const r = rate(cellValue(ds, 'reconsideration.accepted'), received());
    expect(compareReported(r, '57.71').consistent).toBe(true);
    const base = arith.sub(received(), received({ measure: 'yoyDifference', year: 2020 }));
    expect(base).toBe('4580');
    expect(compareReported(yoyChange(base, received()), '18.38').consistent).toBe(true);
  });

  it('表1: the eleven provincial departments add to 376 received and 250 accepted', () => {
    const fixed = { reviewingBody: 'department' };
    const rec = members(ds, 'reconsideration.received', 'agencyDomain', { fixed });
    const acc = members(ds, 'reconsideration.accepted', 'agencyDomain', { fixed });
    expect(Object.keys(rec)).toHaveLength(11);
    expect(total(rec)).toBe('376');
    expect(total(acc)).toBe('250');
    for (const [domain, n] of Object.entries(acc))
      expect(arith.cmp(n, rec[domain] as string), domain).toBeLessThan(1);
  });

  it('市州政府本级: +1325 on 2526 is +110.32%', () => {
    const dims = { reviewingBody: 'prefecturalGovernment' };
    const base = arith.sub(
      received({ dimensions: dims }),
      received({ dimensions: dims, measure: 'yoyDifference' }),
    );
    expect(base).toBe('1201');
    expect(compareReported(yoyChange(base, '2526'), '110.32').consistent).toBe(true);
  });

  it('武汉市: 2220 is 40.94% of the province’s 5422, and 表2 restates it', () => {
    const wuhan = received({ jurisdiction: '420100' });
    expect(wuhan).toBe('2220');
    expect(compareReported(rate(wuhan, received()), '40.94').consistent).toBe(true);
  });

  it('the province’s own bodies and the 13 市州 leave 481 applications elsewhere (the four directly administered units)', () => {
    const own = total([
      received({ dimensions: { reviewingBody: 'provincialGovernment' } }),
      received({ dimensions: { reviewingBody: 'department' } }),
      received({ dimensions: { region: 'prefectures' } }),
    ]);
    expect(arith.sub(received(), own)).toBe('481');
  });
});
