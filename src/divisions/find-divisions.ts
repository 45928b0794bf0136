import type { DivisionLevel } from '../model/division-code.js';
import type { DivisionMatch } from './division.js';
import { divisionIndex } from './table.js';

/** Narrows {@link findDivisions} when a name is ambiguous. */
export interface FindDivisionsOptions {
  /** Only divisions of this level. */
  readonly level?: DivisionLevel;
  /** Only divisions inside (or equal to) the division with this code, e.g. `"120000"` for 天津市. */
  readonly within?: string;
}

/**
 * Every division with exactly this name (surrounding whitespace ignored), in code order, each with its province.
 * Names are not unique: 河东区 is both 120102 in 天津市 and 371312 in 临沂市, 山东省.
 *
 * @param name - the full official name, e.g. `"河东区"` (not `"河东"`)
 * @param options - optional `level` and `within` filters
 * @returns the matches, empty when none
 * @example
 * ```ts
 * findDivisions('河东区').map((d) => `${d.province.name} ${d.code}`) // ["天津市 120102", "山东省 371312"]
 * findDivisions('河东区', { within: '370000' })[0]?.parent // "371300" (临沂市)
 * ```
 */
export function findDivisions(name: string, options: FindDivisionsOptions = {}): readonly DivisionMatch[] {
  if (typeof name !== 'string') return [];
  const { byCode, byName } = divisionIndex();
  const all = byName.get(name.trim()) ?? [];
  const { level, within } = options;
  if (level === undefined && within === undefined) return all;
  return all.filter((d) => {
    if (level !== undefined && d.level !== level) return false;
    if (within === undefined) return true;
    for (let a = byCode.get(d.code); a; a = a.parent === undefined ? undefined : byCode.get(a.parent)) {
      if (a.code === within) return true;
    }
    return false;
  });
}
