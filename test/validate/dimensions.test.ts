import { describe, expect, it } from 'vitest';
import { dimensions, getDimension } from '../../src/catalog/default-catalog.js';
import type { Observation } from '../../src/model/observation.js';
import { scopeKey } from '../../src/model/observation.js';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { validateDatasets } from '../../src/validate/validate-datasets.js';

const TODAY = { today: '2025-06-01' };
const base = { jurisdiction: '330108', year: 2020 } as const;
const obs = (o: Partial<Observation> & Pick<Observation, 'indicator' | 'value'>): Observation => ({
  ...base,
  ...o,
});
const codes = (observations: unknown[], extra: Record<string, unknown> = {}) =>
  validateDataset({ observations, ...extra }, TODAY).issues.map((i) => [i.code, i.path]);

describe('the dimension catalog', () => {
  it('covers the dimensions reports break figures down by, each with bilingual names', () => {
    const ids = dimensions.map((d) => d.id);
    for (const id of [
      'matter',
      'respondent',
      'agencyDomain',
      'reviewingBody',
      'caseType',
      'disputeType',
      'sentenceType',
      'notarizationType',
    ]) {
      expect(ids).toContain(id);
    }
    for (const d of dimensions) {
      expect(d.name.length).toBeGreaterThan(0);
      expect(d.nameEn.length).toBeGreaterThan(0);
      for (const m of d.members) expect(m.nameEn.length).toBeGreaterThan(0);
    }
    expect(getDimension('matter')?.members.some((m) => m.id === 'other')).toBe(true);
    // Members the corpus needs (announced to the dataset authors): none may silently go missing.
    const promised: Record<string, string[]> = {
      caseType: ['criminal', 'civilOrAdministrative', 'legalHelp', 'legalAid', 'criminalDefenceCoverage'],
      committeeType: [
        'grassroots',
        'county',
        'industry',
        'trafficAccident',
        'medical',
        'labour',
        'otherIndustry',
      ],
      beneficiaryGroup: ['specialGroups', 'disabled'],
      bodyLevel: ['national', 'provincial', 'provincialOrAbove'],
      consultationChannel: ['hotline', 'visit'],
      matter: ['reconsiderationDecision', 'informationDisclosure'],
      mediatorType: ['fullTime', 'partTime'],
      professionalBackground: ['basicLegalServiceWorker'],
      disputeSeverity: ['major'],
      publicityTheme: ['pandemic', 'workResumption'],
      courtInstance: ['firstInstance'],
      tier: ['prefectural', 'county', 'township', 'village'],
    };
    for (const [id, members] of Object.entries(promised)) {
      expect(getDimension(id)?.members.map((m) => m.id)).toEqual(expect.arrayContaining(members));
    }
    expect(getDimension('committeeType')?.members.find((m) => m.id === 'industry')?.parts).toEqual([
      'trafficAccident',
      'medical',
      'labour',
      'otherIndustry',
    ]);
    expect(getDimension('nope')).toBeUndefined();
  });
});

describe('observations with dimensions (滨江区 2020)', () => {
  const table = [
    obs({ indicator: 'reconsideration.accepted', value: '59' }),
    obs({
      indicator: 'reconsideration.accepted',
      value: '13',
      dimensions: { agencyDomain: 'publicSecurity' },
    }),
    obs({
      indicator: 'reconsideration.accepted',
      value: '21',
      dimensions: { agencyDomain: 'marketRegulation' },
    }),
    obs({
      indicator: 'reconsideration.accepted',
      value: '22.0',
      measure: 'share',
      unit: 'percent',
      dimensions: { agencyDomain: 'publicSecurity' },
    }),
    obs({
      indicator: 'reconsideration.accepted',
      value: '116.7',
      measure: 'yoyPercent',
      dimensions: { agencyDomain: 'publicSecurity' },
    }),
  ];

  it('are valid, and cells are never set against the plain total as if they were the same figure', () => {
    expect(codes(table)).toEqual([]);
  });

  it('differ by their cells: the same indicator in two cells is no duplicate, the same cell twice is', () => {
    const twice = [
      ...table,
      obs({
        indicator: 'reconsideration.accepted',
        value: '14',
        dimensions: { agencyDomain: 'publicSecurity' },
      }),
    ];
    expect(codes(twice)).toEqual([['conflicting_observation', 'observations[5].value']]);
  });

  it('name unknown dimensions and members with a did-you-mean', () => {
    const r = validateDataset(
      {
        observations: [
          obs({ indicator: 'reconsideration.accepted', value: '1', dimensions: { agencyDomian: 'finance' } }),
          obs({ indicator: 'reconsideration.accepted', value: '1', dimensions: { agencyDomain: 'finanse' } }),
          obs({ indicator: 'mediation.cases', value: '1', dimensions: { agencyDomain: 'finance' } }),
        ],
      },
      TODAY,
    );
    expect(r.issues.map((i) => [i.code, i.path, i.details?.suggestion, i.details?.reason])).toEqual([
      ['unknown_dimension', 'observations[0].dimensions.agencyDomian', 'agencyDomain', 'not_found'],
      ['unknown_member', 'observations[1].dimensions.agencyDomain', 'finance', undefined],
      ['unknown_dimension', 'observations[2].dimensions.agencyDomain', undefined, 'not_applicable'],
    ]);
    expect(r.issues[0]?.message).toContain('did you mean "agencyDomain"');
    expect(r.issues[1]?.messageZh).toContain('是否应为“finance”');
  });

  it('may use the dimensions and members a dataset declares, and extend a catalog dimension', () => {
    const units = {
      id: 'respondentUnit',
      name: '被申请人单位',
      nameEn: 'Respondent unit',
      indicators: ['reconsideration.accepted'],
      members: [
        { id: 'xixingStreet', name: '西兴街道', nameEn: 'Xixing sub-district' },
        { id: 'puyanStreet', name: '浦沿街道', nameEn: 'Puyan sub-district' },
      ],
    };
    const more = {
      ...getDimension('agencyDomain'),
      members: [{ id: 'landInspection', name: '土地监察', nameEn: 'Land inspection' }],
    };
    expect(
      codes(
        [
          obs({
            indicator: 'reconsideration.accepted',
            value: '4',
            dimensions: { respondentUnit: 'xixingStreet' },
          }),
          obs({
            indicator: 'reconsideration.accepted',
            value: '2',
            dimensions: { agencyDomain: 'landInspection' },
          }),
        ],
        { dimensions: [units, more] },
      ),
    ).toEqual([]);
    expect(
      codes([], { dimensions: [{ ...units, members: [...units.members, units.members[0]] }] }).map(
        (c) => c[0],
      ),
    ).toEqual(['duplicate_member']);
  });
});

describe('measures, shares and changes', () => {
  it('check that a measure fits its indicator and fields', () => {
    const values = (observations: unknown[]) =>
      validateDataset(
        { observations },
        { ...TODAY, rules: { publishedRates: false, duplicates: false } },
      ).issues.map((i) => [i.code, i.path]);
    expect(
      values([
        obs({
          indicator: 'litigation.lossRate',
          value: '5',
          measure: 'share',
          dimensions: { matter: 'other' },
        }),
        obs({ indicator: 'legalAid.cases', value: '5', measure: 'ppChange' }),
        obs({ indicator: 'legalAid.cases', value: '5', measure: 'share' }),
        obs({ indicator: 'legalAid.cases', value: '5', baseYear: 2018 }),
        obs({ indicator: 'legalAid.cases', value: '5', measure: 'yoyPercent', baseYear: 2020 }),
        obs({
          indicator: 'legalAid.cases',
          value: '5',
          measure: 'share',
          unit: 'cases',
          shareOf: { target: true, coverage: 'ownLevel' },
        }),
        obs({
          indicator: 'legalAid.cases',
          value: '101',
          measure: 'share',
          dimensions: { caseType: 'civil' },
        }),
        obs({ indicator: 'legalAid.cases', value: '125', measure: 'share', shareOf: { target: true } }),
        obs({ indicator: 'legalAid.cases', value: '-101', measure: 'yoyPercent' }),
        obs({ indicator: 'legalAid.cases', value: '-1.5', measure: 'yoyDifference' }),
      ]),
    ).toEqual([
      ['invalid_measure', 'observations[0].measure'],
      ['invalid_measure', 'observations[1].measure'],
      ['invalid_measure', 'observations[2].measure'],
      ['invalid_measure', 'observations[3].baseYear'],
      ['invalid_measure', 'observations[4].baseYear'],
      ['unit_mismatch', 'observations[5].unit'],
      ['percent_out_of_range', 'observations[6].value'],
      ['percent_out_of_range', 'observations[8].value'],
      ['invalid_count', 'observations[9].value'],
    ]);
  });

  it('keep the old key of an observation without the new fields, and name every other coordinate', () => {
    expect(scopeKey({ asOf: '2024-06-30' })).toBe('asOf=2024-06-30');
    expect(
      scopeKey({
        year: 2022,
        dimensions: { b: 'x', a: 'y' },
        measure: 'yoyPercent',
        baseYear: 2021,
        coverage: 'wholeArea',
        period: { start: '2021-08-01', end: '2022-07-31' },
      }),
    ).toBe('period=2021-08-01/2022-07-31|dimensions=a:y,b:x|measure=yoyPercent');
    expect(scopeKey({ year: 2019, baseYear: 2012, measure: 'yoyRatio', coverage: 'ownLevel' })).toBe(
      'coverage=ownLevel|measure=yoyRatio|baseYear=2012',
    );
  });
});

describe('periods and coverage (上海 2021-08-01 – 2022-07-31)', () => {
  const window = { start: '2021-08-01', end: '2022-07-31' };
  it('keep a non-calendar window and a 本级 figure apart from the calendar year and the whole area', () => {
    expect(
      codes([
        obs({
          jurisdiction: '310000',
          year: 2022,
          indicator: 'reconsideration.received',
          value: '11533',
          period: window,
        }),
        obs({
          jurisdiction: '310000',
          year: 2022,
          indicator: 'reconsideration.accepted',
          value: '9428',
          period: window,
        }),
        obs({ jurisdiction: '310000', year: 2022, indicator: 'reconsideration.received', value: '100' }),
        obs({
          jurisdiction: '310000',
          year: 2022,
          indicator: 'reconsideration.accepted',
          value: '959',
          coverage: 'ownLevel',
        }),
        obs({
          jurisdiction: '310000',
          year: 2022,
          indicator: 'reconsideration.received',
          value: '11533',
          period: window,
        }),
      ]),
    ).toEqual([['duplicate_observation', 'observations[4].value']]);
  });

  it('reports a window that ends before it starts or outside its year', () => {
    expect(
      codes([
        obs({ indicator: 'legalAid.cases', value: '1', period: { start: '2020-05-01', end: '2020-04-30' } }),
        obs({ indicator: 'legalAid.cases', value: '1', period: { start: '2020-08-01', end: '2021-07-31' } }),
      ]),
    ).toEqual([
      ['invalid_period', 'observations[0].period'],
      ['invalid_period', 'observations[1].period'],
    ]);
  });
});

describe('validateDatasets', () => {
  const report2020 = {
    observations: [
      obs({
        indicator: 'reconsideration.accepted',
        value: '59',
        source: { report: 'r2020', quote: '受理59件' },
      }),
      obs({
        year: 2019,
        indicator: 'reconsideration.accepted',
        value: '96',
        source: { report: 'r2020', quote: '96' },
      }),
    ],
  };
  const report2019 = (value: string) => ({
    observations: [
      obs({
        year: 2019,
        indicator: 'reconsideration.accepted',
        value,
        source: { report: 'r2019', quote: `受理${value}件` },
      }),
    ],
  });

  it('counts a figure two reports agree on as corroboration, never a warning', () => {
    const r = validateDatasets([report2019('96'), report2020], {
      ...TODAY,
      names: ['2019.json', '2020.json'],
    });
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['corroborated', 'info']]);
    expect(r.datasets.map((d) => d.name)).toEqual(['2019.json', '2020.json']);
    expect(r.counts.warning).toBe(0);
  });

  it('reports two reports that disagree, naming both files and quotes', () => {
    const r = validateDatasets([report2019('95'), report2020], {
      ...TODAY,
      names: ['2019.json', '2020.json'],
    });
    expect(r.ok).toBe(false);
    const c = r.issues[0];
    expect(c?.code).toBe('conflicting_observation');
    expect(c?.details).toMatchObject({
      file: '2020.json',
      otherFile: '2019.json',
      quote: '96',
      otherQuote: '受理95件',
    });
    expect(c?.message).toContain('2019.json');
  });
});
