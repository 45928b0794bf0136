import type { z } from 'zod';
import { lazySchema } from '../internal/lazy-schema.js';
import { DecimalValueSchema } from '../quantity.js';
import { DivisionCodeSchema } from './division-code.js';
import { IndicatorIdSchema } from './indicator.js';
import { IsoDateSchema, YearSchema } from './iso-date.js';
import { SourceSchema } from './observation.js';

/** How a target compares: ≥ (不低于/达到…以上), ≤ (不超过/控制在…以内), = (实现…全覆盖), > and <. */
export const ComparatorSchema = /* @__PURE__ */ lazySchema((z) => z.enum(['>=', '<=', '=', '>', '<']));

/** How a target compares. */
export type Comparator = z.infer<typeof ComparatorSchema>;

/** The zod schema of a {@link Target}. */
export const TargetSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
    /** Division code of the jurisdiction that set the target. */
    jurisdiction: DivisionCodeSchema,
    /** The plan year. */
    year: YearSchema,
    /** Indicator the target is about. */
    indicator: IndicatorIdSchema,
    /** How an observation must compare with `value`. */
    comparator: ComparatorSchema,
    /** The planned figure. */
    value: DecimalValueSchema,
    /** Unit of the planned figure. */
    unit: z.string().min(1).optional(),
    /** When the target falls due; the end of the plan year by default. */
    due: IsoDateSchema.optional(),
    /** Provenance: the plan and the exact quote. */
    source: SourceSchema.optional(),
    /** Free-text remark. */
    note: z.string().optional(),
  }),
);

/**
 * A planned figure: "司法所规范化建设达标率达到80%以上" is `{ indicator, comparator: '>=', value: '80' }`.
 * Plans (工作要点) hold targets, not results.
 */
export type Target = z.infer<typeof TargetSchema>;
