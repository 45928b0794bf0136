import { z } from 'zod';
import { DivisionCodeSchema, DivisionLevelSchema } from './division-code.js';

/** The zod schema of a {@link Jurisdiction}. */
export const JurisdictionSchema = z.strictObject({
  code: DivisionCodeSchema,
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  level: DivisionLevelSchema,
  parent: DivisionCodeSchema.optional(),
});

/**
 * A government that reports: its 6-digit division code, Chinese name, level (`province`, `prefecture`,
 * `county`) and optional parent code, e.g. 古丈县 433126, county, parent 433100.
 */
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;
