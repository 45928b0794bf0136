import { FazhiError } from '../errors.js';
import type { Indicator } from '../model/indicator.js';
import type { Relation } from '../model/relation.js';
import type { Catalog } from './catalog.js';
import { checkCatalogFrom } from './check-catalog.js';

/** Catalogs built (and therefore checked) by {@link createCatalog}; their contents need no second check. */
const checked = new WeakSet<Catalog>();

/** What {@link createCatalog} adds to a base catalog. */
export interface CatalogExtension {
  /** Extra indicator definitions; an id already in the base is an error. */
  readonly indicators?: readonly Indicator[];
  /** Extra relations; they may name the base's indicators. */
  readonly relations?: readonly Relation[];
}

/**
 * Builds a catalog from a base plus extra indicators and relations, without touching the base. What the
 * extension adds is checked with {@link checkCatalog} against the whole (the base was checked when it was
 * built); warnings are tolerated, errors throw.
 *
 * @param extension - the indicators and relations to add
 * @param base - the catalog to extend; none by default (pass `defaultCatalog` to extend the built-in one)
 * @returns a new, frozen catalog
 * @throws FazhiError carrying every error issue, with codes such as `duplicate_indicator`,
 *   `unknown_indicator_reference`, `unit_mismatch_in_relation`, `unknown_unit`, `duplicate_relation`
 * @example
 * ```ts
 * const mine = createCatalog(
 *   {
 *     indicators: [{ id: 'mediation.online', name: '线上调解', nameEn: 'Online mediations', unit: 'cases',
 *       kind: 'count', polarity: 'neutral', aggregation: 'sum', area: 'dispute-resolution' }],
 *     relations: [{ kind: 'partOf', id: 'online<=cases', part: 'mediation.online', whole: 'mediation.cases',
 *       description: 'Online mediations are mediations', descriptionZh: '线上调解属于调解' }],
 *   },
 *   defaultCatalog,
 * );
 * mine.get('mediation.online')?.name // "线上调解"
 * ```
 */
export function createCatalog(extension: CatalogExtension, base?: Catalog): Catalog {
  const indicators = Object.freeze([...(base?.indicators ?? []), ...(extension.indicators ?? [])]);
  const relations = Object.freeze([...(base?.relations ?? []), ...(extension.relations ?? [])]);
  // Only a base this module built (and so checked) is trusted; a hand-made Catalog object is checked in full.
  const known =
    base !== undefined && checked.has(base) ? [base.indicators.length, base.relations.length] : [0, 0];
  const errors = checkCatalogFrom({ indicators, relations }, known[0] ?? 0, known[1] ?? 0).filter(
    (i) => i.severity === 'error',
  );
  if (errors.length > 0) throw new FazhiError(errors);
  return frozenCatalog(indicators, relations);
}

/**
 * @internal The built-in catalog: its definitions are checked by the test suite (checkCatalog finds nothing), so
 * importing fazhi does not check them again; frozen and trusted as a base like any catalog built here.
 * @param indicators - the indicator definitions
 * @param relations - the relations
 * @returns the catalog
 */
export function builtInCatalog(indicators: readonly Indicator[], relations: readonly Relation[]): Catalog {
  return frozenCatalog(Object.freeze([...indicators]), Object.freeze([...relations]));
}

function frozenCatalog(indicators: readonly Indicator[], relations: readonly Relation[]): Catalog {
  const byId = new Map<string, Indicator>(indicators.map((ind) => [ind.id, ind]));
  const catalog: Catalog = Object.freeze({ indicators, relations, get: (id: string) => byId.get(id) });
  checked.add(catalog);
  return catalog;
}
