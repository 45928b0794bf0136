import type { z } from 'zod';
import { lazySchema } from '../internal/lazy-schema.js';
import { DimensionsSchema } from './dimension.js';

/** An indicator id: `domain.measure` in camelCase, e.g. `litigation.lossRate`. */
export const IndicatorIdSchema = /* @__PURE__ */ lazySchema((z) =>
  z
    .string()
    .regex(
      /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/,
      'expected an indicator id such as "litigation.lossRate"',
    ),
);

/**
 * What kind of figure an indicator is:
 * `count` a flow over the period (cases received in 2024), `stock` a level at a date (people under community
 * correction at year end), `amount` money, `rate` a percentage, `change` a change between periods, `duration`,
 * `other`.
 */
export const IndicatorKindSchema = /* @__PURE__ */ lazySchema((z) =>
  z.enum(['count', 'stock', 'amount', 'rate', 'change', 'duration', 'other']),
);

/** What kind of figure an indicator is. */
export type IndicatorKind = z.infer<typeof IndicatorKindSchema>;

/** Whether a higher value is better (调解成功率), worse (败诉率), or neither (cases received). */
export const PolaritySchema = /* @__PURE__ */ lazySchema((z) =>
  z.enum(['higherIsBetter', 'lowerIsBetter', 'neutral']),
);

/** Whether a higher value is better, worse, or neither. */
export type Polarity = z.infer<typeof PolaritySchema>;

/**
 * How values aggregate across jurisdictions: `sum` (counts and amounts add), `sameDate` (stocks add only at the
 * same date), `none` (rates never add; recompute them from their numerators and denominators).
 */
export const AggregationSchema = /* @__PURE__ */ lazySchema((z) => z.enum(['sum', 'sameDate', 'none']));

/** How values aggregate across jurisdictions. */
export type Aggregation = z.infer<typeof AggregationSchema>;

/** A signed sum of indicators: Σ `plus` − Σ `minus`. */
export const IndicatorSumSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
    /** Indicators added. */
    plus: z.array(IndicatorIdSchema).min(1),
    /** Indicators subtracted. */
    minus: z.array(IndicatorIdSchema).optional(),
  }),
);

/** A signed sum of indicators. */
export type IndicatorSum = z.infer<typeof IndicatorSumSchema>;

/** One way of computing a rate: numerator and denominator as sums of indicators, and the basis it names. */
export const RateFormulaSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
    /** Name of the basis, e.g. `concluded` or `judged`. */
    basis: z.string().min(1),
    /** What is counted. */
    numerator: IndicatorSumSchema,
    /** What it is counted over. */
    denominator: IndicatorSumSchema,
    /** How the basis reads in English. */
    description: z.string().optional(),
    /** How the basis reads in Chinese. */
    descriptionZh: z.string().optional(),
  }),
);

/** One way of computing a rate; a rate indicator lists every basis it is published on, the usual one first. */
export type RateFormula = z.infer<typeof RateFormulaSchema>;

/** The zod schema of an {@link Indicator} definition. */
export const IndicatorSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
    /** Stable id, `domain.measure`. */
    id: IndicatorIdSchema,
    /** Chinese name as reports print it. */
    name: z.string().min(1),
    /** English name. */
    nameEn: z.string().min(1),
    /** Other words reports use for it (办结/审结/结案 …). */
    synonyms: z.array(z.string().min(1)).optional(),
    /** Unit, a key of UNITS. */
    unit: z.string().min(1),
    /** Count, stock, amount, rate, change, duration or other. */
    kind: IndicatorKindSchema,
    /** Whether higher is better, worse, or neither. */
    polarity: PolaritySchema,
    /** How values combine across jurisdictions. */
    aggregation: AggregationSchema,
    /** The 法治政府建设 area it serves. */
    area: z.string().min(1).optional(),
    /** What exactly is counted. */
    description: z.string().optional(),
    /** For rates: every basis it is published on, the usual one first. */
    formulas: z.array(RateFormulaSchema).optional(),
    /** A rate that may exceed 100% (结案率 with carried-over cases). */
    allowsOver100: z.boolean().optional(),
    /**
     * This indicator is another one's cell: `legalAid.criminalCases` is `legalAid.cases` at
     * `{ caseType: 'criminal' }`. Both writings are then the same figure to the validator.
     */
    sliceOf: z
      .strictObject({
        /** The indicator broken down. */
        indicator: IndicatorIdSchema,
        /** The cell this indicator is. */
        dimensions: DimensionsSchema,
      })
      .optional(),
  }),
);

/**
 * The definition of an indicator: stable id, Chinese and English names, the synonyms reports use, unit, kind,
 * polarity, aggregation, the 法治政府建设 area it serves, and for rates the formulas on each basis.
 */
export type Indicator = z.infer<typeof IndicatorSchema>;
