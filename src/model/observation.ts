import { z } from 'zod';
import { DecimalValueSchema, QualifierSchema } from '../quantity.js';
import { DivisionCodeSchema } from './division-code.js';
import { IndicatorIdSchema } from './indicator.js';
import { IsoDateSchema, YearSchema } from './iso-date.js';

/** Where a figure came from: the report's id and the exact words quoted from it. */
export const SourceSchema = z.strictObject({
  report: z.string().min(1),
  quote: z.string().min(1),
});

/** Where a figure came from. */
export type Source = z.infer<typeof SourceSchema>;

/** The zod schema of an {@link Observation}. */
export const ObservationSchema = z.strictObject({
  jurisdiction: DivisionCodeSchema,
  year: YearSchema,
  indicator: IndicatorIdSchema,
  value: DecimalValueSchema,
  upper: DecimalValueSchema.optional(),
  unit: z.string().min(1).optional(),
  qualifier: QualifierSchema.optional(),
  basis: z.string().min(1).optional(),
  asOf: IsoDateSchema.optional(),
  cumulative: z.boolean().optional(),
  since: z.union([IsoDateSchema, z.string().regex(/^\d{4}(-\d{2})?$/)]).optional(),
  includesCarriedOver: z.boolean().optional(),
  source: SourceSchema.optional(),
  note: z.string().optional(),
});

/**
 * One published figure for one jurisdiction and year: the indicator, its value (a decimal string or number) with
 * unit and qualifier, the basis of a rate, its scope — `asOf` (截至), `cumulative` (累计, with `since` when the
 * programme start is known), `includesCarriedOver` (含结转) — and its provenance.
 */
export type Observation = z.infer<typeof ObservationSchema>;

/**
 * The scope of an observation as a string key: two observations of the same jurisdiction, year and indicator
 * conflict only when their scopes are equal.
 *
 * @param o - the observation's scope fields
 * @returns a key such as `"asOf=2024-06-30|cumulative"` (empty for a plain full-period figure)
 * @example
 * ```ts
 * scopeKey({ cumulative: true, since: '2019' }) // "cumulative|since=2019"
 * ```
 */
export function scopeKey(
  o: Pick<Observation, 'asOf' | 'cumulative' | 'since' | 'includesCarriedOver' | 'basis'>,
): string {
  const parts: string[] = [];
  if (o.asOf) parts.push(`asOf=${o.asOf}`);
  if (o.cumulative) parts.push('cumulative');
  if (o.since) parts.push(`since=${o.since}`);
  if (o.includesCarriedOver) parts.push('includesCarriedOver');
  if (o.basis) parts.push(`basis=${o.basis}`);
  return parts.join('|');
}
