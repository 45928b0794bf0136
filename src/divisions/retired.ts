import type { Division } from './division.js';

/** What became of a division code that is not in today's table: the answer of `retiredDivision`. */
export interface RetiredDivision {
  /** The retired code. */
  readonly code: string;
  /** Its name in the last table that has it. */
  readonly name: string;
  /** The years (2014–2023) whose official tables list it. */
  readonly years: readonly number[];
  /** Whether it was valid in the year asked about (listed in that year's table or the next one). */
  readonly validInYear: boolean;
  /** The divisions of today it became (a county turned district, a code moved to another prefecture), if known. */
  readonly successors: readonly Division[];
  /**
   * When no successor can be told from the tables (a merger into an existing unit): the division of today whose
   * code contains it (its prefecture, else its province).
   */
  readonly within?: Division;
}
