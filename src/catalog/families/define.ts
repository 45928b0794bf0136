/** Small constructors that fill in the fields every indicator of a kind shares; family files stay readable. */
import type { Indicator, Polarity, RateFormula } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import type { Unit } from '../../model/unit.js';

/** What a family file writes for one indicator; kind and aggregation come from the constructor used. */
export type IndicatorInput = Omit<Indicator, 'kind' | 'aggregation' | 'polarity' | 'unit' | 'area'> & {
  unit: Unit;
  area: string;
  polarity?: Polarity;
};

/**
 * A flow over the period (cases received in 2024): counts add across jurisdictions.
 * @param def - the definition without kind and aggregation
 * @returns the indicator
 * @example
 * ```ts
 * count({ id: 'x.cases', name: '案件', nameEn: 'Cases', unit: 'cases', area: 'dispute-resolution' })
 * ```
 */
export function count(def: IndicatorInput): Indicator {
  return { polarity: 'neutral', ...def, kind: 'count', aggregation: 'sum' };
}

/**
 * A level at a date (people under community correction at year end): adds only at the same date.
 * @param def - the definition without kind and aggregation
 * @returns the indicator
 * @example
 * ```ts
 * stock({ id: 'x.enrolled', name: '在册', nameEn: 'Enrolled', unit: 'people', area: 'special-populations' })
 * ```
 */
export function stock(def: IndicatorInput): Indicator {
  return { polarity: 'neutral', ...def, kind: 'stock', aggregation: 'sameDate' };
}

/**
 * Money over the period, in yuan: adds across jurisdictions.
 * @param def - the definition without unit, kind and aggregation
 * @returns the indicator
 * @example
 * ```ts
 * amount({ id: 'x.saved', name: '节省费用', nameEn: 'Fees saved', area: 'legal-services' })
 * ```
 */
export function amount(def: Omit<IndicatorInput, 'unit'>): Indicator {
  return { polarity: 'neutral', ...def, unit: 'yuan', kind: 'amount', aggregation: 'sum' };
}

/**
 * A percentage: never adds; recompute it from its formula's numerator and denominator.
 * @param def - the definition without unit, kind and aggregation
 * @returns the indicator
 * @example
 * ```ts
 * rate({ id: 'x.rate', name: '率', nameEn: 'Rate', area: 'oversight', formulas: [ratio('b', ['x.a'], ['x.b'])] })
 * ```
 */
export function rate(def: Omit<IndicatorInput, 'unit'> & { polarity: Polarity }): Indicator {
  return { ...def, unit: 'percent', kind: 'rate', aggregation: 'none' };
}

/**
 * A change between periods (同比下降24.3%): never adds.
 * @param def - the definition without kind and aggregation
 * @returns the indicator
 * @example
 * ```ts
 * change({ id: 'x.change', name: '同比', nameEn: 'Change', unit: 'percent', area: 'organisation' })
 * ```
 */
export function change(def: IndicatorInput): Indicator {
  return { polarity: 'neutral', ...def, kind: 'change', aggregation: 'none' };
}

/**
 * A rate formula: Σ numerator / Σ denominator (minus the `minus` terms) on a named basis.
 * @param basis - the basis name, e.g. `concluded`
 * @param numerator - indicator ids added in the numerator
 * @param denominator - indicator ids added in the denominator
 * @param extra - subtracted terms and descriptions
 * @returns the formula
 * @example
 * ```ts
 * ratio('concluded', ['litigation.lost'], ['litigation.concluded'])
 * ```
 */
export function ratio(
  basis: string,
  numerator: readonly string[],
  denominator: readonly string[],
  extra: {
    numeratorMinus?: readonly string[];
    denominatorMinus?: readonly string[];
    description?: string;
    descriptionZh?: string;
  } = {},
): RateFormula {
  const f: RateFormula = {
    basis,
    numerator: { plus: [...numerator] },
    denominator: { plus: [...denominator] },
  };
  if (extra.numeratorMinus) f.numerator.minus = [...extra.numeratorMinus];
  if (extra.denominatorMinus) f.denominator.minus = [...extra.denominatorMinus];
  if (extra.description) f.description = extra.description;
  if (extra.descriptionZh) f.descriptionZh = extra.descriptionZh;
  return f;
}

/**
 * A part that may not exceed its whole; the id is derived from the two indicator ids.
 * @param part - the part's indicator id
 * @param whole - the whole's indicator id
 * @param description - English explanation
 * @param descriptionZh - Chinese explanation
 * @returns the relation
 * @example
 * ```ts
 * partOf('mediation.succeeded', 'mediation.cases', 'Succeeded ≤ mediated', '调解成功数不超过调解纠纷数')
 * ```
 */
export function partOf(part: string, whole: string, description: string, descriptionZh: string): Relation {
  return { kind: 'partOf', id: `${part}<=${whole}`, part, whole, description, descriptionZh };
}

/**
 * An exhaustive breakdown: total = Σ parts; the id is derived from the total.
 * @param total - the total's indicator id
 * @param parts - the parts' indicator ids, which together cover every case of the total exactly once
 * @param description - English explanation
 * @param descriptionZh - Chinese explanation
 * @returns the relation
 * @example
 * ```ts
 * sumOf('x.total', ['x.a', 'x.b'], 'Total = a + b', '合计 = a + b')
 * ```
 */
export function sumOf(
  total: string,
  parts: readonly string[],
  description: string,
  descriptionZh: string,
): Relation {
  return { kind: 'sum', id: `${total}=sum`, total, parts: [...parts], description, descriptionZh };
}

/**
 * A stock-flow identity: end = start + Σ inflows − Σ outflows; the id is derived from the end stock.
 * @param end - the stock at the end of the period
 * @param start - the stock at the start of the period
 * @param inflows - flows that add to the stock
 * @param outflows - flows that take from it
 * @param description - English explanation
 * @param descriptionZh - Chinese explanation
 * @returns the relation
 * @example
 * ```ts
 * stockFlow('x.end', 'x.start', ['x.in'], ['x.out'], 'End = start + in − out', '期末 = 期初 + 流入 − 流出')
 * ```
 */
export function stockFlow(
  end: string,
  start: string,
  inflows: readonly string[],
  outflows: readonly string[],
  description: string,
  descriptionZh: string,
): Relation {
  return {
    kind: 'stockFlow',
    id: `${end}=stockFlow`,
    end,
    start,
    inflows: [...inflows],
    outflows: [...outflows],
    description,
    descriptionZh,
  };
}
