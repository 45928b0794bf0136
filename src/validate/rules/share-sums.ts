/**
 * Rule `partsWholes`, shares of a breakdown: the printed shares of a complete breakdown (every member, or 其他,
 * or the total's `breakdownComplete`) add up to 100 within their rounding. Each share printed with p decimals is
 * off by less than one unit 10^-p when truncated and by at most half a unit when rounded, so n shares add up to
 * between 100 − Σ units and 100 + Σ units / 2; outside that no rounding explains them.
 *
 * Code:
 * - `share_sum_mismatch` (warning) — the shares of a complete breakdown cannot add up to 100.
 * @module
 */
import { issue } from '../../errors.js';
import * as arith from '../../internal/arith.js';
import { OTHER_MEMBER } from '../../model/dimension.js';
import { dimensionsKey } from '../../model/observation.js';
import type { Entry, RuleContext } from '../context.js';
import type { Scope } from '../scopes.js';
import { withLine } from '../zod-issues.js';

/**
 * Checks the shares of one scope that break an indicator down by a dimension.
 * @param scope - the scope (its `measures`, and the totals in its plain figures and cells)
 * @param ctx - the rule context
 * @example
 * ```ts
 * if (scope.measures) checkShareSums(scope, ctx)
 * ```
 */
export function checkShareSums(scope: Scope, ctx: RuleContext): void {
  const groups = new Map<
    string,
    { indicator: string; parentKey: string; dimension: string; shares: Map<string, Entry> }
  >();
  for (const e of scope.measures ?? []) {
    const o = e.o;
    if (o.measure !== 'share' || (o.qualifier !== undefined && o.qualifier !== 'exact')) continue;
    const s = o.shareOf;
    if (
      s !== undefined &&
      (s.indicator !== undefined || s.jurisdiction !== undefined || s.target || s.coverage !== undefined)
    ) {
      continue;
    }
    const cell = o.dimensions ?? {};
    for (const d of Object.keys(cell)) {
      const parent = { ...cell };
      delete parent[d];
      // A share of its row (shareOf.dimensions) belongs to that row's breakdown only.
      if (s?.dimensions !== undefined && dimensionsKey(s.dimensions) !== dimensionsKey(parent)) continue;
      const parentKey = dimensionsKey(parent);
      const key = `${o.indicator}|${parentKey}|${d}`;
      let g = groups.get(key);
      if (g === undefined) {
        g = { indicator: o.indicator, parentKey, dimension: d, shares: new Map() };
        groups.set(key, g);
      }
      if (!g.shares.has(cell[d] as string)) g.shares.set(cell[d] as string, e);
    }
  }
  for (const g of groups.values()) {
    const dimension = ctx.dimensions.byId.get(g.dimension);
    if (dimension === undefined || g.shares.size < 2) continue;
    const total =
      g.parentKey === ''
        ? scope.first.get(g.indicator)
        : scope.cellScopes?.find((c) => c.dimsKey === g.parentKey)?.first.get(g.indicator);
    const partsOf = new Map(dimension.members.map((m) => [m.id, m.parts]));
    const inUnion = new Set(dimension.members.flatMap((m) => m.parts ?? []));
    const top = dimension.members.filter((m) => !inUnion.has(m.id)).map((m) => m.id);
    // The share of each node: given, or the sum of its parts' when all are given.
    const shareOf = (m: string): string[] | undefined => {
      const e = g.shares.get(m);
      if (e !== undefined) return [String(e.o.value)];
      const parts = partsOf.get(m);
      if (parts === undefined) return undefined;
      const found = parts.map(shareOf);
      return found.every((f) => f !== undefined) ? found.flat() : undefined;
    };
    const named = [...g.shares.keys()].some((m) => m !== OTHER_MEMBER);
    const explicit = total?.o.breakdownComplete?.includes(g.dimension) === true;
    const values = top.map(shareOf);
    const complete =
      explicit ||
      (g.shares.has(OTHER_MEMBER) && named) ||
      (dimension.exhaustive !== false && values.every((v) => v !== undefined));
    if (!complete) continue;
    const printed = values.flatMap((v) => v ?? []);
    let sum = '0';
    let units = '0';
    for (const p of printed) {
      sum = arith.add(sum, arith.canonical(p) ?? '0');
      units = arith.add(units, arith.shift('1', -arith.decimalPlaces(p)));
    }
    const lo = arith.sub('100', units);
    const hi = arith.add('100', arith.divRound(units, '2', 6, 'half-up') ?? units);
    if (arith.cmp(sum, lo) >= 0 && arith.cmp(sum, hi) <= 0) continue;
    const first = [...g.shares.values()][0] as Entry;
    const where = g.parentKey === '' ? '' : ` within ${g.parentKey}`;
    ctx.emit(
      withLine(
        issue(
          'share_sum_mismatch',
          'warning',
          `observations[${first.i}].value`,
          `The shares of ${g.indicator} by ${g.dimension}${where} add up to ${sum}%, which no rounding of ${printed.length} printed shares explains (expected ${lo}–${hi}%)`,
          `${g.indicator} 按${dimension.name}的各项占比之和为 ${sum}%，${printed.length} 个占比的修约误差无法解释(应在 ${lo}% 至 ${hi}% 之间)`,
          {
            indicator: g.indicator,
            dimension: g.dimension,
            measure: 'share',
            sum,
            min: lo,
            max: hi,
            shares: Object.fromEntries([...g.shares].map(([m, e]) => [m, e.o.value])),
            observations: [...g.shares.values()].map((e) => `observations[${e.i}]`),
          },
        ),
        first.line,
      ),
    );
  }
}
