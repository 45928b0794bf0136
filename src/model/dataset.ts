import type { z } from 'zod';
import { lazySchema } from '../internal/lazy-schema.js';
import { DimensionSchema } from './dimension.js';
import { IndicatorSchema } from './indicator.js';
import { JurisdictionSchema } from './jurisdiction.js';
import { ObservationSchema } from './observation.js';
import { RelationSchema } from './relation.js';
import { ReportYearSchema } from './report.js';
import { TargetSchema } from './target.js';

/**
 * What a number left out of the observations is: `date` (a publication or repost timestamp, a date that is not a
 * figure's scope), `ordinal` (第三批, a section number), `identifier` (a document, phone or code number, a URL),
 * `pageFurniture` (page numbers, headers, unrelated headlines, titles and the years in them), or `figure` (a real
 * figure deliberately not modelled, with its reason).
 */
export const NOT_MODELLED_CATEGORIES = ['date', 'ordinal', 'identifier', 'pageFurniture', 'figure'] as const;

/** What a number left out of the observations is; see {@link NOT_MODELLED_CATEGORIES}. */
export type NotModelledCategory = (typeof NOT_MODELLED_CATEGORIES)[number];

/** A figure in a source that is deliberately not an observation (a date, an ordinal such as 第三批), and why. */
export const NotModelledSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
    /** Id of the report the figure appears in. */
    report: z.string().min(1),
    /** The exact words containing the figure. */
    quote: z.string().min(1),
    /** Why it is not an indicator (a date, an ordinal …). */
    reason: z.string().min(1),
    /** What the number is: a date, an ordinal, an identifier, page furniture, or a figure left out. */
    category: z.enum(NOT_MODELLED_CATEGORIES).optional(),
  }),
);

/** A figure deliberately not modelled, and why. */
export type NotModelled = z.infer<typeof NotModelledSchema>;

/**
 * The zod schema of the dataset JSON format: `{ "observations": [...], "jurisdictions"?: [...], "reports"?: [...] }`
 * plus optional `targets`, custom `indicators`, `dimensions` and `relations`, and the `notModelled` list.
 */
export const DatasetSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
    /** JSON Schema reference for editors. */
    $schema: z.string().optional(),
    /** Dataset name. */
    name: z.string().optional(),
    /** What the dataset holds. */
    description: z.string().optional(),
    /** The published figures. */
    observations: z.array(ObservationSchema),
    /** Metadata of the jurisdictions observed. */
    jurisdictions: z.array(JurisdictionSchema).optional(),
    /** The source documents. */
    reports: z.array(ReportYearSchema).optional(),
    /** Planned figures (work plans hold targets, not results). */
    targets: z.array(TargetSchema).optional(),
    /** Custom indicators the dataset defines beyond the catalog. */
    indicators: z.array(IndicatorSchema).optional(),
    /**
     * Dimensions the dataset defines beyond the catalog (the units of a table: 西兴街道, 省人社厅 …); one with the id
     * of a catalog dimension adds its members and indicators to that dimension.
     */
    dimensions: z.array(DimensionSchema).optional(),
    /** Relations the dataset adds to the catalog's (about its own indicators, or the catalog's). */
    relations: z.array(RelationSchema).optional(),
    /** Figures of the sources deliberately not modelled, with reasons. */
    notModelled: z.array(NotModelledSchema).optional(),
  }),
);

/**
 * A dataset: observations plus optional jurisdiction and report metadata, targets, and custom indicators,
 * dimensions and relations.
 */
export type Dataset = z.infer<typeof DatasetSchema>;
