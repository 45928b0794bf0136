import { FazhiError, type Issue, issue } from '../errors.js';
import type { Indicator } from '../model/indicator.js';
import type { Relation } from '../model/relation.js';
import type { Catalog } from './catalog.js';

/** What {@link createCatalog} adds to a base catalog. */
export interface CatalogExtension {
  /** Extra indicator definitions; an id already in the base is an error. */
  readonly indicators?: readonly Indicator[];
  /** Extra relations. */
  readonly relations?: readonly Relation[];
}

/**
 * Builds a catalog from a base plus extra indicators and relations, without touching the base.
 *
 * @param extension - the indicators and relations to add
 * @param base - the catalog to extend; none by default (pass `defaultCatalog` to extend the built-in one)
 * @returns a new catalog
 * @throws FazhiError with code `duplicate_indicator` when an id is defined twice
 * @example
 * ```ts
 * const mine = createCatalog({ indicators: [myIndicator] }, defaultCatalog);
 * mine.get(myIndicator.id) // myIndicator
 * ```
 */
export function createCatalog(extension: CatalogExtension, base?: Catalog): Catalog {
  const indicators = [...(base?.indicators ?? []), ...(extension.indicators ?? [])];
  const relations = [...(base?.relations ?? []), ...(extension.relations ?? [])];
  const byId = new Map<string, Indicator>();
  const problems: Issue[] = [];
  indicators.forEach((ind, i) => {
    if (byId.has(ind.id)) {
      problems.push(
        issue(
          'duplicate_indicator',
          'error',
          `indicators[${i}].id`,
          `Indicator "${ind.id}" is defined twice`,
          `指标“${ind.id}”重复定义`,
          { indicator: ind.id },
        ),
      );
    }
    byId.set(ind.id, ind);
  });
  if (problems.length > 0) throw new FazhiError(problems);
  return Object.freeze({
    indicators: Object.freeze(indicators),
    relations: Object.freeze(relations),
    get: (id: string) => byId.get(id),
  });
}
