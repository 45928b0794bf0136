import type { DivisionCode } from '../model/division-code.js';
import { divisionIndex } from './table.js';

/**
 * Whether a value is the code of a division in the table (not merely 6 digits: the division must exist).
 *
 * @param code - any value
 * @returns `true` when `code` is a string naming a known division
 * @example
 * ```ts
 * isDivisionCode('371083') // true  (乳山市)
 * isDivisionCode('371099') // false (well-formed, but no such county)
 * isDivisionCode(371083)   // false (not a string)
 * ```
 */
export function isDivisionCode(code: unknown): code is DivisionCode {
  return typeof code === 'string' && divisionIndex().byCode.has(code);
}
