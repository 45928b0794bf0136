import type { z } from 'zod';
import { lazySchema } from '../internal/lazy-schema.js';
import { DivisionCodeSchema, DivisionLevelSchema } from './division-code.js';

/** The zod schema of a {@link Jurisdiction}. */
export const JurisdictionSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
    /** 6-digit administrative division code (行政区划代码). */
    code: DivisionCodeSchema,
    /** Chinese name, e.g. 古丈县. */
    name: z.string().min(1),
    /** English or pinyin name, e.g. Guzhang County. */
    nameEn: z.string().min(1).optional(),
    /** Administrative level: province, prefecture or county. */
    level: DivisionLevelSchema,
    /** Code of the division it belongs to. */
    parent: DivisionCodeSchema.optional(),
  }),
);

/**
 * A government that reports: its 6-digit division code, Chinese name, level (`province`, `prefecture`,
 * `county`) and optional parent code, e.g. 古丈县 433126, county, parent 433100.
 */
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;
