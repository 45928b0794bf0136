import { endOfYear, formatISO, startOfYear } from 'date-fns';
import { z } from 'zod';
import { DivisionCodeSchema } from './division-code.js';
import { IsoDateSchema, YearSchema } from './iso-date.js';

/** What a source document is: 年度报告 (results), 工作总结 (results), 工作要点/计划 (targets). */
export const DocumentKindSchema = z.enum(['annual-report', 'work-summary', 'work-plan']);

/** What a source document is. */
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** The zod schema of a {@link ReportYear}. */
export const ReportYearSchema = z.strictObject({
  id: z.string().min(1),
  jurisdiction: DivisionCodeSchema,
  year: YearSchema,
  kind: DocumentKindSchema,
  title: z.string().min(1).optional(),
  periodStart: IsoDateSchema.optional(),
  periodEnd: IsoDateSchema.optional(),
  published: IsoDateSchema.optional(),
  asOf: IsoDateSchema.optional(),
  file: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
});

/**
 * One jurisdiction's report for one period: the year, the period it covers (the calendar year unless given),
 * when it was published and as of when its figures stand (截至), and what kind of document it is.
 */
export type ReportYear = z.infer<typeof ReportYearSchema>;

/**
 * The period a report covers, as ISO dates: its own `periodStart`/`periodEnd`, or the calendar year.
 *
 * @param report - the report's year and optional period bounds
 * @returns `{ start, end }` as `YYYY-MM-DD`
 * @example
 * ```ts
 * reportPeriod({ year: 2024 }) // { start: '2024-01-01', end: '2024-12-31' }
 * ```
 */
export function reportPeriod(report: Pick<ReportYear, 'year' | 'periodStart' | 'periodEnd'>): {
  start: string;
  end: string;
} {
  const jan1 = new Date(report.year, 0, 1);
  return {
    start: report.periodStart ?? formatISO(startOfYear(jan1), { representation: 'date' }),
    end: report.periodEnd ?? formatISO(endOfYear(jan1), { representation: 'date' }),
  };
}
