import type { z } from 'zod';
import { dateFns } from '../internal/dates.js';
import { lazySchema } from '../internal/lazy-schema.js';
import { DivisionCodeSchema } from './division-code.js';
import { IsoDateSchema, YearSchema } from './iso-date.js';

/**
 * What a source document is. Results: `annual-report` (法治政府建设年度报告), `work-summary` (工作总结),
 * `statistical-analysis` (统计分析报告), `white-paper` (白皮书, also a court's 行政审判白皮书), `yearbook-entry`
 * (年鉴条目), `press-release` (新闻报道、新闻发布会), `public-notice` (公示), `data-release` (数据发布),
 * `progress-report` (民生工程进度通报), `congress-report` (向人大常委会的报告), `review` (工作综述). Targets:
 * `work-plan` (工作要点/计划).
 */
export const DOCUMENT_KINDS = [
  'annual-report',
  'work-summary',
  'work-plan',
  'statistical-analysis',
  'white-paper',
  'yearbook-entry',
  'press-release',
  'public-notice',
  'data-release',
  'progress-report',
  'congress-report',
  'review',
] as const;

/** The Chinese name of each document kind. */
export const DOCUMENT_KIND_NAMES_ZH: Readonly<Record<(typeof DOCUMENT_KINDS)[number], string>> = {
  'annual-report': '年度报告',
  'work-summary': '工作总结',
  'work-plan': '工作要点(计划)',
  'statistical-analysis': '统计分析报告',
  'white-paper': '白皮书',
  'yearbook-entry': '年鉴条目',
  'press-release': '新闻报道(发布会)',
  'public-notice': '公示',
  'data-release': '数据发布',
  'progress-report': '进度通报',
  'congress-report': '向人大常委会的报告',
  review: '工作综述',
};

/** The zod schema of a {@link DocumentKind}. */
export const DocumentKindSchema = /* @__PURE__ */ lazySchema((z) => z.enum(DOCUMENT_KINDS));

/** What a source document is. */
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** The zod schema of a {@link ReportYear}. */
export const ReportYearSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
    /** Id that observations cite in `source.report`. */
    id: z.string().min(1),
    /** Division code of the reporting jurisdiction. */
    jurisdiction: DivisionCodeSchema,
    /** The year the report covers. */
    year: YearSchema,
    /** Annual report, work summary, work plan, white paper … (see `DOCUMENT_KINDS`). */
    kind: DocumentKindSchema,
    /** The document title as printed. */
    title: z.string().min(1).optional(),
    /** First day of the period covered; 1 January by default. */
    periodStart: IsoDateSchema.optional(),
    /** Last day of the period covered; 31 December by default. */
    periodEnd: IsoDateSchema.optional(),
    /** Publication date (落款日期), where printed. */
    published: IsoDateSchema.optional(),
    /** Date the figures stand at (截至), where it differs from the period end. */
    asOf: IsoDateSchema.optional(),
    /** Path of the source text, relative to the dataset repository. */
    file: z.string().min(1).optional(),
    /** Where the document was published. */
    url: z.string().min(1).optional(),
  }),
);

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
  const { endOfYear, formatISO, startOfYear } = dateFns();
  const jan1 = new Date(report.year, 0, 1);
  return {
    start: report.periodStart ?? formatISO(startOfYear(jan1), { representation: 'date' }),
    end: report.periodEnd ?? formatISO(endOfYear(jan1), { representation: 'date' }),
  };
}
