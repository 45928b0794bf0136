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
import { structureOf } from '../dimension-structure.js';
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
  if (shareSumsPlainlyHold(scope, ctx)) return;
  // Breakdowns in order of first appearance, found by indicator (a few per scope), without building keys.
  const order: ShareGroup[] = [];
  const byIndicator = new Map<string, ShareGroup[]>();
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
    const dims = Object.keys(cell);
    for (const d of dims) {
      // A one-way cell (the usual case) has the total as its parent: no copy, no key to build.
      let parentKey = '';
      if (dims.length > 1) {
        const parent = { ...cell };
        delete parent[d];
        parentKey = dimensionsKey(parent);
      }
      // A share of its row (shareOf.dimensions) belongs to that row's breakdown only.
      if (s?.dimensions !== undefined && dimensionsKey(s.dimensions) !== parentKey) continue;
      let list = byIndicator.get(o.indicator);
      if (list === undefined) {
        list = [];
        byIndicator.set(o.indicator, list);
      }
      let g = list.find((x) => x.dimension === d && x.parentKey === parentKey);
      if (g === undefined) {
        g = { indicator: o.indicator, parentKey, dimension: d, shares: new Map() };
        list.push(g);
        order.push(g);
      }
      if (!g.shares.has(cell[d] as string)) g.shares.set(cell[d] as string, e);
    }
  }
  for (const g of order) {
    const dimension = ctx.dimensions.byId.get(g.dimension);
    if (dimension === undefined || g.shares.size < 2) continue;
    const total =
      g.parentKey === ''
        ? scope.first.get(g.indicator)
        : scope.cellScopes?.find((c) => c.dimsKey === g.parentKey)?.first.get(g.indicator);
    const { partsOf, top } = structureOf(dimension);
    // The share of each node, appended to `out`: given, or the sum of its parts' when all are given.
    const collect = (m: string, out: string[]): boolean => {
      const e = g.shares.get(m);
      if (e !== undefined) {
        out.push(String(e.o.value));
        return true;
      }
      const parts = partsOf.get(m);
      if (parts === undefined) return false;
      const mark = out.length;
      for (const p of parts) {
        if (!collect(p, out)) {
          out.length = mark;
          return false;
        }
      }
      return true;
    };
    let named = false;
    for (const m of g.shares.keys()) if (m !== OTHER_MEMBER) named = true;
    const explicit = total?.o.breakdownComplete?.includes(g.dimension) === true;
    const printed: string[] = [];
    let allGiven = true;
    for (const m of top) if (!collect(m, printed)) allGiven = false;
    const complete =
      explicit || (g.shares.has(OTHER_MEMBER) && named) || (dimension.exhaustive !== false && allGiven);
    if (!complete) continue;
    if (withinRounding(printed)) continue;
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

/** The printed shares of one indicator by one dimension, and whether 其他 is among them. */
interface ShareTally {
  readonly printed: string[];
  other: boolean;
}

/**
 * `true` when no share sum of a scope whose cells are all indexed (`CellIndex.simple` and `distinct`: plain
 * shares of one catalog cell each, one per cell and indicator) can be reported: each breakdown's shares, over a
 * dimension without unions, are incomplete or add up to 100 within their rounding (`withinRounding`) — exactly
 * what {@link checkShareSums} would confirm, found without grouping keys. `false` sends the scope to the full rule.
 * @param scope - a scope and its shares
 * @param ctx - the rule context
 * @returns whether the scope's share sums certainly hold
 * @example
 * ```ts
 * if (!shareSumsPlainlyHold(scope, ctx)) checkShareSums(scope, ctx)
 * ```
 */
export function shareSumsPlainlyHold(scope: Scope, ctx: RuleContext): boolean {
  const index = scope.cellIndex;
  if (index === undefined || !index.simple || !index.distinct) return false;
  const tallies = new Map<string, Map<string, ShareTally>>();
  for (const e of scope.measures ?? []) {
    const o = e.o;
    const cell = o.dimensions as Readonly<Record<string, string>>;
    for (const d in cell) {
      let byIndicator = tallies.get(d);
      if (byIndicator === undefined) {
        byIndicator = new Map();
        tallies.set(d, byIndicator);
      }
      let t = byIndicator.get(o.indicator);
      if (t === undefined) {
        t = { printed: [], other: false };
        byIndicator.set(o.indicator, t);
      }
      t.printed.push(String(o.value));
      if (cell[d] === OTHER_MEMBER) t.other = true;
    }
  }
  for (const [d, byIndicator] of tallies) {
    const dimension = ctx.dimensions.byId.get(d);
    if (dimension === undefined) return false;
    const { unions, top } = structureOf(dimension);
    if (unions.length > 0 || ctx.dimensions.members.get(d)?.size !== top.length) return false;
    for (const [id, t] of byIndicator) {
      const n = t.printed.length;
      if (n < 2) continue;
      const complete =
        scope.first.get(id)?.o.breakdownComplete?.includes(d) === true ||
        t.other ||
        (dimension.exhaustive !== false && n === top.length);
      if (complete && !withinRounding(t.printed)) return false;
    }
  }
  return true;
}

/** The shares of one breakdown: an indicator within a parent cell (`''` for the total), by one dimension. */
interface ShareGroup {
  readonly indicator: string;
  readonly parentKey: string;
  readonly dimension: string;
  readonly shares: Map<string, Entry>;
}

/**
 * The common case in integers (measured: decimal strings made share sums a third of the cost of validating cells):
 * `true` when every share is a plain decimal of at most 12 characters and 6 places and they add up to 100 within
 * their rounding; `false` sends the shares to the exact check.
 */
function withinRounding(printed: readonly string[]): boolean {
  let places = 0;
  for (const p of printed) {
    if (p.length === 0 || p.length > 12) return false;
    let dot = -1;
    for (let k = 0; k < p.length; k++) {
      const c = p.charCodeAt(k);
      if (c === 46 && dot < 0 && k > 0 && k < p.length - 1) dot = k;
      else if (c < 48 || c > 57) return false;
    }
    places = Math.max(places, dot < 0 ? 0 : p.length - dot - 1);
  }
  if (places > 6) return false;
  const scale = 10 ** places;
  let sum = 0;
  let units = 0;
  for (const p of printed) {
    const dot = p.indexOf('.');
    const own = dot < 0 ? 0 : p.length - dot - 1;
    const factor = 10 ** (places - own);
    sum += Number(dot < 0 ? p : p.slice(0, dot) + p.slice(dot + 1)) * factor;
    units += factor;
  }
  // 100 − units ≤ sum ≤ 100 + units / 2, in units of 10^-places (exact: below 2^53).
  return sum >= 100 * scale - units && 2 * sum <= 200 * scale + units;
}
