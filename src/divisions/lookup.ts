import type { Division } from './division.js';

/**
 * Anything that resolves division codes. The `fazhi/divisions` module itself satisfies it
 * (`import * as divisions from 'fazhi/divisions'`), as does its {@link divisionLookup} object, so code that only
 * needs lookups (the dataset validator) can depend on this type without bundling the table.
 */
export interface DivisionLookup {
  /**
   * The division with this code, or `undefined` when there is none.
   *
   * @param code - a 6-digit division code
   * @returns the division, or `undefined`
   */
  getDivision(code: string): Division | undefined;
}
