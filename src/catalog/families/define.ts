/** Small constructors that fill in the fields every indicator of a kind shares; family files stay short and readable. */
import type { Indicator, Polarity, RateFormula } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import type { Unit } from '../../model/unit.js';

/** What an indicator may add to its names, synonyms and unit, in the order its fields are kept. */
export type IndicatorExtras = Pick<Indicator, 'description' | 'sliceOf'> & { polarity?: Polarity };

/** What a rate may add to its names, synonyms, polarity and formulas. */
export type RateExtras = Pick<Indicator, 'description' | 'allowsOver100'>;

type Synonyms = readonly string[];

/** The fields every definition has first: its id, its names, and its synonyms unless there are none. */
const named = (id: string, name: string, nameEn: string, synonyms: Synonyms) =>
  synonyms.length > 0 ? { id, name, nameEn, synonyms: synonyms as string[] } : { id, name, nameEn };

/**
 * The indicator builders of one area. Family files call them with positional arguments — id, Chinese name,
 * English name, synonyms, then unit or polarity — rather than one object literal per indicator: the catalog is
 * the largest part of the main entry, and field names repeated ~340 times cost 0.7 KiB of its gzip. Kind,
 * aggregation, polarity (unless given) and area come from the builder; the fields keep the order they always
 * had (`fazhi catalog -f json` prints them), which test/catalog/catalog-content.test.ts pins.
 * @param area - the area (a key of AREAS) of every indicator built
 * @returns `count` (a flow over the period: counts add across jurisdictions), `stock` (a level at a date: adds
 *   only at the same date), `amount` (money in yuan: adds), `rate` (a percentage: never adds; recomputed from its
 *   formulas) and `change` (同比 between periods: never adds)
 * @example
 * ```ts
 * const { count, rate } = inArea('dispute-resolution');
 * count('x.cases', '案件', 'Cases', ['受理案件'], 'cases', { polarity: 'higherIsBetter' });
 * rate('x.rate', '率', 'Rate', [], 'neutral', [ratio('b', ['x.a'], ['x.cases'])]);
 * ```
 */
export function inArea(area: string) {
  const figure =
    (kind: Indicator['kind'], aggregation: Indicator['aggregation']) =>
    (
      id: string,
      name: string,
      nameEn: string,
      synonyms: Synonyms,
      unit: Unit,
      extras: IndicatorExtras = {},
    ): Indicator => ({
      polarity: 'neutral',
      ...named(id, name, nameEn, synonyms),
      unit,
      area,
      ...extras,
      kind,
      aggregation,
    });
  return {
    count: figure('count', 'sum'),
    stock: figure('stock', 'sameDate'),
    change: figure('change', 'none'),
    amount: (
      id: string,
      name: string,
      nameEn: string,
      synonyms: Synonyms,
      extras: IndicatorExtras = {},
    ): Indicator => ({
      polarity: 'neutral',
      ...named(id, name, nameEn, synonyms),
      area,
      ...extras,
      unit: 'yuan',
      kind: 'amount',
      aggregation: 'sum',
    }),
    rate: (
      id: string,
      name: string,
      nameEn: string,
      synonyms: Synonyms,
      polarity: Polarity,
      formulas: readonly RateFormula[] = [],
      extras: RateExtras = {},
    ): Indicator => ({
      ...named(id, name, nameEn, synonyms),
      polarity,
      area,
      ...extras,
      ...(formulas.length > 0 ? { formulas: formulas as RateFormula[] } : {}),
      unit: 'percent',
      kind: 'rate',
      aggregation: 'none',
    }),
  };
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
