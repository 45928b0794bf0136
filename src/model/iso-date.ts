// Each date-fns function from its own subpath: the package index would load all of date-fns (≈ 100 ms).
import { formatISO } from 'date-fns/formatISO';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { z } from 'zod';

/** A calendar date written `YYYY-MM-DD` that exists (no 2024-02-30). */
export const IsoDateSchema = z
  .string()
  // A date in another form is one mistake: the calendar check does not run on it (one issue, not two).
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date written YYYY-MM-DD', abort: true })
  // Parsed and formatted in the same (local) time zone, so the round trip holds in every zone.
  .refine((s) => isCalendarDate(s), 'no such calendar date');

/**
 * `true` when a `YYYY-MM-DD` string names a day that exists (no 2023-02-29).
 *
 * @param s - a string
 * @returns whether it is a calendar date written `YYYY-MM-DD`
 * @example
 * ```ts
 * isCalendarDate('2024-02-29') // true
 * isCalendarDate('2023-02-29') // false
 * ```
 */
export function isCalendarDate(s: string): boolean {
  const d = parseISO(s);
  return isValid(d) && formatISO(d, { representation: 'date' }) === s;
}

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** A reporting year: a whole number from 1949 to 2100. */
export const YearSchema = z.number().int().min(1949).max(2100);
