import type { Dimension } from '../model/dimension.js';
import type { Indicator } from '../model/indicator.js';
import type { Relation } from '../model/relation.js';

/**
 * A set of indicator definitions and the relations between them. The built-in one is {@link defaultCatalog};
 * apps and datasets extend it with {@link createCatalog} rather than mutating anything global.
 */
export interface Catalog {
  /** Every indicator definition, in catalog order. */
  readonly indicators: readonly Indicator[];
  /** Every relation (breakdowns, part-of, stock-flow identities). */
  readonly relations: readonly Relation[];
  /**
   * Every dimension indicators can be broken down by (matter, respondent, legal-aid case type …); none when absent
   * (catalogs made by hand before dimensions existed).
   */
  readonly dimensions?: readonly Dimension[];
  /**
   * The definition with this id, or `undefined`.
   * @param id - an indicator id such as `litigation.lossRate`
   */
  get(id: string): Indicator | undefined;
}
