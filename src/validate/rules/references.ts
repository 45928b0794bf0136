/**
 * Rule `references`: every observation names a known indicator, an existing jurisdiction and a declared report.
 *
 * Codes:
 * - `unknown_indicator` (error) — the indicator id is neither in the catalog nor in the dataset's `indicators`.
 * - `unknown_jurisdiction` (error) — a division code that is malformed (always checked) or, when a division
 *   table is given, does not exist (reported once per code, at its first use).
 * - `unknown_report` (error) — `source.report` names a report the dataset's `reports` does not declare (only
 *   checked when the dataset declares `reports`).
 * @module
 */
import { issue } from '../../errors.js';
import type { Entry, RuleContext } from '../context.js';
import { withLine } from '../zod-issues.js';

/**
 * Checks that a division code exists in the division table (its shape is checked by the structure step).
 * @param code - a well-formed 6-digit code
 * @param path - where it is
 * @param line - its line, if any
 * @param ctx - the rule context
 * @param cache - codes already looked up
 * @example
 * ```ts
 * checkDivisionExists('433126', 'observations[0].jurisdiction', undefined, ctx, new Map())
 * ```
 */
export function checkDivisionExists(
  code: string,
  path: string,
  line: number | undefined,
  ctx: RuleContext,
  cache: Map<string, boolean>,
): void {
  if (ctx.divisions === undefined || cache.has(code)) return;
  let exists: boolean;
  try {
    exists = ctx.divisions.getDivision(code) !== undefined;
  } catch {
    exists = false;
  }
  cache.set(code, exists);
  // Reported once per code, at its first use: the same unknown code on every row would drown everything else.
  if (!exists) {
    ctx.emit(
      withLine(
        issue(
          'unknown_jurisdiction',
          'error',
          path,
          `No administrative division has the code ${code} (reported at its first use only)`,
          `行政区划代码 ${code} 不存在(仅在首次出现处报告)`,
          { code, reason: 'not_found' },
        ),
        line,
      ),
    );
  }
}

/**
 * Runs the references rule on one valid observation.
 * @param e - the observation and its location
 * @param ctx - the rule context
 * @param codeCache - division codes already looked up
 * @param lastCode - a code known to be in `codeCache` (the previous observation's), compared before the cache
 * @returns whether the indicator is known (later rules skip unknown indicators)
 * @example
 * ```ts
 * checkReferences({ o, i: 0, line: undefined }, ctx, new Map())
 * ```
 */
export function checkReferences(
  e: Entry,
  ctx: RuleContext,
  codeCache: Map<string, boolean>,
  lastCode?: string,
): boolean {
  const o = e.o;
  const known = e.d !== undefined || ctx.indicators.has(o.indicator);
  if (!known) {
    ctx.emit(
      withLine(
        issue(
          'unknown_indicator',
          'error',
          `observations[${e.i}].indicator`,
          `Unknown indicator "${o.indicator}": not in the catalog nor in the dataset's indicators`,
          `未知指标“${o.indicator}”：既不在指标目录中，也未在数据集的 indicators 中定义`,
          { indicator: o.indicator },
        ),
        e.line,
      ),
    );
  }
  // The path is only built for a code not seen before (the hot path allocates nothing).
  if (ctx.divisions !== undefined && o.jurisdiction !== lastCode && !codeCache.has(o.jurisdiction)) {
    checkDivisionExists(o.jurisdiction, `observations[${e.i}].jurisdiction`, e.line, ctx, codeCache);
  }
  if (
    o.source !== undefined &&
    ctx.reports !== undefined &&
    o.source.report !== lastReport.get(ctx) &&
    !rememberReport(ctx, o.source.report)
  ) {
    ctx.emit(
      withLine(
        issue(
          'unknown_report',
          'error',
          `observations[${e.i}].source.report`,
          `Report "${o.source.report}" is not declared in the dataset's reports`,
          `来源报告“${o.source.report}”未在数据集的 reports 中声明`,
          { report: o.source.report },
        ),
        e.line,
      ),
    );
  }
  return known;
}

/** The last report id found declared, per context: sorted input repeats it for a whole group. */
const lastReport = new WeakMap<RuleContext, string>();

function rememberReport(ctx: RuleContext, id: string): boolean {
  if (ctx.reports?.has(id) !== true) return false;
  lastReport.set(ctx, id);
  return true;
}
