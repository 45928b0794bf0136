/**
 * Rule `references`: every observation names a known indicator, an existing jurisdiction and a declared report.
 *
 * Codes:
 * - `unknown_indicator` (error) — the indicator id is neither in the catalog nor in the dataset's `indicators`.
 * - `unknown_jurisdiction` (error) — a division code that is malformed (always checked) or, when a division
 *   table is given, does not exist (reported once per code, at its first use). A code retired since but valid in
 *   the figure's year (when the table knows history, as `fazhi/divisions` does) is an `info` naming what it is today.
 * - `unknown_report` (error) — `source.report` names a report the dataset's `reports` does not declare (only
 *   checked when the dataset declares `reports`).
 * - `unknown_dimension` (error) — a dimension id (in `dimensions`, `shareOf.dimensions` or `breakdownComplete`)
 *   that is neither in the catalog nor in the dataset's `dimensions` (`details.reason: "not_found"`), or one that
 *   does not break down the observation's indicator (`"not_applicable"`); with a did-you-mean.
 * - `unknown_member` (error) — a member id its dimension does not have; with a did-you-mean.
 * @module
 */
import type { DivisionHistoryLookup } from '../../divisions/lookup.js';
import type { RetiredDivision } from '../../divisions/retired.js';
import { issue } from '../../errors.js';
import { closest } from '../../formats/suggest.js';
import type { Entry, RuleContext } from '../context.js';
import { meantHint, suggestName } from '../suggestions.js';
import { withLine } from '../zod-issues.js';

/**
 * Checks that a division code exists in the division table (its shape is checked by the structure step).
 * @param code - a well-formed 6-digit code
 * @param path - where it is
 * @param line - its line, if any
 * @param ctx - the rule context
 * @param cache - codes already looked up
 * @param year - the year of the figure, so that a code retired since but valid then is only an `info`
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
  year?: number,
): void {
  if (ctx.divisions === undefined || cache.has(code)) return;
  let exists: boolean;
  let retired: RetiredDivision | undefined;
  try {
    exists = ctx.divisions.getDivision(code) !== undefined;
    const history = ctx.divisions as Partial<DivisionHistoryLookup>;
    if (!exists && year !== undefined && typeof history.retiredDivision === 'function') {
      retired = history.retiredDivision(code, year);
    }
  } catch {
    exists = false;
  }
  if (retired !== undefined) {
    // A retired code: reported once per code and verdict (valid in its year or not), never cached by code alone.
    const key = `${code}@${retired.validInYear}`;
    if (cache.has(key)) return;
    cache.set(key, false);
    ctx.emit(withLine(retiredIssue(retired, year as number, path), line));
    return;
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

/** The finding for a code today's table lacks but an older one lists. */
function retiredIssue(r: RetiredDivision, year: number, path: string) {
  const names = r.successors.map((d) => `${d.code} ${d.name}`);
  const years = r.years.length === 1 ? `${r.years[0]}` : `${r.years[0]}–${r.years[r.years.length - 1]}`;
  const [today, todayZh] =
    names.length > 0
      ? [`today it is ${names.join(' and ')}`, `现为 ${names.join('、')}`]
      : r.within !== undefined
        ? [
            `the tables do not say what it became; it lay in ${r.within.code} ${r.within.name}`,
            `代码表未载明其去向，原属 ${r.within.code} ${r.within.name}`,
          ]
        : ['the tables do not say what it became', '代码表未载明其去向'];
  const details = {
    code: r.code,
    reason: r.validInYear ? 'retired' : 'retired_before_year',
    name: r.name,
    years: r.years,
    successors: r.successors.map((d) => d.code),
    ...(r.within === undefined ? {} : { within: r.within.code }),
  };
  if (r.validInYear) {
    return issue(
      'unknown_jurisdiction',
      'info',
      path,
      `${r.code} ${r.name} was a valid division code in ${year} (official tables ${years}) but has been retired: ${today}`,
      `${r.code} ${r.name} 在 ${year} 年是有效的行政区划代码（见 ${years} 年代码表），现已撤销：${todayZh}`,
      details,
    );
  }
  return issue(
    'unknown_jurisdiction',
    'error',
    path,
    `${r.code} ${r.name} was not a valid division code in ${year}: the official tables list it in ${years} only; ${today}`,
    `${r.code} ${r.name} 在 ${year} 年不是有效的行政区划代码：代码表仅在 ${years} 年列有此代码；${todayZh}`,
    details,
  );
}

/**
 * Runs the references rule on one valid observation.
 * @param e - the observation and its location
 * @param ctx - the rule context
 * @param codeCache - division codes already looked up
 * @returns whether the indicator is known (later rules skip unknown indicators)
 * @example
 * ```ts
 * checkReferences({ o, i: 0, line: undefined }, ctx, new Map())
 * ```
 */
export function checkReferences(e: Entry, ctx: RuleContext, codeCache: Map<string, boolean>): boolean {
  const o = e.o;
  const known = e.d !== undefined || ctx.indicators.has(o.indicator);
  if (!known) {
    const like = suggestName(o.indicator, ctx.indicators);
    const [hint, hintZh] = meantHint(like);
    ctx.emit(
      withLine(
        issue(
          'unknown_indicator',
          'error',
          `observations[${e.i}].indicator`,
          `Unknown indicator "${o.indicator}"${hint}: not in the catalog nor in the dataset's indicators`,
          `未知指标“${o.indicator}”${hintZh}：既不在指标目录中，也未在数据集的 indicators 中定义`,
          like === undefined ? { indicator: o.indicator } : { indicator: o.indicator, suggestion: like },
        ),
        e.line,
      ),
    );
  }
  // The path is only built for a code not seen before (the hot path allocates nothing).
  if (ctx.divisions !== undefined && !codeCache.has(o.jurisdiction)) {
    checkDivisionExists(o.jurisdiction, `observations[${e.i}].jurisdiction`, e.line, ctx, codeCache, o.year);
  }
  if (
    o.source !== undefined &&
    ctx.reports !== undefined &&
    o.source.report !== lastReport.get(ctx) &&
    !rememberReport(ctx, o.source.report)
  ) {
    const like = suggestName(o.source.report, ctx.reports);
    const [hint, hintZh] = meantHint(like);
    ctx.emit(
      withLine(
        issue(
          'unknown_report',
          'error',
          `observations[${e.i}].source.report`,
          `Report "${o.source.report}" is not declared in the dataset's reports${hint}`,
          `来源报告“${o.source.report}”未在数据集的 reports 中声明${hintZh}`,
          like === undefined ? { report: o.source.report } : { report: o.source.report, suggestion: like },
        ),
        e.line,
      ),
    );
  }
  return known;
}

/**
 * Checks what the newer coordinate fields refer to: the dimensions and members of `dimensions`, the dimensions of
 * `breakdownComplete`, and the indicator, jurisdiction and dimensions of a share's whole (`shareOf`).
 * @param e - an observation with such fields (`e.x`)
 * @param ctx - the rule context
 * @param codeCache - division codes already looked up
 * @example
 * ```ts
 * if (e.x) checkDimensionReferences(e, ctx, codeCache)
 * ```
 */
export function checkDimensionReferences(e: Entry, ctx: RuleContext, codeCache: Map<string, boolean>): void {
  const o = e.o;
  // The usual cell: known dimensions of its indicator and known members, confirmed before any path is built.
  if (o.breakdownComplete === undefined && o.shareOf === undefined) {
    if (o.dimensions === undefined || cellIsKnown(o.dimensions, e.d?.id ?? o.indicator, ctx)) return;
  }
  const at = `observations[${e.i}]`;
  if (o.dimensions !== undefined) checkCell(o.dimensions, o.indicator, `${at}.dimensions`, e, ctx);
  o.breakdownComplete?.forEach((d, k) => {
    checkDimension(d, o.indicator, `${at}.breakdownComplete[${k}]`, e, ctx);
  });
  const s = o.shareOf;
  if (s === undefined) return;
  const whole = s.indicator ?? o.indicator;
  if (s.indicator !== undefined && !ctx.indicators.has(s.indicator)) {
    ctx.emit(
      withLine(
        issue(
          'unknown_indicator',
          'error',
          `${at}.shareOf.indicator`,
          `Unknown indicator "${s.indicator}" as the whole of a share`,
          `份额的总体指标“${s.indicator}”不存在`,
          { indicator: s.indicator, ...suggestion(s.indicator, ctx.indicators.keys()) },
        ),
        e.line,
      ),
    );
  }
  if (s.jurisdiction !== undefined) {
    checkDivisionExists(s.jurisdiction, `${at}.shareOf.jurisdiction`, e.line, ctx, codeCache, o.year);
  }
  if (s.dimensions !== undefined) checkCell(s.dimensions, whole, `${at}.shareOf.dimensions`, e, ctx);
}

/** `true` when {@link checkCell} would find nothing: each dimension exists, applies and has the member. */
function cellIsKnown(cell: Readonly<Record<string, string>>, indicator: string, ctx: RuleContext): boolean {
  const dims = ctx.dimensions;
  const known = ctx.indicators.has(indicator);
  for (const d in cell) {
    if (!Object.hasOwn(cell, d)) return false;
    if (!dims.byId.has(d) || (known && !dims.applies(d, indicator))) return false;
    const members = dims.members.get(d);
    if (members !== undefined && !members.has(cell[d] as string)) return false;
  }
  return true;
}

function checkCell(
  cell: Readonly<Record<string, string>>,
  indicator: string,
  path: string,
  e: Entry,
  ctx: RuleContext,
): void {
  for (const d of Object.keys(cell)) {
    const p = `${path}.${d}`;
    if (!checkDimension(d, indicator, p, e, ctx)) continue;
    const m = cell[d] as string;
    const members = ctx.dimensions.members.get(d);
    if (members === undefined || members.has(m)) continue;
    const hint = closestMember(m, members);
    ctx.emit(
      withLine(
        issue(
          'unknown_member',
          'error',
          p,
          `Dimension "${d}" has no member "${m}"${hint ? `; did you mean "${hint}"?` : ''}`,
          `维度“${d}”没有成员“${m}”${hint ? `，是否应为“${hint}”？` : ''}`,
          { dimension: d, member: m, ...(hint ? { suggestion: hint } : {}) },
        ),
        e.line,
      ),
    );
  }
}

/** `true` when the dimension exists and breaks the indicator down; else reports `unknown_dimension`. */
function checkDimension(d: string, indicator: string, path: string, e: Entry, ctx: RuleContext): boolean {
  const dims = ctx.dimensions;
  if (dims.byId.has(d)) {
    // An unknown indicator is reported by itself; its dimensions cannot be judged.
    if (!ctx.indicators.has(indicator) || dims.applies(d, indicator)) return true;
    const usable = dims.dimensionsOf(indicator);
    const hint = closest(d, usable);
    ctx.emit(
      withLine(
        issue(
          'unknown_dimension',
          'error',
          path,
          `Indicator ${indicator} is not broken down by dimension "${d}" (${usable.length > 0 ? `its dimensions: ${usable.join(', ')}` : 'it has none; declare one in the dataset "dimensions"'})`,
          `指标“${indicator}”不按维度“${d}”细分(${usable.length > 0 ? `可用维度：${usable.join('、')}` : '该指标没有维度，可在数据集的 dimensions 中声明'})`,
          {
            dimension: d,
            indicator,
            reason: 'not_applicable',
            dimensions: usable,
            ...(hint ? { suggestion: hint } : {}),
          },
        ),
        e.line,
      ),
    );
    return false;
  }
  const hint = closest(d, dims.byId.keys());
  ctx.emit(
    withLine(
      issue(
        'unknown_dimension',
        'error',
        path,
        `Unknown dimension "${d}": not in the catalog nor in the dataset's dimensions${hint ? `; did you mean "${hint}"?` : ''}`,
        `未知维度“${d}”：既不在目录中，也未在数据集的 dimensions 中定义${hint ? `，是否应为“${hint}”？` : ''}`,
        { dimension: d, reason: 'not_found', ...(hint ? { suggestion: hint } : {}) },
      ),
      e.line,
    ),
  );
  return false;
}

/** The member meant: within a few typos, or the one the word begins or is contained in. */
function closestMember(m: string, members: ReadonlySet<string>): string | undefined {
  const near = closest(m, members);
  if (near !== undefined) return near;
  const w = m.toLowerCase();
  for (const x of members) if (x.toLowerCase().startsWith(w)) return x;
  for (const x of members) if (w.length >= 3 && x.toLowerCase().includes(w)) return x;
  return undefined;
}

function suggestion(word: string, candidates: Iterable<string>): { suggestion?: string } {
  const hint = closest(word, candidates);
  return hint === undefined ? {} : { suggestion: hint };
}

/** The last report id found declared, per context: sorted input repeats it for a whole group. */
const lastReport = new WeakMap<RuleContext, string>();

function rememberReport(ctx: RuleContext, id: string): boolean {
  if (ctx.reports?.has(id) !== true) return false;
  lastReport.set(ctx, id);
  return true;
}
