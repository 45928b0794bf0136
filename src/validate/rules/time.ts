/**
 * Rule `time`: dates fit the period a figure covers and are not in the future.
 *
 * Codes:
 * - `date_out_of_period` (error) — an observation's `asOf` before its period begins (the period of its source
 *   report, else the calendar year), or any date (`asOf`, `since`, a report's dates, the year itself) in the future.
 * - `published_before_period_end` (warning) — a report published before the period it covers has ended.
 * - `partial_period` (info) — an `asOf` inside the period: a partial-year figure that year-over-year
 *   comparisons must not set against a full year.
 * - `invalid_period` (error) — an observation's `period` that ends before it starts, or does not end in the
 *   observation's year (a window is filed under the year it ends: 2021-08-01 to 2022-07-31 is 2022).
 * @module
 */
import { issue } from '../../errors.js';
import type { Period } from '../../model/observation.js';
import { type ReportYear, reportPeriod } from '../../model/report.js';
import type { Entry, RuleContext } from '../context.js';
import { withLine } from '../zod-issues.js';

function future(ctx: RuleContext, path: string, what: string, date: string, line: number | undefined): void {
  ctx.emit(
    withLine(
      issue(
        'date_out_of_period',
        'error',
        path,
        `${what} ${date} is in the future (today is ${ctx.today})`,
        `${what === 'Year' ? '年份' : '日期'} ${date} 晚于今天(${ctx.today})`,
        { date, today: ctx.today, reason: 'future' },
      ),
      line,
    ),
  );
}

/**
 * The period an observation covers: its source report's period, else the calendar year.
 * @param e - the observation
 * @param ctx - the rule context
 * @returns start and end as `YYYY-MM-DD`
 * @example
 * ```ts
 * periodOf({ o: { year: 2024, … }, i: 0, line: undefined }, ctx) // { start: '2024-01-01', end: '2024-12-31' }
 * ```
 */
export function periodOf(e: Entry, ctx: RuleContext): { start: string; end: string } {
  const r = e.o.source === undefined ? undefined : ctx.reports?.get(e.o.source.report);
  if (r !== undefined && r.year === e.o.year) return reportPeriod(r);
  return { start: `${e.o.year}-01-01`, end: `${e.o.year}-12-31` };
}

/**
 * Runs the time rule on one valid observation.
 * @param e - the observation and its location
 * @param ctx - the rule context
 * @example
 * ```ts
 * checkObservationTime({ o, i: 0, line: undefined }, ctx)
 * ```
 */
export function checkObservationTime(e: Entry, ctx: RuleContext): void {
  const o = e.o;
  if (o.year > ctx.todayYear) future(ctx, `observations[${e.i}].year`, 'Year', String(o.year), e.line);
  if (o.since !== undefined && o.since > ctx.today.slice(0, o.since.length)) {
    future(ctx, `observations[${e.i}].since`, 'Date', o.since, e.line);
  }
  if (o.asOf === undefined) return;
  const path = `observations[${e.i}].asOf`;
  if (o.asOf > ctx.today) {
    future(ctx, path, 'Date', o.asOf, e.line);
    return;
  }
  const p = periodOf(e, ctx);
  if (o.asOf < p.start) {
    ctx.emit(
      withLine(
        issue(
          'date_out_of_period',
          'error',
          path,
          `asOf ${o.asOf} is before the period ${p.start} – ${p.end} begins`,
          `截至日期 ${o.asOf} 早于统计期间(${p.start} 至 ${p.end})的开始`,
          { asOf: o.asOf, periodStart: p.start, periodEnd: p.end, reason: 'before_period' },
        ),
        e.line,
      ),
    );
  } else if (o.asOf < p.end) {
    ctx.emit(
      withLine(
        issue(
          'partial_period',
          'info',
          path,
          `A partial-period figure as of ${o.asOf} (the period ends ${p.end}); do not compare it with full years`,
          `截至 ${o.asOf} 的阶段性数据(统计期至 ${p.end})，不宜与全年数据同比`,
          { asOf: o.asOf, periodStart: p.start, periodEnd: p.end },
        ),
        e.line,
      ),
    );
  }
}

/**
 * Checks an observation's `period`: in order, ending in the observation's year, not in the future.
 * @param e - the observation
 * @param period - its period
 * @param ctx - the rule context
 * @example
 * ```ts
 * if (o.period) checkPeriod(e, o.period, ctx)
 * ```
 */
export function checkPeriod(e: Entry, period: Period, ctx: RuleContext): void {
  const path = `observations[${e.i}].period`;
  const bad = (why: string, whyZh: string, reason: string): void => {
    ctx.emit(
      withLine(
        issue(
          'invalid_period',
          'error',
          path,
          `The period ${period.start} – ${period.end} ${why}`,
          `统计期间 ${period.start} 至 ${period.end} ${whyZh}`,
          { start: period.start, end: period.end, year: e.o.year, reason },
        ),
        e.line,
      ),
    );
  };
  if (period.end < period.start) bad('ends before it starts', '的结束早于开始', 'reversed');
  else if (!period.end.startsWith(`${e.o.year}-`)) {
    bad(
      `does not end in ${e.o.year}; a window is filed under the year it ends`,
      `不在 ${e.o.year} 年结束；跨年期间应记在其结束的年份`,
      'year',
    );
  }
  if (period.end > ctx.today) future(ctx, `${path}.end`, 'Date', period.end, e.line);
}

/**
 * Runs the time rule on one declared report: dates in the future, publication before the period ended.
 * @param r - the report
 * @param index - its index in `reports`
 * @param ctx - the rule context
 * @example
 * ```ts
 * checkReportTime(report, 0, ctx)
 * ```
 */
export function checkReportTime(r: ReportYear, index: number, ctx: RuleContext): void {
  const at = (f: string) => `reports[${index}].${f}`;
  if (r.year > ctx.todayYear) future(ctx, at('year'), 'Year', String(r.year), undefined);
  for (const f of ['periodStart', 'periodEnd', 'published', 'asOf'] as const) {
    const d = r[f];
    if (d !== undefined && d > ctx.today) future(ctx, at(f), 'Date', d, undefined);
  }
  const p = reportPeriod(r);
  if (r.asOf !== undefined && r.asOf < p.start) {
    ctx.emit(
      issue(
        'date_out_of_period',
        'error',
        at('asOf'),
        `asOf ${r.asOf} is before the period ${p.start} – ${p.end} begins`,
        `截至日期 ${r.asOf} 早于统计期间(${p.start} 至 ${p.end})的开始`,
        { asOf: r.asOf, periodStart: p.start, periodEnd: p.end, reason: 'before_period' },
      ),
    );
  }
  if (r.published !== undefined && r.published < p.end && r.kind !== 'work-plan') {
    ctx.emit(
      issue(
        'published_before_period_end',
        'warning',
        at('published'),
        `Report "${r.id}" was published on ${r.published}, before its period ends on ${p.end}`,
        `报告“${r.id}”发布于 ${r.published}，早于其统计期结束(${p.end})`,
        { report: r.id, published: r.published, periodEnd: p.end },
      ),
    );
  }
}
