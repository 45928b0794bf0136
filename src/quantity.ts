import type { z } from 'zod';
import * as arith from './internal/arith.js';
import { DECIMAL_PATTERN } from './internal/decimal-text.js';
import { lazySchema } from './internal/lazy-schema.js';
import type { Interval } from './interval.js';
import { LIMITS } from './limits.js';
import { requireDecimal } from './rounding.js';

/**
 * How a printed figure relates to the true value:
 * - `exact` — the figure itself;
 * - `approx` — 约/左右/大约: an estimate with no guaranteed bounds;
 * - `atLeast` — 以上/不少于/不低于/达…以上 (inclusive: "98%以上" allows 98);
 * - `moreThan` — 余/多/超过/逾 (exclusive: "1.5万余" is more than 15000);
 * - `atMost` — 以下/以内/不超过/不高于 (inclusive);
 * - `lessThan` — 不足/不到/近/未满 (exclusive);
 * - `range` — "10至20": `value` is the lower end and `upper` the upper end, both inclusive.
 */
export type Qualifier = (typeof QUALIFIERS)[number];

/** Every qualifier, for schemas and documentation. */
export const QUALIFIERS = ['exact', 'approx', 'atLeast', 'moreThan', 'atMost', 'lessThan', 'range'] as const;

/** The Chinese words that signal each qualifier, as reports print them. */
export const QUALIFIER_WORDS_ZH: Readonly<Record<Qualifier, readonly string[]>> = {
  exact: [],
  approx: ['约', '大约', '左右', '上下'],
  atLeast: ['以上', '不少于', '不低于', '至少'],
  moreThan: ['余', '多', '超过', '逾', '超'],
  atMost: ['以下', '以内', '不超过', '不高于', '至多'],
  lessThan: ['不足', '不到', '近', '未满', '将近'],
  range: ['至', '到', '-', '~'],
};

/**
 * A decimal written as a string ("12", "96.52", "1.5e4") or as a JSON number, within the format's limits
 * (`LIMITS`: at most 100 characters, an exponent within ±100, at most 100 digits written out).
 */
export const DecimalValueSchema = /* @__PURE__ */ lazySchema((z) =>
  z.union([
    z
      .string()
      .max(LIMITS.maxDecimalLength, { abort: true })
      .regex(new RegExp(DECIMAL_PATTERN), {
        message: 'expected a decimal such as "12" or "96.52"',
        abort: true,
      })
      .refine((s) => arith.decimalProblem(s) === undefined, "a decimal within fazhi's limits"),
    z
      .number()
      .finite()
      .refine((n) => arith.decimalProblem(n) === undefined, "a decimal within fazhi's limits"),
  ]),
);

/** The zod schema of a {@link Qualifier}. */
export const QualifierSchema = /* @__PURE__ */ lazySchema((z) => z.enum(QUALIFIERS));

/** The zod schema of a {@link Quantity}. */
export const QuantitySchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
    /** The figure (lower end of a range) as a decimal string or number. */
    value: DecimalValueSchema,
    /** Unit, a key of UNITS. */
    unit: z.string().min(1).optional(),
    /** How the figure bounds the true value; `exact` by default. */
    qualifier: QualifierSchema.optional(),
    /** Upper end of a `range`. */
    upper: DecimalValueSchema.optional(),
  }),
);

/** An exact decimal value with its unit and qualifier; `upper` is the upper end of a `range`. */
export type Quantity = z.infer<typeof QuantitySchema>;

/**
 * The set of values a qualified quantity allows. `approx` allows any value (an estimate bounds nothing), so
 * checks built on intervals never raise a false alarm on 约 figures.
 *
 * @param q - a quantity (its value and optional qualifier and upper end)
 * @returns the interval of possible true values
 * @throws TypeError when the value is not a finite decimal
 * @example
 * ```ts
 * quantityInterval({ value: '15000', qualifier: 'moreThan' }) // (15000, ∞)
 * quantityInterval({ value: 98, qualifier: 'atLeast' })       // [98, ∞)
 * ```
 */
export function quantityInterval(q: Pick<Quantity, 'value' | 'qualifier' | 'upper'>): Interval {
  const v = requireDecimal(q.value, 'value');
  switch (q.qualifier ?? 'exact') {
    case 'exact':
      return { lower: { value: v, inclusive: true }, upper: { value: v, inclusive: true } };
    case 'approx':
      return {};
    case 'atLeast':
      return { lower: { value: v, inclusive: true } };
    case 'moreThan':
      return { lower: { value: v, inclusive: false } };
    case 'atMost':
      return { upper: { value: v, inclusive: true } };
    case 'lessThan':
      return { upper: { value: v, inclusive: false } };
    case 'range': {
      const u = q.upper === undefined ? undefined : arith.canonical(q.upper);
      return u === undefined
        ? { lower: { value: v, inclusive: true } }
        : { lower: { value: v, inclusive: true }, upper: { value: u, inclusive: true } };
    }
  }
}
