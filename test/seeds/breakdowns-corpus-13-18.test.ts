import { describe, expect, it } from 'vitest';
import { compareReported } from '../../src/compare-reported.js';
import * as arith from '../../src/internal/arith.js';
import { rate } from '../../src/rate.js';
import { cells, cellValue, members } from './corpus-support.js';
import { loadDataset } from './support.js';

// Corpus documents 13–18: every breakdown that should add up, and every printed rate and share recomputed from the
// printed inputs. Expected values were worked out by hand from the texts.

const total = (values: Record<string, string> | readonly string[]) =>
  arith.sum(Array.isArray(values) ? values : Object.values(values));

/** The whole numbers n in [from, to] for which numerator / n is printed as `printed` under some rounding. */
const denominatorsFor = (numerator: string, printed: string, from: number, to: number): number[] => {
  const found: number[] = [];
  for (let n = from; n <= to; n++) if (compareReported(rate(numerator, n), printed).consistent) found.push(n);
  return found;
};

describe('13 南阳市 2015 (corpus/411300-2015.json)', () => {
  const ds = loadDataset('411300-2015.json', 'corpus');
  const first = { dimensions: { courtInstance: 'firstInstance' } };

  it('结案率 85.9% = 962 concluded / 1120 received (first instance, all courts of the city)', () => {
    const r = rate(cellValue(ds, 'litigation.concluded', first), cellValue(ds, 'litigation.received', first));
    expect(r.toPercent(2)).toBe('85.89');
    expect(compareReported(r, cellValue(ds, 'litigation.closureRate', first)).consistent).toBe(true);
  });

  it('败诉 228 of the 962 concluded: a loss rate of 23.7% the report does not print', () => {
    const lost = cellValue(ds, 'litigation.lost', first);
    expect(arith.cmp(lost, cellValue(ds, 'litigation.concluded', first))).toBe(-1);
    expect(rate(lost, '962').toPercent(1)).toBe('23.7');
    expect(cells(ds, 'litigation.lossRate')).toEqual([]);
  });

  it('出庭应诉率 38% on 383 appearances puts the cases heard (May–December) between 983 (cut off) and 1021', () => {
    const [appearances] = cells(ds, 'litigation.headAppearances');
    expect(appearances?.period).toEqual({ start: '2015-05-01', end: '2015-12-31' });
    const heard = denominatorsFor('383', '38', 950, 1100);
    expect([heard[0], heard.at(-1)]).toEqual([983, 1021]);
    expect(compareReported(rate('383', '995'), '38').conventions).toEqual([
      'half-up',
      'half-even',
      'truncate',
    ]);
  });

  it('+28 个百分点 is a change in points: the May–December 2014 rate was about 10%', () => {
    const [change] = cells(ds, 'litigation.headAppearanceRate', { measure: 'ppChange' });
    expect(change).toMatchObject({ value: '28', unit: 'percentagePoints', baseYear: 2014 });
    expect(arith.sub('38', String(change?.value))).toBe('10');
  });
});

describe('14 武侯区 2020 (corpus/510107-2020.json)', () => {
  const ds = loadDataset('510107-2020.json', 'corpus');

  it('resettlement: all 209 received were placed, so 安置率 100% recomputes; 帮教率 has no printed count', () => {
    const placed = cellValue(ds, 'resettlement.placed');
    expect(placed).toBe(cellValue(ds, 'resettlement.received'));
    expect(compareReported(rate(placed, '209'), cellValue(ds, 'resettlement.placementRate')).consistent).toBe(
      true,
    );
    expect(cells(ds, 'resettlement.assisted')).toEqual([]);
  });

  it('the two “2000余份” handbooks are two cells of the publicity theme, not one figure given twice', () => {
    const handbooks = members(ds, 'legalPublicity.materials', 'publicityTheme');
    expect(handbooks).toEqual({ pandemic: '2000', workResumption: '2000' });
    for (const o of cells(ds, 'legalPublicity.materials', { dimensions: { publicityTheme: 'pandemic' } }))
      expect(o.qualifier).toBe('moreThan');
  });

  it('mediation: 1125 major disputes found by screening beside 3850 disputes received', () => {
    expect(members(ds, 'mediation.disputesFound', 'disputeSeverity')).toEqual({ major: '1125' });
    expect(cellValue(ds, 'mediation.cases')).toBe('3850');
  });
});

describe('15 绵阳市 2015 (corpus/510700-2015.json)', () => {
  const ds = loadDataset('510700-2015.json', 'corpus');
  const target = (id: string) => String(ds.targets?.find((t) => t.indicator === id)?.value);
  const completion = (id: string, dimensions?: Record<string, string>) =>
    cellValue(ds, id, { measure: 'share', ...(dimensions ? { dimensions } : {}) });

  it('every printed 完成率 is the half-year figure over the yearly target', () => {
    // The halls are county-level (县级) and the workstations township ones (乡镇): their tier is their cell.
    const rows = [
      ['legalAid.services', '74.75'],
      ['legalAid.cases', '125.39'],
      ['legalAid.otherMatters', '65.11'],
      ['legalAid.receptionHallsBuilt', '50.00', { tier: 'county' }],
      ['legalAid.workstationsBuilt', '50.00', { tier: 'township' }],
    ] as const;
    for (const [id, exact, dimensions] of rows) {
      const cell = dimensions === undefined ? undefined : { ...dimensions };
      const r = rate(cellValue(ds, id, cell ? { dimensions: cell } : {}), target(id));
      expect(r.toPercent(2), id).toBe(exact);
      expect(compareReported(r, completion(id, cell)).consistent, id).toBe(true);
    }
    // 74.75% prints as 75 only when rounded half-up or half-even; cut off it would be 74
    expect(compareReported(rate('26163', '35000'), '75').conventions).toEqual(['half-up', 'half-even']);
  });

  it('服务人次 is not cases + other matters: 2 × cases + other matters, for the results and the targets alike', () => {
    const cases = cellValue(ds, 'legalAid.cases');
    const other = cellValue(ds, 'legalAid.otherMatters');
    const services = cellValue(ds, 'legalAid.services');
    expect(total([cases, other])).toBe('22652');
    expect(total([cases, cases, other])).toBe(services);
    const [tCases, tOther] = [target('legalAid.cases'), target('legalAid.otherMatters')];
    expect(total([tCases, tCases, tOther])).toBe(target('legalAid.services'));
  });

  it('every figure covers January–June, the targets the whole year', () => {
    for (const o of ds.observations) expect(o.period).toEqual({ start: '2015-01-01', end: '2015-06-30' });
    for (const t of ds.targets ?? []) expect(t.year).toBe(2015);
  });
});

describe('16 定安县 2020 (corpus/469021-2020.json)', () => {
  const ds = loadDataset('469021-2020.json', 'corpus');

  it('调处率 100% = 490 / 490 and 调处成功率 96.5% = 473 / 490', () => {
    const [reported, mediated, succeeded] = [
      cellValue(ds, 'mediation.disputesReported'),
      cellValue(ds, 'mediation.cases'),
      cellValue(ds, 'mediation.succeeded'),
    ];
    expect(
      compareReported(rate(mediated, reported), cellValue(ds, 'mediation.handlingRate')).consistent,
    ).toBe(true);
    const success = rate(succeeded, mediated);
    expect(success.toPercent(2)).toBe('96.53');
    expect(compareReported(success, cellValue(ds, 'mediation.successRate')).conventions).toEqual([
      'half-up',
      'half-even',
      'truncate',
    ]);
  });

  it('keeps the 138 grassroots committees apart from the 4 industry committees set up in 2020', () => {
    expect(members(ds, 'mediation.committees', 'committeeType')).toEqual({ grassroots: '138' });
    expect(members(ds, 'mediation.committeesEstablished', 'committeeType')).toEqual({ industry: '4' });
  });

  it('the example dispute’s 1.5万元 is a cell of its own, never the county’s total', () => {
    expect(cells(ds, 'mediation.amountInvolved')).toEqual([]);
    expect(members(ds, 'mediation.amountInvolved', 'illustrativeCase')).toEqual({ xinzhuFishpond: '15000' });
  });
});

describe('17 红谷滩区 2021 (corpus/360113-2021.json)', () => {
  const ds = loadDataset('360113-2021.json', 'corpus');

  it('余 figures are open lower bounds', () => {
    for (const id of [
      'legalPublicity.activities',
      'legalPublicity.materials',
      'legalPublicity.audience',
      'legalAid.consultations',
      'legalAid.peopleServed',
    ]) {
      expect(cells(ds, id)[0]?.qualifier, id).toBe('moreThan');
    }
  });

  it('the 教育整顿 figures run from March (自3月以来), the others over the whole year', () => {
    const campaign = [
      'organisation.trainingSessions',
      'organisation.warningEducationSessions',
      'organisation.persistentProblemsRectified',
      'organisation.rulesAdopted',
    ];
    for (const o of ds.observations) {
      expect(o.period?.start === '2021-03-01', o.indicator).toBe(campaign.includes(o.indicator));
    }
  });
});

describe('18 九龙坡区 2023 (corpus/500107-2023.json)', () => {
  const ds = loadDataset('500107-2023.json', 'corpus');

  it('major decisions: the 6 in the catalogue are 1 adopted + 5 in progress', () => {
    expect(total([cellValue(ds, 'majorDecisions.adopted'), cellValue(ds, 'majorDecisions.inProgress')])).toBe(
      cellValue(ds, 'majorDecisions.listed'),
    );
  });

  it('district government as defendant: a head appeared in all 26 hearings, 100%', () => {
    const dims = { dimensions: { respondent: 'countyGovernment' } };
    const r = rate(
      cellValue(ds, 'litigation.headAppearances', dims),
      cellValue(ds, 'litigation.hearings', dims),
    );
    expect(compareReported(r, cellValue(ds, 'litigation.headAppearanceRate', dims)).consistent).toBe(true);
  });
});
