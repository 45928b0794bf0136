/** A small test catalog, independent of the built-in one (which another helper is filling in). */
import { createCatalog } from '../../src/catalog/create-catalog.js';
import type { Indicator } from '../../src/model/indicator.js';
import type { Observation } from '../../src/model/observation.js';
import type { Relation } from '../../src/model/relation.js';

const count = (id: string, name: string, unit = 'cases'): Indicator => ({
  id,
  name,
  nameEn: name,
  unit,
  kind: 'count',
  polarity: 'neutral',
  aggregation: 'sum',
});

const indicators: Indicator[] = [
  count('t.cases', '新收'),
  count('t.concluded', '审结'),
  count('t.lost', '败诉'),
  count('t.maintained', '维持'),
  count('t.corrected', '纠错'),
  count('t.revoked', '撤销'),
  count('t.changed', '变更'),
  count('t.confirmedIllegal', '确认违法'),
  count('t.dismissed', '驳回'),
  count('t.admitted', '入矫', 'people'),
  count('t.released', '解矫', 'people'),
  { ...count('t.enrolledStart', '年初在矫', 'people'), kind: 'stock', aggregation: 'sameDate' },
  { ...count('t.enrolledEnd', '年末在矫', 'people'), kind: 'stock', aggregation: 'sameDate' },
  { ...count('t.amount', '金额', 'yuan'), kind: 'amount' },
  {
    id: 't.lossRate',
    name: '败诉率',
    nameEn: 'Loss rate',
    unit: 'percent',
    kind: 'rate',
    polarity: 'lowerIsBetter',
    aggregation: 'none',
    formulas: [
      { basis: 'concluded', numerator: { plus: ['t.lost'] }, denominator: { plus: ['t.concluded'] } },
      { basis: 'cases', numerator: { plus: ['t.lost'] }, denominator: { plus: ['t.cases'] } },
    ],
  },
  {
    id: 't.correctionRate',
    name: '纠错率',
    nameEn: 'Correction rate',
    unit: 'percent',
    kind: 'rate',
    polarity: 'neutral',
    aggregation: 'none',
    formulas: [
      { basis: 'concluded', numerator: { plus: ['t.corrected'] }, denominator: { plus: ['t.concluded'] } },
    ],
  },
  {
    id: 't.satisfaction',
    name: '满意度指数',
    nameEn: 'Satisfaction index',
    unit: 'percent',
    kind: 'rate',
    polarity: 'higherIsBetter',
    aggregation: 'none',
    allowsOver100: true,
  },
  {
    id: 't.growth',
    name: '增长',
    nameEn: 'Growth',
    unit: 'percent',
    kind: 'change',
    polarity: 'neutral',
    aggregation: 'none',
  },
];

const d = { description: 'd', descriptionZh: 'd' };
const relations: Relation[] = [
  { kind: 'partOf', id: 'lost<=concluded', part: 't.lost', whole: 't.concluded', ...d },
  {
    kind: 'sum',
    id: 'concluded=sum',
    total: 't.concluded',
    parts: ['t.maintained', 't.corrected', 't.dismissed'],
    ...d,
  },
  {
    kind: 'sum',
    id: 'corrected=sum',
    total: 't.corrected',
    parts: ['t.revoked', 't.changed', 't.confirmedIllegal'],
    ...d,
  },
  {
    kind: 'stockFlow',
    id: 'enrolled',
    end: 't.enrolledEnd',
    start: 't.enrolledStart',
    inflows: ['t.admitted'],
    outflows: ['t.released'],
    ...d,
  },
];

/** The test catalog. */
export const testCatalog = createCatalog({ indicators, relations });

/** Options every test passes: the test catalog and a fixed today. */
export const opts = { catalog: testCatalog, today: '2025-06-01' } as const;

/**
 * An observation of 433126 in 2024.
 * @param indicator - id without the `t.` prefix
 * @param value - the value
 * @param extra - further fields
 */
export function ob(indicator: string, value: number | string, extra: Partial<Observation> = {}): Observation {
  return { jurisdiction: '433126', year: 2024, indicator: `t.${indicator}`, value, ...extra };
}

/**
 * The codes of a result's issues.
 * @param r - a result
 */
export function codes(r: { issues: readonly { code: string }[] }): string[] {
  return r.issues.map((i) => i.code);
}
