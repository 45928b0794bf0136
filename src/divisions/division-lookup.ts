import { childDivisions } from './child-divisions.js';
import { getDivision } from './get-division.js';
import { retiredDivision } from './history.js';
import type { DivisionHistoryLookup, DivisionTree } from './lookup.js';

/**
 * The table as a {@link DivisionTree} (a lookup that also lists children) and a {@link DivisionHistoryLookup} (that knows retired codes), for APIs that take one (e.g. the dataset validator's `divisions` option).
 *
 * @example
 * ```ts
 * divisionLookup.getDivision('421200')?.name // "咸宁市"
 * ```
 */
export const divisionLookup: DivisionTree & DivisionHistoryLookup = Object.freeze({
  getDivision,
  childDivisions,
  retiredDivision,
});
