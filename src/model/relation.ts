import { z } from 'zod';
import { IndicatorIdSchema } from './indicator.js';

const described = {
  id: z.string().min(1),
  description: z.string().min(1),
  descriptionZh: z.string().min(1),
};

/**
 * A breakdown: `total` = Σ `parts` when every part is given. A breakdown given only in part is checked as
 * parts ≤ total; a part that is itself a total (纠错) stands in for its own parts.
 */
export const SumRelationSchema = z.strictObject({
  kind: z.literal('sum'),
  total: IndicatorIdSchema,
  parts: z.array(IndicatorIdSchema).min(2),
  ...described,
});

/** A part that may not exceed its whole (succeeded ≤ mediated; lost ≤ concluded). */
export const PartOfRelationSchema = z.strictObject({
  kind: z.literal('partOf'),
  part: IndicatorIdSchema,
  whole: IndicatorIdSchema,
  ...described,
});

/** A stock-flow identity: `end` = `start` + Σ `inflows` − Σ `outflows` (在矫 at year end). */
export const StockFlowRelationSchema = z.strictObject({
  kind: z.literal('stockFlow'),
  end: IndicatorIdSchema,
  start: IndicatorIdSchema,
  inflows: z.array(IndicatorIdSchema),
  outflows: z.array(IndicatorIdSchema),
  ...described,
});

/** The zod schema of a {@link Relation}. */
export const RelationSchema = z.discriminatedUnion('kind', [
  SumRelationSchema,
  PartOfRelationSchema,
  StockFlowRelationSchema,
]);

/** A rule between indicators that the validator checks on every jurisdiction-year. */
export type Relation = z.infer<typeof RelationSchema>;
