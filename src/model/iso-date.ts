import { isValid, parseISO } from 'date-fns';
import { z } from 'zod';

/** A calendar date written `YYYY-MM-DD` that exists (no 2024-02-30). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine((s) => isValid(parseISO(s)) && parseISO(s).toISOString().startsWith(s), 'no such calendar date');

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** A reporting year: a whole number from 1949 to 2100. */
export const YearSchema = z.number().int().min(1949).max(2100);
