import type { Indicator, RateFormula } from '../model/indicator.js';
import type { Relation } from '../model/relation.js';
import type { Catalog } from './catalog.js';
import { relationIndicatorIds } from './relation-ids.js';

/**
 * The relations of a catalog that name an indicator (as total, part, whole, stock or flow).
 *
 * @param catalog - the catalog to search
 * @param id - an indicator id
 * @returns the relations naming it, in catalog order
 * @example
 * ```ts
 * getRelations(defaultCatalog, 'mediation.succeeded').map((r) => r.kind) // ['partOf']
 * ```
 */
export function getRelations(catalog: Catalog, id: string): readonly Relation[] {
  return catalog.relations.filter((rel) => relationIndicatorIds(rel).includes(id));
}

/** A rate indicator together with its formulas (never empty). */
export interface RateDefinition {
  /** The rate indicator. */
  readonly indicator: Indicator;
  /** Its formulas, the usual basis first. */
  readonly formulas: readonly RateFormula[];
}

/**
 * Every rate indicator of a catalog that has at least one formula, so it can be recomputed from its inputs.
 *
 * @param catalog - the catalog to search
 * @returns the rates with their formulas, in catalog order
 * @example
 * ```ts
 * rateDefinitions(defaultCatalog).find((r) => r.indicator.id === 'litigation.lossRate')?.formulas.map((f) => f.basis)
 * // ['concluded', 'judged']
 * ```
 */
export function rateDefinitions(catalog: Catalog): readonly RateDefinition[] {
  const out: RateDefinition[] = [];
  for (const indicator of catalog.indicators) {
    if (indicator.kind === 'rate' && indicator.formulas && indicator.formulas.length > 0) {
      out.push({ indicator, formulas: indicator.formulas });
    }
  }
  return out;
}

/**
 * The formula of a rate on a given basis, or its usual (first) formula when no basis is given.
 *
 * @param catalog - the catalog to search
 * @param id - a rate indicator id
 * @param basis - the basis name, e.g. `judged`
 * @returns the formula, or `undefined` when the indicator or basis is unknown
 * @example
 * ```ts
 * rateFormula(defaultCatalog, 'litigation.lossRate', 'judged')?.denominator.plus // ['litigation.judged']
 * ```
 */
export function rateFormula(catalog: Catalog, id: string, basis?: string): RateFormula | undefined {
  const formulas = catalog.get(id)?.formulas ?? [];
  return basis === undefined ? formulas[0] : formulas.find((f) => f.basis === basis);
}

/**
 * The indicators whose Chinese name or one of whose synonyms is exactly this text (after trimming); the
 * candidates for mapping a printed figure such as “办结” to an id. Several may match (办结 is used by both
 * reconsideration and litigation), so the caller picks by context.
 *
 * @param catalog - the catalog to search
 * @param text - a Chinese term as printed
 * @returns matching indicators, in catalog order
 * @example
 * ```ts
 * findIndicators(defaultCatalog, '调解成功率').map((i) => i.id) // ['mediation.successRate']
 * ```
 */
export function findIndicators(catalog: Catalog, text: string): readonly Indicator[] {
  const t = text.trim();
  return catalog.indicators.filter((ind) => ind.name === t || (ind.synonyms ?? []).includes(t));
}
