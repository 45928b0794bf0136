import type { z } from 'zod';
import { lazySchema } from '../internal/lazy-schema.js';
import { DecimalValueSchema, QualifierSchema } from '../quantity.js';
import { DimensionIdSchema, DimensionsSchema } from './dimension.js';
import { DivisionCodeSchema } from './division-code.js';
import { IndicatorIdSchema } from './indicator.js';
import { IsoDateSchema, YearSchema } from './iso-date.js';

/** Where a figure came from: the report's id and the exact words quoted from it. */
export const SourceSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
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
  }),
);

/** Where a figure came from. */
export type Source = z.infer<typeof SourceSchema>;

/**
 * What a figure says about its indicator:
 * - `level` (default) — the figure itself: 受理59件;
 * - `share` — per cent of a whole, by default the same indicator without the observation's dimensions (占 22.0%);
 * - `yoyPercent` — change on `baseYear` in per cent, negative for a fall (同比增长28%, 下降24.76%);
 * - `yoyDifference` — change on `baseYear` in the indicator's unit (增加842件, 减少15件: -15);
 * - `yoyRatio` — current ÷ base (是上年的3倍);
 * - `yoyGrowthTimes` — "增长了N倍": strictly current ÷ base = N + 1, though many writers mean N;
 * - `ppChange` — change of a rate in percentage points (上升7.01个百分点).
 */
export const MEASURES = [
  'level',
  'share',
  'yoyPercent',
  'yoyDifference',
  'yoyRatio',
  'yoyGrowthTimes',
  'ppChange',
] as const;

/** What a figure says about its indicator; see {@link MEASURES}. */
export type Measure = (typeof MEASURES)[number];

/** The zod schema of a {@link Measure}. */
export const MeasureSchema = /* @__PURE__ */ lazySchema((z) => z.enum(MEASURES));

/** The measures that compare with a base year (同比). */
export const CHANGE_MEASURES: readonly Measure[] = [
  'yoyPercent',
  'yoyDifference',
  'yoyRatio',
  'yoyGrowthTimes',
  'ppChange',
];

/**
 * Whose figure it is: `ownLevel` (本级: the government or agency itself, 市本级, 市政府) or `wholeArea`
 * (全市/全区/全县: with the subordinate jurisdictions). A figure without `coverage` is read as `wholeArea`.
 */
export const COVERAGES = ['ownLevel', 'wholeArea'] as const;

/** Whose figure it is; see {@link COVERAGES}. */
export type Coverage = (typeof COVERAGES)[number];

/** The zod schema of a {@link Coverage}. */
export const CoverageSchema = /* @__PURE__ */ lazySchema((z) => z.enum(COVERAGES));

/** The zod schema of a {@link Period}: first and last day, both inclusive. */
export const PeriodSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
    /** First day covered, `YYYY-MM-DD`. */
    start: IsoDateSchema,
    /** Last day covered, `YYYY-MM-DD`. */
    end: IsoDateSchema,
  }),
);

/** The window a figure covers when it is not the calendar year: 1–4月, 上半年, 2021-08-01 to 2022-07-31. */
export type Period = z.infer<typeof PeriodSchema>;

/** The zod schema of a {@link ShareOf}. */
export const ShareOfSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
    /** The whole's indicator, when it is another one (依法受理 9428 of 11533 received: `reconsideration.received`). */
    indicator: IndicatorIdSchema.optional(),
    /** The whole's jurisdiction (武汉市 2220 件 of 湖北省's 5422: `"420000"`). */
    jurisdiction: DivisionCodeSchema.optional(),
    /** The whole's dimensions, replacing the default of none (a cell's share of its row: the row's member). */
    dimensions: DimensionsSchema.optional(),
    /** The whole's coverage (市政府 959 件 of 全市 9428: `wholeArea`). */
    coverage: CoverageSchema.optional(),
    /** The whole is the dataset's target for the indicator and year (占全年目标任务的51.37%). */
    target: z.boolean().optional(),
  }),
);

/**
 * What a share is a share of, when it is not the default — the same indicator, jurisdiction, year and scope
 * without the observation's dimensions. Each field given replaces that coordinate of the whole.
 */
export type ShareOf = z.infer<typeof ShareOfSchema>;

/** The zod schema of an {@link Observation}. */
export const ObservationSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
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
    /** The cell of a breakdown: dimension id → member id (`{ "reconsiderationMatter": "informationDisclosure" }`). */
    dimensions: DimensionsSchema.optional(),
    /** What the figure says about its indicator: `level` (default), `share`, a change (`yoyPercent` …). */
    measure: MeasureSchema.optional(),
    /** The year a change compares with; `year − 1` by default. */
    baseYear: YearSchema.optional(),
    /** The window the figure covers when it is not the calendar year (1–4月, 2021-08-01 to 2022-07-31). */
    period: PeriodSchema.optional(),
    /** `ownLevel` (本级) or `wholeArea` (全市/全区/全县, the default reading). */
    coverage: CoverageSchema.optional(),
    /** For a share: its whole, when it is not the same indicator without the dimensions. */
    shareOf: ShareOfSchema.optional(),
    /** Dimensions by which the report breaks this figure down in full (其中… lists every part). */
    breakdownComplete: z.array(DimensionIdSchema).min(1).optional(),
    /** Provenance: the report and the exact quote. */
    source: SourceSchema.optional(),
    /** Free-text remark. */
    note: z.string().optional(),
  }),
);

/**
 * One published figure for one jurisdiction and year: the indicator, its value (a decimal string or number) with
 * unit and qualifier, the basis of a rate, its scope — `asOf` (截至), `cumulative` (累计, with `since` when the
 * programme start is known), `includesCarriedOver` (含结转), `period` (a part-year or non-calendar window),
 * `coverage` (本级 or 全市) — its cell in a breakdown (`dimensions`), what it says (`measure`: the level, a share,
 * a change on `baseYear`) and its provenance.
 */
export type Observation = z.infer<typeof ObservationSchema>;

/** The fields that place an observation beyond its jurisdiction, year and indicator. */
export type ScopeFields = Pick<
  Observation,
  | 'asOf'
  | 'cumulative'
  | 'since'
  | 'includesCarriedOver'
  | 'basis'
  | 'period'
  | 'coverage'
  | 'dimensions'
  | 'measure'
  | 'baseYear'
  | 'shareOf'
> & { readonly year?: number };

/**
 * The scope of an observation as a string key — every coordinate beyond jurisdiction, year and indicator: two
 * observations of the same jurisdiction, year and indicator conflict only when their keys are equal. Defaults
 * are left out (`coverage: "wholeArea"`, `measure: "level"`, a `baseYear` of the year before), so an
 * observation without the newer fields keeps its old key.
 *
 * @param o - the observation's scope fields (and its year, to recognise a default `baseYear`)
 * @returns a key such as `"asOf=2024-06-30|cumulative"` (empty for a plain full-period figure)
 * @example
 * ```ts
 * scopeKey({ cumulative: true, since: '2019' }) // "cumulative|since=2019"
 * scopeKey({ dimensions: { caseType: 'criminal' }, measure: 'share' })
 * // "dimensions=caseType:criminal|measure=share"
 * ```
 */
export function scopeKey(o: ScopeFields): string {
  return scopeKeyWith(o, o.dimensions);
}

/**
 * {@link scopeKey} with other dimensions than the observation's own (a cell read back into the catalog's terms),
 * without copying the observation. @internal
 * @param o - the observation's scope fields
 * @param dimensions - the dimensions to key by
 * @returns the key
 * @example
 * ```ts
 * scopeKeyWith({ measure: 'share' }, { caseType: 'criminal' }) // "dimensions=caseType:criminal|measure=share"
 * ```
 */
export function scopeKeyWith(
  o: ScopeFields,
  dimensions: Readonly<Record<string, string>> | undefined,
): string {
  const parts: string[] = [];
  if (o.asOf) parts.push(`asOf=${o.asOf}`);
  if (o.cumulative) parts.push('cumulative');
  if (o.since) parts.push(`since=${o.since}`);
  if (o.includesCarriedOver) parts.push('includesCarriedOver');
  if (o.basis) parts.push(`basis=${o.basis}`);
  if (o.period) parts.push(`period=${o.period.start}/${o.period.end}`);
  if (o.coverage === 'ownLevel') parts.push('coverage=ownLevel');
  const dims = dimensionsKey(dimensions);
  if (dims !== '') parts.push(`dimensions=${dims}`);
  if (o.measure !== undefined && o.measure !== 'level') parts.push(`measure=${o.measure}`);
  if (o.baseYear !== undefined && (o.year === undefined || o.baseYear !== o.year - 1)) {
    parts.push(`baseYear=${o.baseYear}`);
  }
  if (o.shareOf !== undefined) parts.push(`shareOf=${shareOfKey(o.shareOf)}`);
  return parts.join('|');
}

/**
 * A canonical string of a dimensions map: `id:member` pairs sorted by id and joined by `,` (`''` for none).
 *
 * @param dimensions - a dimensions map, or `undefined`
 * @returns the key
 * @example
 * ```ts
 * dimensionsKey({ b: 'x', a: 'y' }) // "a:y,b:x"
 * ```
 */
export function dimensionsKey(dimensions: Readonly<Record<string, string>> | undefined): string {
  if (dimensions === undefined) return '';
  const keys = Object.keys(dimensions);
  if (keys.length === 0) return '';
  if (keys.length === 1) {
    const k = keys[0] as string;
    return `${k}:${dimensions[k]}`;
  }
  return keys
    .sort()
    .map((k) => `${k}:${dimensions[k]}`)
    .join(',');
}

function shareOfKey(s: ShareOf): string {
  const parts: string[] = [];
  if (s.indicator) parts.push(`indicator=${s.indicator}`);
  if (s.jurisdiction) parts.push(`jurisdiction=${s.jurisdiction}`);
  if (s.dimensions) parts.push(`dimensions=${dimensionsKey(s.dimensions)}`);
  if (s.coverage) parts.push(`coverage=${s.coverage}`);
  if (s.target) parts.push('target');
  return `{${parts.join(';')}}`;
}
