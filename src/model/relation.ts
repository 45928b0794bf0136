import type { z } from 'zod';
import { lazySchema } from '../internal/lazy-schema.js';
import { IndicatorIdSchema } from './indicator.js';

/** The fields every relation has, built inside each schema's builder (zod is loaded on first use). */
const described = (z: typeof import('zod').z) => ({
  /** Stable id of the relation. */
  id: z.string().min(1),
  /** What the rule says, in English. */
  description: z.string().min(1),
  /** What the rule says, in Chinese. */
  descriptionZh: z.string().min(1),
});

/**
 * A breakdown: `total` = Σ `parts` when every part is given. A breakdown given only in part is checked as
 * parts ≤ total; a part that is itself a total (纠错) stands in for its own parts.
 */
export const SumRelationSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
    /** A breakdown. */
    kind: z.literal('sum'),
    /** The total. */
    total: IndicatorIdSchema,
    /** The parts that add up to it when all are given. */
    parts: z.array(IndicatorIdSchema).min(2),
    ...described(z),
  }),
);

/** A part that may not exceed its whole (succeeded ≤ mediated; lost ≤ concluded). */
export const PartOfRelationSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
    /** A part within its whole. */
    kind: z.literal('partOf'),
    /** The part. */
    part: IndicatorIdSchema,
    /** The whole it may not exceed. */
    whole: IndicatorIdSchema,
    ...described(z),
  }),
);

/** A stock-flow identity: `end` = `start` + Σ `inflows` − Σ `outflows` (在矫 at year end). */
export const StockFlowRelationSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
    /** A stock-flow identity. */
    kind: z.literal('stockFlow'),
    /** The stock at the end of the period. */
    end: IndicatorIdSchema,
    /** The stock at the start of the period. */
    start: IndicatorIdSchema,
    /** Flows into the stock during the period. */
    inflows: z.array(IndicatorIdSchema),
    /** Flows out of the stock during the period. */
    outflows: z.array(IndicatorIdSchema),
    ...described(z),
  }),
);

/** The zod schema of a {@link Relation}. */
export const RelationSchema = /* @__PURE__ */ lazySchema((z) =>
  z.discriminatedUnion('kind', [SumRelationSchema, PartOfRelationSchema, StockFlowRelationSchema]),
);

/** A rule between indicators that the validator checks on every jurisdiction-year. */
export type Relation = z.infer<typeof RelationSchema>;
