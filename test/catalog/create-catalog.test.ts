import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/catalog.js';
import { CATALOG_ISSUE_CODES, checkCatalog } from '../../src/catalog/check-catalog.js';
import { createCatalog } from '../../src/catalog/create-catalog.js';
import { defaultCatalog } from '../../src/catalog/default-catalog.js';
import { FazhiError } from '../../src/errors.js';
import type { Dimension } from '../../src/model/dimension.js';
import type { Indicator } from '../../src/model/indicator.js';
import type { Relation } from '../../src/model/relation.js';

const online: Indicator = {
  id: 'mediation.online',
  name: '线上调解',
  nameEn: 'Online mediations',
  unit: 'cases',
  kind: 'count',
  polarity: 'neutral',
  aggregation: 'sum',
  area: 'dispute-resolution',
};

function rel(part: string, whole: string, id = `${part}<=${whole}`): Relation {
  return { kind: 'partOf', id, part, whole, description: 'test', descriptionZh: '测试' };
}

function codesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof FazhiError) return e.issues.map((i) => i.code);
    throw e;
  }
  return [];
}

describe('createCatalog', () => {
  it('extends the default catalog without changing it', () => {
    const before = defaultCatalog.indicators.length;
    const mine = createCatalog(
      { indicators: [online], relations: [rel('mediation.online', 'mediation.cases')] },
      defaultCatalog,
    );
    expect(mine.get('mediation.online')).toBe(online);
    expect(mine.get('mediation.cases')).toBe(defaultCatalog.get('mediation.cases'));
    expect(mine.indicators.length).toBe(before + 1);
    expect(mine.relations.length).toBe(defaultCatalog.relations.length + 1);
    expect(defaultCatalog.get('mediation.online')).toBeUndefined();
    expect(defaultCatalog.indicators.length).toBe(before);
  });

  it('builds a catalog from nothing', () => {
    const c = createCatalog({ indicators: [online] });
    expect(c.indicators).toEqual([online]);
    expect(c.relations).toEqual([]);
  });

  it('throws duplicate_indicator when an id already exists', () => {
    const dup = { ...online, id: 'mediation.cases' };
    expect(() => createCatalog({ indicators: [dup] }, defaultCatalog)).toThrow(FazhiError);
    expect(codesOf(() => createCatalog({ indicators: [dup] }, defaultCatalog))).toEqual([
      'duplicate_indicator',
    ]);
  });

  it('throws unknown_indicator_reference for a relation or formula naming a missing id', () => {
    expect(
      codesOf(() => createCatalog({ relations: [rel('mediation.nope', 'mediation.cases')] }, defaultCatalog)),
    ).toEqual(['unknown_indicator_reference']);
    const rate: Indicator = {
      ...online,
      id: 'mediation.onlineRate',
      unit: 'percent',
      kind: 'rate',
      aggregation: 'none',
      formulas: [
        {
          basis: 'cases',
          numerator: { plus: ['mediation.ghost'] },
          denominator: { plus: ['mediation.cases'] },
        },
      ],
    };
    expect(codesOf(() => createCatalog({ indicators: [rate] }, defaultCatalog))).toEqual([
      'unknown_indicator_reference',
    ]);
  });

  it('throws unit_mismatch_in_relation when a relation mixes cases and people', () => {
    expect(
      codesOf(() =>
        createCatalog(
          { relations: [rel('mediation.cases', 'communityCorrection.enrolled')] },
          defaultCatalog,
        ),
      ),
    ).toEqual(['unit_mismatch_in_relation']);
  });

  it('throws duplicate_relation for a repeated relation id', () => {
    const existing = defaultCatalog.relations[0] as Relation;
    expect(codesOf(() => createCatalog({ relations: [existing] }, defaultCatalog))).toEqual([
      'duplicate_relation',
    ]);
  });

  it('rejects unknown units, bad ids, aggregating rates and formulas over rates', () => {
    expect(codesOf(() => createCatalog({ indicators: [{ ...online, unit: 'furlongs' }] }))).toEqual([
      'unknown_unit',
    ]);
    expect(codesOf(() => createCatalog({ indicators: [{ ...online, id: 'Bad Id' }] }))).toEqual([
      'invalid_indicator',
    ]);
    const summedRate: Indicator = {
      ...online,
      id: 'mediation.x',
      unit: 'percent',
      kind: 'rate',
      aggregation: 'sum',
    };
    expect(codesOf(() => createCatalog({ indicators: [summedRate] }))).toEqual(['rate_aggregates']);
    const rateOfRates: Indicator = {
      ...summedRate,
      aggregation: 'none',
      formulas: [
        {
          basis: 'x',
          numerator: { plus: ['mediation.successRate'] },
          denominator: { plus: ['mediation.cases'] },
        },
      ],
    };
    expect(codesOf(() => createCatalog({ indicators: [rateOfRates] }, defaultCatalog))).toEqual([
      'formula_term_not_count',
      'unit_mismatch_in_formula',
    ]);
    expect(
      codesOf(() =>
        createCatalog({ relations: [rel('mediation.successRate', 'litigation.lossRate')] }, defaultCatalog),
      ),
    ).toEqual(['relation_on_non_additive', 'relation_on_non_additive']);
  });

  it('rejects a relation naming one indicator twice', () => {
    expect(
      codesOf(() =>
        createCatalog({ relations: [rel('mediation.cases', 'mediation.cases')] }, defaultCatalog),
      ),
    ).toEqual(['invalid_relation']);
  });

  it('reports every error at once, with bilingual messages and paths', () => {
    try {
      createCatalog({ indicators: [{ ...online, unit: 'furlongs' }, online] });
      expect.unreachable();
    } catch (e) {
      const err = e as FazhiError;
      expect(err.issues.map((i) => [i.code, i.path])).toEqual([
        ['unknown_unit', 'indicators[0].unit'],
        ['duplicate_indicator', 'indicators[1].id'],
      ]);
      expect(err.issues[1]?.messageZh).toContain('重复');
    }
  });

  it('accepts an unknown area with only a warning', () => {
    const c = createCatalog({ indicators: [{ ...online, area: 'my-own' }] });
    expect(c.get('mediation.online')).toBeDefined();
    expect(checkCatalog(c).map((i) => [i.code, i.severity])).toEqual([['unknown_area', 'warning']]);
  });

  it('checks a plain object catalog too', () => {
    const plain: Pick<Catalog, 'indicators' | 'relations'> = { indicators: [online], relations: [] };
    expect(checkCatalog(plain)).toEqual([]);
  });
});

describe('trusting a base catalog', () => {
  it('re-checks a hand-made base but not one createCatalog built', () => {
    const bad: Indicator = { ...online, unit: 'furlongs' };
    const handMade: Catalog = {
      indicators: [bad],
      relations: [],
      get: (id) => (id === bad.id ? bad : undefined),
    };
    expect(codesOf(() => createCatalog({}, handMade))).toEqual(['unknown_unit']);
    const built = createCatalog({ indicators: [online] });
    expect(createCatalog({}, built).get('mediation.online')).toBe(online);
  });

  it('lists exactly the codes checkCatalog returns, each reachable', () => {
    const base = defaultCatalog;
    const rateInd = (over: Partial<Indicator>): Indicator => ({
      ...online,
      id: 'mediation.x',
      unit: 'percent',
      kind: 'rate',
      aggregation: 'none',
      ...over,
    });
    const stockFlowOnCounts: Relation = {
      kind: 'stockFlow',
      id: 'sf',
      end: 'mediation.cases',
      start: 'mediation.succeeded',
      inflows: [],
      outflows: [],
      description: 'd',
      descriptionZh: 'd',
    };
    const scenarios: Array<Pick<Catalog, 'indicators' | 'relations' | 'dimensions'>> = [
      { indicators: [{ ...online, id: 'Bad' }], relations: [] },
      { indicators: [online, online], relations: [] },
      { indicators: [{ ...online, unit: 'furlongs' }], relations: [] },
      { indicators: [{ ...online, area: 'elsewhere' }], relations: [] },
      { indicators: [rateInd({ aggregation: 'sum' })], relations: [] },
      { indicators: [{ ...online, aggregation: 'none' }], relations: [] },
      {
        indicators: [
          {
            ...online,
            formulas: [{ basis: 'b', numerator: { plus: [online.id] }, denominator: { plus: [online.id] } }],
          },
        ],
        relations: [],
      },
      {
        indicators: [
          ...base.indicators,
          rateInd({
            formulas: [
              { basis: 'b', numerator: { plus: ['x.y'] }, denominator: { plus: ['mediation.successRate'] } },
            ],
          }),
        ],
        relations: [],
      },
      {
        indicators: [
          ...base.indicators,
          rateInd({
            formulas: [
              {
                basis: 'b',
                numerator: { plus: ['mediation.cases'] },
                denominator: { plus: ['mediation.mediators'] },
              },
            ],
          }),
        ],
        relations: [],
      },
      {
        indicators: base.indicators,
        relations: [rel('mediation.cases', 'mediation.cases'), { ...rel('a.b', 'a.c'), id: '' }],
      },
      {
        indicators: base.indicators,
        relations: [
          rel('mediation.cases', 'mediation.mediators'),
          rel('mediation.cases', 'mediation.mediators'),
        ],
      },
      {
        indicators: base.indicators,
        relations: [rel('mediation.successRate', 'litigation.lossRate'), stockFlowOnCounts],
      },
    ];
    const dim: Dimension = {
      id: 'respondentUnit',
      name: '被申请人单位',
      nameEn: 'Respondent unit',
      indicators: ['reconsideration.accepted'],
      members: [
        { id: 'a', name: '甲', nameEn: 'A' },
        { id: 'a', name: '甲', nameEn: 'A again' },
        { id: 'ab', name: '甲乙', nameEn: 'A and B', parts: ['a', 'b'] },
      ],
    };
    scenarios.push(
      {
        indicators: base.indicators,
        relations: [],
        dimensions: [dim, dim, { ...dim, id: 'x', members: [] }],
      },
      {
        indicators: [
          ...base.indicators,
          { ...online, sliceOf: { indicator: 'mediation.cases', dimensions: { matter: 'other' } } },
        ],
        relations: [],
        dimensions: base.dimensions,
      },
    );
    const seen = new Set(scenarios.flatMap((c) => checkCatalog(c).map((i) => i.code)));
    expect([...seen].sort()).toEqual([...CATALOG_ISSUE_CODES].sort());
  });
});
