import type { Division } from './division.js';
import { divisionIndex } from './table.js';

const NONE: readonly Division[] = Object.freeze([]);

/**
 * The divisions directly under this one, in code order: a province's prefectures and the counties it governs
 * directly (a municipality's districts, 省直辖县级市), a prefecture's counties.
 *
 * @param code - a 6-digit division code
 * @returns the children; empty for a county or an unknown code
 * @example
 * ```ts
 * childDivisions('421200').map((d) => d.name) // ['咸安区', '嘉鱼县', '通城县', '崇阳县', '通山县', '赤壁市']
 * childDivisions('120000').length // 16 districts of 天津市
 * ```
 */
export function childDivisions(code: string): readonly Division[] {
  if (typeof code !== 'string') return NONE;
  return divisionIndex().byParent.get(code) ?? NONE;
}
