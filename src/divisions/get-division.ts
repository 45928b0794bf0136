import type { Division } from './division.js';
import { divisionIndex } from './table.js';

/**
 * The division with this code, or `undefined` when the code is unknown or malformed.
 *
 * @param code - a 6-digit division code such as `"433126"`
 * @returns `{ code, name, level, parent? }`, or `undefined`
 * @example
 * ```ts
 * getDivision('433126') // { code: "433126", name: "古丈县", level: "county", parent: "433100" }
 * getDivision('120102')?.parent // "120000" (天津市: municipal districts hang off the municipality)
 * getDivision('999999') // undefined
 * ```
 */
export function getDivision(code: string): Division | undefined {
  if (typeof code !== 'string') return undefined;
  return divisionIndex().byCode.get(code);
}
