import { describe, expect, it } from 'vitest';
import { yoyChange } from '../../src/change/yoy-change.js';
import { compareReported } from '../../src/compare-reported.js';
import * as arith from '../../src/internal/arith.js';
import { rate } from '../../src/rate.js';
import { cells, cellValue, members } from './corpus-support.js';
import { loadDataset } from './support.js';

// Corpus documents 07–12: every breakdown that should add up, and every printed rate, share and change recomputed
// from the printed inputs. Expected values were worked out by hand from the texts.

const total = (values: Record<string, string>) => arith.sum(Object.values(values));

describe('07 汉中市 2025 (corpus/610700-2025.json)', () => {
  const ds = loadDataset('610700-2025.json', 'corpus');

  it('organisations: 177 township + 2216 village + 94 industry = 2487, without the 38 个人调解室', () => {
    const kinds = members(ds, 'mediation.committees', 'committeeType');
    expect(kinds).toEqual({ township: '177', village: '2216', industry: '94' });
    expect(total(kinds)).toBe(cellValue(ds, 'mediation.committees'));
    expect(cellValue(ds, 'mediation.featuredRooms')).toBe('38');
  });

  it('the 十四五 figures carry the plan period, not the year', () => {
    const found = cells(ds, 'mediation.disputesFound');
    expect(found.map((o) => o.period)).toEqual([{ start: '2021-01-01', end: '2025-12-31' }]);
  });
});

describe('08 靖边县 2017 (corpus/610824-2017.json)', () => {
  const ds = loadDataset('610824-2017.json', 'corpus');
  const town = { dimensions: { committeeType: 'township' } };

  it('township committees: 260 / 280 = 92.857%, printed 92.8 — the decimals were cut off', () => {
    const r = rate(cellValue(ds, 'mediation.succeeded', town), cellValue(ds, 'mediation.cases', town));
    expect(compareReported(r, cellValue(ds, 'mediation.successRate', town))).toMatchObject({
      conventions: ['truncate'],
      computed: '92.9',
    });
  });

  it('community correction since the start: 927 received, 614 released, so 313 would remain', () => {
    const received = cells(ds, 'communityCorrection.received')[0];
    expect(received?.cumulative).toBe(true);
    expect(arith.sub(String(received?.value), cellValue(ds, 'communityCorrection.released'))).toBe('313');
  });
});

describe('09 砀山县 2023 (corpus/341321-2023.json)', () => {
  const ds = loadDataset('341321-2023.json', 'corpus');

  it('community correction: 453 at the end with 442 received and 394 released means 405 at the start', () => {
    const end = cellValue(ds, 'communityCorrection.enrolled');
    const start = arith.add(
      arith.sub(end, cellValue(ds, 'communityCorrection.received')),
      cellValue(ds, 'communityCorrection.released'),
    );
    expect(start).toBe('405');
  });

  it('screening: 485 disputes found, 419 prevented, 627 mediated', () => {
    expect(
      arith.cmp(cellValue(ds, 'mediation.disputesPrevented'), cellValue(ds, 'mediation.disputesFound')),
    ).toBe(-1);
    expect(cellValue(ds, 'mediation.cases')).toBe('627');
  });
});

describe('10 滁州市 2021 (corpus/341100-2021.json)', () => {
  const ds = loadDataset('341100-2021.json', 'corpus');

  it('January–April: 2432 civil + 775 criminal + 17 administrative = 3224, each share recomputes', () => {
    const parts = members(ds, 'legalAid.cases', 'caseType');
    expect(total(parts)).toBe(cellValue(ds, 'legalAid.cases'));
    const shares = members(ds, 'legalAid.cases', 'caseType', { measure: 'share' });
    for (const [kind, share] of Object.entries(shares)) {
      expect(compareReported(rate(parts[kind] as string, '3224'), share).consistent, kind).toBe(true);
    }
    expect(total(shares)).toBe('99.9');
  });

  it('51.37% of the year’s target of 6275 is 3224 / 6275 = 51.378% truncated', () => {
    const target = (ds.targets ?? []).find((t) => t.indicator === 'legalAid.cases');
    expect(target?.value).toBe('6275');
    const share = cellValue(ds, 'legalAid.cases', { measure: 'share' });
    expect(compareReported(rate('3224', String(target?.value)), share)).toMatchObject({
      conventions: ['truncate'],
      computed: '51.38',
    });
  });
});

describe('11 郑州市 2024 (corpus/410100-2024.json)', () => {
  const ds = loadDataset('410100-2024.json', 'corpus');

  it('fee waivers are parts of their totals', () => {
    expect(arith.cmp(cellValue(ds, 'notarization.feeWaivedCases'), cellValue(ds, 'notarization.cases'))).toBe(
      -1,
    );
    expect(
      arith.cmp(cellValue(ds, 'forensicAppraisal.feeWaivedCases'), cellValue(ds, 'forensicAppraisal.cases')),
    ).toBe(-1);
  });

  it('money per case: about 541 yuan per notarization, 1477 yuan per appraisal (so 涉及金额 reads like fees)', () => {
    expect(rate(cellValue(ds, 'notarization.fees'), cellValue(ds, 'notarization.cases')).toDecimal(0)).toBe(
      '541',
    );
    expect(
      rate(
        cellValue(ds, 'forensicAppraisal.amountInvolved'),
        cellValue(ds, 'forensicAppraisal.cases'),
      ).toDecimal(0),
    ).toBe('1477');
  });
});

describe('12 社旗县 2016 (corpus/411327-2016.json)', () => {
  const ds = loadDataset('411327-2016.json', 'corpus');

  it('the 同比 of 69 accepted (+76.9%) and 61 concluded (+60.5%) imply 39 and 38 in 2015', () => {
    expect(compareReported(yoyChange('39', cellValue(ds, 'litigation.cases')), '76.9').consistent).toBe(true);
    expect(compareReported(yoyChange('38', cellValue(ds, 'litigation.concluded')), '60.5').consistent).toBe(
      true,
    );
  });

  it('败诉率 16.4% and 撤诉率 22.9% fit the 61 concluded (10 and 14 cases), 22.9 only when truncated; not the 69', () => {
    const concluded = cellValue(ds, 'litigation.concluded');
    expect(compareReported(rate('10', concluded), cellValue(ds, 'litigation.lossRate')).consistent).toBe(
      true,
    );
    expect(
      compareReported(rate('14', concluded), cellValue(ds, 'litigation.withdrawalRate')).conventions,
    ).toEqual(['truncate']);
    const accepted = cellValue(ds, 'litigation.cases');
    const fits = (printed: string) =>
      Array.from({ length: 70 }, (_, n) => n).filter(
        (n) => compareReported(rate(n, accepted), printed).consistent,
      );
    expect(fits('16.4')).toEqual([]);
    expect(fits('22.9')).toEqual([]);
  });
});
