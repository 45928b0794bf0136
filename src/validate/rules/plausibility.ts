/**
 * Rule `plausibility`: a figure that jumps from one year to the next by more than a factor (5 by default,
 * option `jumpFactor`) is pointed out for a second look.
 *
 * Codes:
 * - `implausible_jump` (info) — a count, stock or amount grew or shrank by more than the factor between
 *   consecutive years (full-year, exact or qualified figures alike; partial-period figures and values under 10
 *   on both sides are left alone).
 *
 * Only last year's values per jurisdiction are kept, so streaming input stays in bounded memory.
 * @module
 */
import { issue } from '../../errors.js';
import type { Entry, RuleContext } from '../context.js';
import { approxNumber } from '../numeric.js';
import type { Scope } from '../scopes.js';
import { withLine } from '../zod-issues.js';

/** Last year's full-year values of one jurisdiction. @internal */
export interface YearValues {
  readonly year: number;
  readonly values: Map<string, number>;
}

const SMALL = 10;

/**
 * Collects this year's comparable values and reports jumps from last year's.
 * @param full - the group's full-year scope, if any
 * @param previous - last year's values of the jurisdiction, if known
 * @param year - this group's year
 * @param ctx - the rule context
 * @returns this year's values, to keep for next year
 * @example
 * ```ts
 * const now = checkPlausibility(scope, prev.get(j), 2024, ctx)
 * ```
 */
export function checkPlausibility(
  full: Scope | undefined,
  previous: YearValues | undefined,
  year: number,
  ctx: RuleContext,
): YearValues {
  const values = new Map<string, number>();
  if (full === undefined) return { year, values };
  const compare = previous !== undefined && previous.year === year - 1 ? previous : undefined;
  for (const e of full.first.values()) {
    const def = e.d;
    if (def === undefined || !(def.kind === 'count' || def.kind === 'stock' || def.kind === 'amount'))
      continue;
    // The catalog's own id string: kept across groups, it must not pin the parsed input's strings in memory.
    const id = def.id;
    if (e.o.qualifier === 'approx' || e.o.qualifier === 'range') continue;
    const v = approxNumber(e.o.value);
    if (!Number.isFinite(v)) continue;
    values.set(id, v);
    const before = compare?.values.get(id);
    if (before === undefined || before <= 0 || v <= 0 || Math.max(before, v) < SMALL) continue;
    const factor = v > before ? v / before : before / v;
    if (factor > ctx.jumpFactor) jump(ctx, e, def.nameEn, def.name, before, v, factor, year);
  }
  return { year, values };
}

function jump(
  ctx: RuleContext,
  e: Entry,
  name: string,
  nameZh: string,
  before: number,
  now: number,
  factor: number,
  year: number,
): void {
  const f = Math.round(factor * 10) / 10;
  ctx.emit(
    withLine(
      issue(
        'implausible_jump',
        'info',
        `observations[${e.i}].value`,
        `${name} went from ${before} in ${year - 1} to ${now} in ${year} (×${now > before ? f : `1/${f}`}); worth a second look`,
        `${nameZh} 由 ${year - 1} 年的 ${before} 变为 ${year} 年的 ${now}(变化 ${f} 倍),请核实`,
        { indicator: e.o.indicator, previous: before, value: now, factor: f, jumpFactor: ctx.jumpFactor },
      ),
      e.line,
    ),
  );
}
