/** The level figures of a group by their full coordinates, for shares and changes to find. @internal */
import type { Entry } from './context.js';
import { ownLevelKey } from './levels.js';
import type { Slices } from './scopes.js';

/**
 * Indexes a group's level figures by `levelKey` (the first of each).
 * @param entries - the group's observations
 * @param dims - the catalog's cell indicators
 * @returns key → entry
 * @example
 * ```ts
 * levelIndex(group, ctx.dimensions).get(key)
 * ```
 */
export function levelIndex(entries: readonly Entry[], dims: Slices | undefined): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const e of entries) {
    const key = ownLevelKey(e.o, dims);
    if (key !== undefined && !out.has(key)) out.set(key, e);
  }
  return out;
}
