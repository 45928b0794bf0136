import type { Indicator } from '../model/indicator.js';
import type { Catalog } from './catalog.js';
import { createCatalog } from './create-catalog.js';
import { litigationIndicators, litigationRelations } from './families/litigation.js';

/** The built-in catalog: every indicator fazhi ships, grounded in what reports print. */
export const defaultCatalog: Catalog = createCatalog({
  indicators: [...litigationIndicators],
  relations: [...litigationRelations],
});

/** The built-in indicator definitions (readonly), each with at least `id`, `name`, `nameEn` and `unit`. */
export const indicators: readonly Indicator[] = defaultCatalog.indicators;

/**
 * The built-in definition with this id, or `undefined`.
 *
 * @param id - an indicator id such as `litigation.lossRate`
 * @returns the definition, or `undefined` when fazhi does not know the id
 * @example
 * ```ts
 * getIndicator('litigation.lossRate')?.name // "败诉率"
 * ```
 */
export function getIndicator(id: string): Indicator | undefined {
  return defaultCatalog.get(id);
}
