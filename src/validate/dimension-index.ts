/** The catalog's dimensions indexed for the validator's lookups. @internal */
import type { Catalog } from '../catalog/catalog.js';
import { appliesTo, type Dimension } from '../model/dimension.js';
import type { Indicator } from '../model/indicator.js';
import { dimensionsKey } from '../model/observation.js';

/**
 * A one-dimension cell of the catalog (`matter: other`), numbered once per index: the validator's group rules
 * find a cell's figures by this object instead of building its key again for every observation.
 */
export interface CellRef {
  /** Its number, unique within the index. */
  readonly no: number;
  /** The dimension id. */
  readonly dimension: string;
  /** The member id. */
  readonly member: string;
  /** `{ [dimension]: member }`, shared by every figure of the cell. */
  readonly dims: Readonly<Record<string, string>>;
  /** `dimensionsKey(dims)`. */
  readonly key: string;
}

/** Dimensions by id, their member ids, and which indicators are cells of others. */
export interface DimensionIndex {
  /** Every dimension, by id. */
  readonly byId: ReadonlyMap<string, Dimension>;
  /** The member ids of each dimension. */
  readonly members: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Indicators that are cells of another (`sliceOf`) with one dimension, by `indicator|dimension:member`:
   * `legalAid.cases|caseType:criminal` → `legalAid.criminalCases`.
   */
  readonly slices: ReadonlyMap<string, Indicator>;
  /** Every one-dimension cell of the catalog, by dimension id, then member id. */
  readonly cells: ReadonlyMap<string, ReadonlyMap<string, CellRef>>;
  /**
   * Whether a dimension applies to an indicator (cached).
   * @param dimension - the dimension id
   * @param indicator - the indicator id
   */
  applies(dimension: string, indicator: string): boolean;
  /**
   * The ids of the dimensions that apply to an indicator.
   * @param indicator - the indicator id
   */
  dimensionsOf(indicator: string): readonly string[];
}

/**
 * Indexes a catalog's dimensions.
 * @param catalog - the catalog
 * @returns the index
 * @example
 * ```ts
 * indexDimensions(defaultCatalog).applies('matter', 'reconsideration.accepted') // true
 * ```
 */
export function indexDimensions(catalog: Catalog): DimensionIndex {
  const byId = new Map<string, Dimension>();
  const members = new Map<string, Set<string>>();
  const cells = new Map<string, Map<string, CellRef>>();
  let no = 0;
  for (const d of catalog.dimensions ?? []) {
    byId.set(d.id, d);
    members.set(d.id, new Set(d.members.map((m) => m.id)));
    const refs = new Map<string, CellRef>();
    for (const m of d.members) {
      const dims = Object.freeze({ [d.id]: m.id });
      refs.set(m.id, { no: no++, dimension: d.id, member: m.id, dims, key: dimensionsKey(dims) });
    }
    cells.set(d.id, refs);
  }
  const slices = new Map<string, Indicator>();
  for (const ind of catalog.indicators) {
    const s = ind.sliceOf;
    if (s === undefined) continue;
    const keys = Object.keys(s.dimensions);
    if (keys.length !== 1) continue;
    const k = keys[0] as string;
    slices.set(`${s.indicator}|${k}:${s.dimensions[k]}`, ind);
  }
  // By dimension, then indicator: no key to build per figure.
  const cache = new Map<string, Map<string, boolean>>();
  const of = new Map<string, readonly string[]>();
  return {
    byId,
    members,
    slices,
    cells,
    applies(dimension, indicator) {
      let byIndicator = cache.get(dimension);
      if (byIndicator === undefined) {
        byIndicator = new Map();
        cache.set(dimension, byIndicator);
      }
      let ok = byIndicator.get(indicator);
      if (ok === undefined) {
        const d = byId.get(dimension);
        ok = d !== undefined && appliesTo(d, indicator);
        byIndicator.set(indicator, ok);
      }
      return ok;
    },
    dimensionsOf(indicator) {
      let list = of.get(indicator);
      if (list === undefined) {
        list = [...byId.values()].filter((d) => appliesTo(d, indicator)).map((d) => d.id);
        of.set(indicator, list);
      }
      return list;
    },
  };
}
