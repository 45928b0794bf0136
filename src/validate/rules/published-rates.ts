/**
 * Rule `publishedRates`: every printed rate whose inputs are given is recomputed with the indicator's formulas
 * and set beside the printed figure at its printed precision.
 *
 * Codes:
 * - `reported_rate_rounding` (warning) — consistent only when rounded by truncation (截尾) or half-even
 *   (四舍六入五成双), not half-up (四舍五入); the details name the convention(s).
 * - `reported_rate_mismatch` (warning — reports really do print such figures) — no rounding reproduces the
 *   figure; the details give the computed value and, when another basis reproduces it (e.g. new cases instead of
 *   concluded cases), that basis.
 *   A bounded figure ("98%以上", "不足5%") is checked by whether the exact rate lies in the interval it allows.
 * - `unknown_basis` (warning) — a rate's `basis` is none of its indicator's formulas.
 * @module
 */

import { compareReported } from '../../compare-reported.js';
import { issue } from '../../errors.js';
import { closest } from '../../formats/suggest.js';
import * as arith from '../../internal/arith.js';
import { mantissaOf, placesOf, pow10, wholeOf } from '../../internal/whole.js';
import { type Bound, formatInterval } from '../../interval.js';
import type { Indicator } from '../../model/indicator.js';
import { quantityInterval } from '../../quantity.js';
import { rate } from '../../rate.js';
import { ROUNDING_MODE_NAMES_ZH } from '../../rounding.js';
import type { Entry, RuleContext } from '../context.js';
import type { DerivedRate } from '../rate-row.js';
import type { Scope } from '../scopes.js';
import { meantHint } from '../suggestions.js';
import { withLine } from '../zod-issues.js';
import { approximateFar } from './approximate.js';

/**
 * Runs the published-rates rule on the rate rows of one scope.
 * @param rows - the scope's rate rows (from the derived-rate engine)
 * @param entries - the scope's observations, to find each published figure
 * @param ctx - the rule context
 * @example
 * ```ts
 * checkPublishedRates(scopeRates(j, y, scope, index), scope.all, ctx)
 * ```
 */
export function checkPublishedRates(
  rows: readonly DerivedRate[],
  entries: readonly Entry[],
  ctx: RuleContext,
  scope?: Scope,
): void {
  const byPublished = new Map<number, DerivedRate[]>();
  for (const r of rows) {
    if (r.publishedIndex === undefined) continue;
    const list = byPublished.get(r.publishedIndex) ?? [];
    list.push(r);
    byPublished.set(r.publishedIndex, list);
  }
  for (const e of entries) {
    const def = e.d ?? ctx.indicators.get(e.o.indicator);
    if (def?.formulas === undefined || def.formulas.length === 0) continue;
    const path = `observations[${e.i}].value`;
    if (e.o.basis !== undefined && !def.formulas.some((f) => f.basis === e.o.basis)) {
      ctx.emit(
        withLine(
          issue(
            'unknown_basis',
            'warning',
            `observations[${e.i}].basis`,
            `${def.id} has no formula on basis "${e.o.basis}"${meantHint(closest(e.o.basis, bases(def)))[0]} (known: ${bases(def).join(', ')})`,
            `指标“${def.name}”没有以“${e.o.basis}”为口径的计算公式${meantHint(closest(e.o.basis, bases(def)))[1]}（已知口径：${bases(def).join('、')}）`,
            { indicator: def.id, basis: e.o.basis, known: bases(def) },
          ),
          e.line,
        ),
      );
      continue;
    }
    if (isBounded(e)) {
      checkBounded(e, def, byPublished.get(e.i) ?? [], ctx);
      continue;
    }
    if (e.o.qualifier === 'approx') {
      // 约96%: near what its inputs give, within one unit of its last digit.
      const row = (byPublished.get(e.i) ?? []).find(
        (r) => r.numerator !== undefined && r.computed !== undefined,
      );
      if (row?.numerator === undefined || row.denominator === undefined) continue;
      const exact = arith.divRound(arith.mul(row.numerator, '100'), row.denominator, 6, 'half-up');
      if (exact !== undefined) {
        approximateFar(e, def, exact, ctx.emit, {
          basis: row.basis,
          numerator: row.numerator,
          denominator: row.denominator,
        });
      }
      continue;
    }
    const mine = (byPublished.get(e.i) ?? []).filter((r) => r.consistency !== undefined);
    const primary = mine[0];
    if (primary?.consistency === undefined) continue;
    const c = primary.consistency;
    if (c.conventions.includes('half-up')) continue;
    const shownFormula = `${primary.numerator}/${primary.denominator}`;
    if (c.consistent) {
      ctx.emit(
        withLine(
          issue(
            'reported_rate_rounding',
            'warning',
            path,
            `${def.nameEn} ${String(e.o.value)}% matches ${shownFormula} (basis ${primary.basis}) only when rounded by ${c.conventions.join(' or ')}, not half-up (${c.computed}%)`,
            `${def.name} ${String(e.o.value)}% 仅在按${c.conventions.map((m) => ROUNDING_MODE_NAMES_ZH[m]).join('或')}取舍时与 ${shownFormula}(口径 ${primary.basis})一致；四舍五入应为 ${c.computed}%`,
            {
              indicator: def.id,
              basis: primary.basis,
              reported: e.o.value,
              computed: c.computed,
              conventions: c.conventions,
              numerator: primary.numerator,
              denominator: primary.denominator,
            },
          ),
          e.line,
        ),
      );
      continue;
    }
    const alt = mine.slice(1).find((r) => r.consistency?.consistent === true);
    // No basis of the catalog reproduces it: try the other counts of the scope (新收 for 审结, 受理 for 收到).
    const other =
      alt === undefined &&
      scope !== undefined &&
      primary.numerator !== undefined &&
      primary.denominator !== undefined
        ? otherCount(e, def, primary.numerator, primary.denominator, scope)
        : undefined;
    const altText = alt
      ? `; it matches basis ${alt.basis} (${alt.numerator}/${alt.denominator})`
      : other
        ? `; it matches ${other.numerator}/${other.denominator} with ${other.indicator} (${other.value}) as the ${other.role}`
        : '';
    const altZh = alt
      ? `；按口径 ${alt.basis}(${alt.numerator}/${alt.denominator})计算则一致`
      : other
        ? `；以 ${other.indicator}(${other.value})为${other.role === 'denominator' ? '分母' : '分子'}计算(${other.numerator}/${other.denominator})则一致`
        : '';
    ctx.emit(
      withLine(
        issue(
          'reported_rate_mismatch',
          'warning',
          path,
          `${def.nameEn} is printed as ${String(e.o.value)}% but ${shownFormula} (basis ${primary.basis}) gives ${c.computed}%${altText}`,
          `${def.name} 公布为 ${String(e.o.value)}%，但按 ${shownFormula}(口径 ${primary.basis})计算为 ${c.computed}%${altZh}`,
          {
            indicator: def.id,
            basis: primary.basis,
            reported: e.o.value,
            computed: c.computed,
            numerator: primary.numerator,
            denominator: primary.denominator,
            ...(alt ? { alternativeBasis: alt.basis, alternativeComputed: alt.consistency?.computed } : {}),
            ...(other
              ? {
                  alternativeBasis: `${other.role}:${other.indicator}`,
                  alternativeIndicator: other.indicator,
                  alternativeRole: other.role,
                  alternativeNumerator: other.numerator,
                  alternativeDenominator: other.denominator,
                  alternativeComputed: other.computed,
                }
              : {}),
          },
        ),
        e.line,
      ),
    );
  }
}

/**
 * A count of the same scope and family that, put in place of the denominator (or else the numerator),
 * reproduces the printed rate: the basis the report really used when it is none of the catalog's.
 */
function otherCount(
  e: Entry,
  def: Indicator,
  numerator: string,
  denominator: string,
  scope: Scope,
):
  | {
      indicator: string;
      value: string;
      role: 'denominator' | 'numerator';
      numerator: string;
      denominator: string;
      computed: string;
    }
  | undefined {
  const family = def.id.slice(0, def.id.indexOf('.') + 1);
  const used = new Set((def.formulas ?? []).flatMap((f) => [...f.numerator.plus, ...f.denominator.plus]));
  const candidates: { id: string; value: string }[] = [];
  for (const [id, x] of scope.first) {
    const d = x.d;
    if (!id.startsWith(family) || d === undefined || (d.kind !== 'count' && d.kind !== 'stock')) continue;
    if (x.o.qualifier !== undefined && x.o.qualifier !== 'exact') continue;
    const v = arith.canonical(x.o.value);
    if (v !== undefined && !arith.isZero(v)) candidates.push({ id, value: v });
  }
  for (const role of ['denominator', 'numerator'] as const) {
    for (const c of candidates) {
      if (used.has(c.id) && role === 'numerator') continue;
      const n = role === 'numerator' ? c.value : numerator;
      const d = role === 'denominator' ? c.value : denominator;
      if (arith.cmp(n, numerator) === 0 && arith.cmp(d, denominator) === 0) continue;
      const r = compareReported(rate(n, d), e.o.value);
      if (r.consistent && r.computed !== undefined) {
        return { indicator: c.id, value: c.value, role, numerator: n, denominator: d, computed: r.computed };
      }
    }
  }
  return undefined;
}

const BOUNDED = new Set(['atLeast', 'moreThan', 'atMost', 'lessThan', 'range']);

function isBounded(e: Entry): boolean {
  return e.o.qualifier !== undefined && BOUNDED.has(e.o.qualifier);
}

/** Whether the exact percentage n·100/d (d > 0) lies in the interval a qualified figure allows ("98%以上"). */
function within(n: string, d: string, e: Entry): boolean {
  const i = quantityInterval(e.o);
  const ok = (b: Bound | undefined, below: boolean): boolean => {
    if (b === undefined) return true;
    const c = compareScaled(n, d, b.value);
    return below ? c > 0 || (c === 0 && b.inclusive) : c < 0 || (c === 0 && b.inclusive);
  };
  return ok(i.lower, true) && ok(i.upper, false);
}

/** n·100 against bound·d: exact on Numbers when whole inputs and a plain bound keep the products below 2^53. */
function compareScaled(n: string, d: string, bound: string): number {
  const wn = wholeOf(n);
  const wd = wholeOf(d);
  const mb = mantissaOf(bound, true);
  const left = wn * 100 * pow10(placesOf(bound));
  const right = mb * wd;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return Math.sign(left - right);
  return arith.cmp(arith.mul(n, '100'), arith.mul(bound, d));
}

function checkBounded(e: Entry, def: Indicator, rows: readonly DerivedRate[], ctx: RuleContext): void {
  const usable = rows.filter(
    (r) => r.numerator !== undefined && r.denominator !== undefined && r.computed !== undefined,
  );
  const primary = usable[0];
  if (primary?.numerator === undefined || primary.denominator === undefined) return;
  if (within(primary.numerator, primary.denominator, e)) return;
  const alt = usable
    .slice(1)
    .find(
      (r) =>
        r.numerator !== undefined && r.denominator !== undefined && within(r.numerator, r.denominator, e),
    );
  const shown = `${formatInterval(quantityInterval(e.o))}`;
  ctx.emit(
    withLine(
      issue(
        'reported_rate_mismatch',
        'warning',
        `observations[${e.i}].value`,
        `${def.nameEn} is printed as ${shown}% (${e.o.qualifier}) but ${primary.numerator}/${primary.denominator} (basis ${primary.basis}) gives ${primary.computed}%${alt ? `; it fits basis ${alt.basis} (${alt.computed}%)` : ''}`,
        `${def.name} 公布为 ${shown}%，但按 ${primary.numerator}/${primary.denominator}(口径 ${primary.basis})计算为 ${primary.computed}%${alt ? `；按口径 ${alt.basis} 计算(${alt.computed}%)则相符` : ''}`,
        {
          indicator: def.id,
          basis: primary.basis,
          reported: e.o.value,
          qualifier: e.o.qualifier,
          computed: primary.computed,
          numerator: primary.numerator,
          denominator: primary.denominator,
          ...(alt ? { alternativeBasis: alt.basis, alternativeComputed: alt.computed } : {}),
        },
      ),
      e.line,
    ),
  );
}

function bases(def: Indicator): string[] {
  return (def.formulas ?? []).map((f) => f.basis);
}
