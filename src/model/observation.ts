import { z } from 'zod';
import { DecimalValueSchema, QualifierSchema } from '../quantity.js';
import { DivisionCodeSchema } from './division-code.js';
import { IndicatorIdSchema } from './indicator.js';
import { IsoDateSchema, YearSchema } from './iso-date.js';

/** Where a figure came from: the report's id and the exact words quoted from it. */
export const SourceSchema = z.strictObject({
  /** Id of the report (`reports[].id`) the figure was taken from. */
  report: z.string().min(1),
  /** The exact words of the source that contain the figure. */
  quote: z.string().min(1),
  /** Offsets of the quote in the source text as read: `[start, end)` in UTF-16 code units (`text.slice(start, end)`). */
  span: z
    .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
    .refine(([start, end]) => start <= end, 'expected [start, end] with start ≤ end')
    .optional(),
  /** The extraction rule that produced the observation (`fazhi extract`), e.g. `term-before scope:累计`. */
  rule: z.string().min(1).optional(),
  /** How sure the extraction rule is, from 0 to 1; absent for figures modelled by hand. */
  confidence: z.number().min(0).max(1).optional(),
});

/** Where a figure came from. */
export type Source = z.infer<typeof SourceSchema>;

/** The zod schema of an {@link Observation}. */
export const ObservationSchema = z.strictObject({
  /** Division code of the jurisdiction the figure is about. */
  jurisdiction: DivisionCodeSchema,
  /** The reporting year. */
  year: YearSchema,
  /** Indicator id from the catalog, e.g. `litigation.lost`. */
  indicator: IndicatorIdSchema,
  /** The figure in the indicator's unit (decimal string or number); the lower end of a range. */
  value: DecimalValueSchema,
  /** Upper end when the qualifier is `range`. */
  upper: DecimalValueSchema.optional(),
  /** Unit (a key of UNITS); must agree with the indicator's unit. */
  unit: z.string().min(1).optional(),
  /** How the printed figure bounds the true value (余, 以上, 约 …); `exact` by default. */
  qualifier: QualifierSchema.optional(),
  /** For a rate: what its denominator counts (`concluded`, `judged` …). */
  basis: z.string().min(1).optional(),
  /** Date the figure stands at (截至目前 …), when not the period end. */
  asOf: IsoDateSchema.optional(),
  /** Counted since a programme began (累计, 试点以来), not within the year. */
  cumulative: z.boolean().optional(),
  /** When the cumulative count began (YYYY, YYYY-MM or a date). */
  since: z.union([IsoDateSchema, z.string().regex(/^\d{4}(-\d{2})?$/)]).optional(),
  /** The total includes cases carried over from last year (含结转). */
  includesCarriedOver: z.boolean().optional(),
  /** Provenance: the report and the exact quote. */
  source: SourceSchema.optional(),
  /** Free-text remark. */
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
