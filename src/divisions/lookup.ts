import type { Division } from './division.js';
import type { RetiredDivision } from './retired.js';

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

/**
 * A division table that also lists each division's children: what roll-ups walk. The `fazhi/divisions` module and
 * its {@link DivisionLookup | divisionLookup} object satisfy it.
 */
export interface DivisionTree extends DivisionLookup {
  /**
   * The divisions whose parent is this one, in code order (empty for a county or an unknown code).
   *
   * @param code - a 6-digit division code
   * @returns the children
   */
  childDivisions(code: string): readonly Division[];
}

/**
 * A division table that also knows retired codes: `retiredDivision` says whether a code missing from today's table
 * was valid in a given year and what it is today. `divisionLookup` from `fazhi/divisions` has it.
 */
export interface DivisionHistoryLookup extends DivisionLookup {
  /**
   * What became of a code that today's table lacks.
   *
   * @param code - a 6-digit division code not in today's table
   * @param year - the year of the figure that uses it
   * @returns the retired division, or `undefined` when no table of 2014–2023 lists the code
   */
  retiredDivision(code: string, year: number): RetiredDivision | undefined;
}
