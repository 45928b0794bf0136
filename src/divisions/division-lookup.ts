import { getDivision } from './get-division.js';
import type { DivisionLookup } from './lookup.js';

/**
 * The table as a {@link DivisionLookup}, for APIs that take one (e.g. the dataset validator's `divisions` option).
 *
 * @example
 * ```ts
 * divisionLookup.getDivision('421200')?.name // "咸宁市"
 * ```
 */
export const divisionLookup: DivisionLookup = Object.freeze({ getDivision });
