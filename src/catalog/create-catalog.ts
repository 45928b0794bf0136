import { FazhiError } from '../errors.js';
import type { Dimension } from '../model/dimension.js';
import type { Indicator } from '../model/indicator.js';
import type { Relation } from '../model/relation.js';
import type { Catalog } from './catalog.js';
import { checkCatalogFrom } from './check-catalog.js';
import { checkDimensions, mergeDimensions } from './check-dimensions.js';

/** Catalogs built (and therefore checked) by {@link createCatalog}; their contents need no second check. */
const checked = new WeakSet<Catalog>();

/** What {@link createCatalog} adds to a base catalog. */
export interface CatalogExtension {
  /** Extra indicator definitions; an id already in the base is an error. */
  readonly indicators?: readonly Indicator[];
  /** Extra relations; they may name the base's indicators. */
  readonly relations?: readonly Relation[];
  /** Extra dimensions; one with the id of a base dimension adds its members and indicators to it. */
  readonly dimensions?: readonly Dimension[];
}

/**
 * Builds a catalog from a base plus extra indicators, relations and dimensions, without touching the base. What
 * the extension adds is checked with {@link checkCatalog} against the whole (the base was checked when it was
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
  const trustedBase = base !== undefined && checked.has(base);
  const trusted = trustedBase ? [base.indicators.length, base.relations.length] : [0, 0];
  const byId = new Map<string, Indicator>(indicators.map((ind) => [ind.id, ind]));
  const baseDimensions = base?.dimensions ?? [];
  const added = extension.dimensions ?? [];
  const dimensionErrors = [
    ...(trustedBase ? [] : checkDimensions(baseDimensions, [], byId)),
    ...checkDimensions(added, baseDimensions, byId),
  ];
  const dimensions = Object.freeze(mergeDimensions(baseDimensions, added));
  const errors = [
    ...dimensionErrors,
    ...checkCatalogFrom({ indicators, relations, dimensions }, trusted[0] ?? 0, trusted[1] ?? 0),
  ].filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new FazhiError(errors);
  return trustedCatalog(indicators, relations, dimensions, byId);
}

/**
 * @internal The built-in catalog: {@link createCatalog} without the checks, which the test suite runs instead
 * (test/catalog/default-catalog.test.ts), so that importing fazhi does not check ~300 definitions again.
 * @param definitions - the indicators, relations and dimensions
 * @returns the frozen catalog, trusted as a base like any catalog built here
 */
export function builtInCatalog(definitions: CatalogExtension): Catalog {
  const indicators = Object.freeze([...(definitions.indicators ?? [])]);
  const byId = new Map<string, Indicator>(indicators.map((ind) => [ind.id, ind]));
  const dimensions = Object.freeze(mergeDimensions([], definitions.dimensions ?? []));
  return trustedCatalog(indicators, Object.freeze([...(definitions.relations ?? [])]), dimensions, byId);
}

function trustedCatalog(
  indicators: readonly Indicator[],
  relations: Catalog['relations'],
  dimensions: Catalog['dimensions'],
  byId: ReadonlyMap<string, Indicator>,
): Catalog {
  const catalog: Catalog = Object.freeze({
    indicators,
    relations,
    dimensions,
    get: (id: string) => byId.get(id),
  });
  checked.add(catalog);
  return catalog;
}
