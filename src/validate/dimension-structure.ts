/** A dimension's members as the breakdown rules read them, worked out once per dimension object. @internal */
import type { Dimension } from '../model/dimension.js';

/** Which members unite others, and which no other unites. */
export interface DimensionStructure {
  /** Members that unite others (城乡: village + township). */
  readonly unions: readonly Dimension['members'][number][];
  /** Each union's parts, by the union's id (no entry for a member that unites none). */
  readonly partsOf: ReadonlyMap<string, readonly string[]>;
  /** The members no other unites: a complete breakdown adds them up to the total. */
  readonly top: readonly string[];
}

const structures = new WeakMap<Dimension, DimensionStructure>();

/**
 * The structure of a dimension, worked out once per dimension object (not once per breakdown).
 * @param dimension - a dimension
 * @returns its unions, their parts and its top members
 * @example
 * ```ts
 * structureOf(getDimension('matter')!).top // every member: none unites others
 * ```
 */
export function structureOf(dimension: Dimension): DimensionStructure {
  let s = structures.get(dimension);
  if (s === undefined) {
    const unions = dimension.members.filter((m) => m.parts !== undefined);
    const inUnion = new Set(unions.flatMap((m) => m.parts ?? []));
    s = {
      unions,
      partsOf: new Map(unions.map((m) => [m.id, m.parts ?? []])),
      top: dimension.members.filter((m) => !inUnion.has(m.id)).map((m) => m.id),
    };
    structures.set(dimension, s);
  }
  return s;
}
