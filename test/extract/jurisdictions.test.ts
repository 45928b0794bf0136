// A division under the reporting jurisdiction, named as a figure's subject, is that figure's jurisdiction.
import { describe, expect, it } from 'vitest';
import { divisionLookup } from '../../src/divisions/index.js';
import { extractObservations } from '../../src/extract/extract.js';
import { divisionNames, namedDivision } from '../../src/extract/jurisdictions.js';

describe('divisionNames / namedDivision', () => {
  const hubei = divisionNames(divisionLookup, '420000');

  it('knows the prefectures and counties under a province, with the short form of an autonomous prefecture', () => {
    expect(namedDivision(hubei, '其中,武汉市收到行政复议申请')).toBe('420100');
    expect(namedDivision(hubei, '恩施州收到')).toBe('422800');
    expect(namedDivision(hubei, '武汉市硚口区收到')).toBe('420100');
  });

  it('ignores a named member of a group and places outside the jurisdiction', () => {
    expect(namedDivision(hubei, '武汉市硚口区等9个县级政府收到行政复议申请')).toBeUndefined();
    expect(namedDivision(hubei, '长沙市收到')).toBeUndefined();
    expect(namedDivision(divisionNames(divisionLookup, '433126'), '古丈县收到')).toBeUndefined();
  });
});

describe('extractObservations', () => {
  it('gives a figure whose subject is a division under the reporting one that division, its share too', () => {
    const { dataset } = extractObservations(
      '全省新收行政复议申请4377件。其中,武汉市收到行政复议申请2220件,同比增长10.5%。',
      {
        jurisdiction: '420000',
        year: 2020,
        divisions: divisionLookup,
      },
    );
    expect(
      dataset.observations.map((o) => [o.jurisdiction, o.indicator, o.measure ?? 'level', o.value]),
    ).toEqual([
      ['420000', 'reconsideration.received', 'level', '4377'],
      ['420100', 'reconsideration.received', 'level', '2220'],
      ['420100', 'reconsideration.received', 'yoyPercent', '10.5'],
    ]);
  });

  it('leaves every figure to the reporting jurisdiction without a division table', () => {
    const { dataset } = extractObservations('其中,武汉市收到行政复议申请2220件。', {
      jurisdiction: '420000',
      year: 2020,
    });
    expect(dataset.observations.map((o) => o.jurisdiction)).toEqual(['420000']);
  });
});
