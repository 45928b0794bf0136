import { z } from 'zod';
import { IndicatorSchema } from './indicator.js';
import { JurisdictionSchema } from './jurisdiction.js';
import { ObservationSchema } from './observation.js';
import { ReportYearSchema } from './report.js';
import { TargetSchema } from './target.js';

/** A figure in a source that is deliberately not an observation (a date, an ordinal such as 第三批), and why. */
export const NotModelledSchema = z.strictObject({
  report: z.string().min(1),
  quote: z.string().min(1),
  reason: z.string().min(1),
});

/** A figure deliberately not modelled, and why. */
export type NotModelled = z.infer<typeof NotModelledSchema>;

/**
 * The zod schema of the dataset JSON format: `{ "observations": [...], "jurisdictions"?: [...], "reports"?: [...] }`
 * plus optional `targets`, custom `indicators` and the `notModelled` list.
 */
export const DatasetSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  observations: z.array(ObservationSchema),
  jurisdictions: z.array(JurisdictionSchema).optional(),
  reports: z.array(ReportYearSchema).optional(),
  targets: z.array(TargetSchema).optional(),
  indicators: z.array(IndicatorSchema).optional(),
  notModelled: z.array(NotModelledSchema).optional(),
});

/** A dataset: observations plus optional jurisdiction and report metadata, targets and custom indicators. */
export type Dataset = z.infer<typeof DatasetSchema>;
