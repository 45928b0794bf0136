import type { z } from 'zod';
import { dateFns } from '../internal/dates.js';
import { lazySchema } from '../internal/lazy-schema.js';

/** A calendar date written `YYYY-MM-DD` that exists (no 2024-02-30). */
export const IsoDateSchema = /* @__PURE__ */ lazySchema((z) =>
  z
    .string()
    // A date in another form is one mistake: the calendar check does not run on it (one issue, not two).
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date written YYYY-MM-DD', abort: true })
    // Parsed and formatted in the same (local) time zone, so the round trip holds in every zone.
    .refine((s) => isCalendarDate(s), 'no such calendar date'),
);

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
  const { formatISO, isValid, parseISO } = dateFns();
  const d = parseISO(s);
  return isValid(d) && formatISO(d, { representation: 'date' }) === s;
}

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** A reporting year: a whole number from 1949 to 2100. */
export const YearSchema = /* @__PURE__ */ lazySchema((z) => z.number().int().min(1949).max(2100));
