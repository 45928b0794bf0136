import { childDivisions } from './child-divisions.js';
import { getDivision } from './get-division.js';
import type { DivisionTree } from './lookup.js';

/**
 * The table as a {@link DivisionTree} (a lookup that also lists children), for APIs that take one (e.g. the dataset validator's `divisions` option).
 *
 * @example
 * ```ts
 * divisionLookup.getDivision('421200')?.name // "咸宁市"
 * ```
 */
export const divisionLookup: DivisionTree = Object.freeze({ getDivision, childDivisions });
