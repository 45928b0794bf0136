/** The rates of one jurisdiction-year scope; shared by {@link deriveRates} and the published-rates rule. @internal */
import type { Catalog } from '../catalog/catalog.js';
import { compareReported, type ReportedComparison } from '../compare-reported.js';
import * as arith from '../internal/arith.js';
import type { Indicator, IndicatorSum, RateFormula } from '../model/indicator.js';
import { rate } from '../rate.js';
import type { Entry } from './context.js';
import { halfUpMatches } from './fast-compare.js';
import { canonicalValue, entryWhole } from './numeric.js';
import type { DerivedRate } from './rate-row.js';
import type { Scope } from './scopes.js';

/** The catalog's rate indicators that have formulas, built once per catalog. */
export interface RateIndex {
  readonly rates: readonly Indicator[];
  readonly ids: ReadonlySet<string>;
}

/**
 * Indexes a catalog's rate indicators.
 * @param catalog - a catalog
 * @returns the rate indicators with formulas
 * @example
 * ```ts
 * indexRates(defaultCatalog).rates.length
 * ```
 */
export function indexRates(catalog: Catalog): RateIndex {
  const rates = catalog.indicators.filter((i) => (i.formulas?.length ?? 0) > 0);
  return { rates, ids: new Set(rates.map((r) => r.id)) };
}

function isExact(e: Entry): boolean {
  return e.o.qualifier === undefined || e.o.qualifier === 'exact';
}

/** Σ plus − Σ minus, or why it cannot be computed. */
function evalSum(
  s: IndicatorSum,
  scope: Scope,
): { value: string } | { reason: 'missing_input' | 'qualified_input' } {
  let total = '0';
  let qualified = false;
  for (const id of s.plus) {
    const e = scope.first.get(id);
    if (e === undefined) return { reason: 'missing_input' };
    if (!isExact(e)) qualified = true;
    total = arith.add(total, canonicalValue(e.o.value));
  }
  for (const id of s.minus ?? []) {
    const e = scope.first.get(id);
    if (e === undefined) return { reason: 'missing_input' };
    if (!isExact(e)) qualified = true;
    total = arith.sub(total, canonicalValue(e.o.value));
  }
  return qualified ? { reason: 'qualified_input' } : { value: total };
}

interface Computed {
  readonly formula: RateFormula;
  readonly numerator?: string;
  readonly denominator?: string;
  readonly computed?: string;
  readonly reason?: 'zero_denominator' | 'missing_input' | 'qualified_input';
}

function compute(f: RateFormula, scope: Scope): Computed {
  const n = evalSum(f.numerator, scope);
  const d = evalSum(f.denominator, scope);
  if ('reason' in n) return { formula: f, reason: n.reason };
  if ('reason' in d) return { formula: f, reason: d.reason };
  if (arith.isZero(d.value)) {
    return { formula: f, numerator: n.value, denominator: d.value, reason: 'zero_denominator' };
  }
  return {
    formula: f,
    numerator: n.value,
    denominator: d.value,
    computed: rate(n.value, d.value).toPercent(2),
  };
}

function consistencyOf(
  n: string,
  d: string,
  published: number | string,
): { consistency?: ReportedComparison } {
  try {
    return { consistency: compareReported(rate(n, d), published) };
  } catch {
    // A printed figure with more places than any rounding can give (e.g. 1e-30) cannot be compared.
    return {};
  }
}

/**
 * Every rate row of one scope: each formula whose inputs are all given, and each published rate beside the
 * formula(s) of its basis (or every formula when it names none).
 *
 * @param jurisdiction - the division code
 * @param year - the year
 * @param scope - the scope's observations
 * @param index - the catalog's rate indicators
 * @param onlyPublished - only the rates the scope publishes (the published-rates rule needs no others)
 * @param onlyIds - only these rate indicators (the published-rates rule recomputes just those the fast path
 *   could not confirm)
 * @returns the rows
 * @example
 * ```ts
 * scopeRates('433126', 2024, scope, indexRates(defaultCatalog))
 * ```
 */
export function scopeRates(
  jurisdiction: string,
  year: number,
  scope: Scope,
  index: RateIndex,
  onlyPublished = false,
  onlyIds?: ReadonlySet<string>,
): DerivedRate[] {
  const rows: DerivedRate[] = [];
  // The published rates of the scope, by indicator, in one pass.
  let publishedBy: Map<string, Entry[]> | undefined;
  for (const e of scope.rates) {
    publishedBy ??= new Map();
    const list = publishedBy.get(e.o.indicator);
    if (list === undefined) publishedBy.set(e.o.indicator, [e]);
    else list.push(e);
  }
  for (const def of index.rates) {
    if (onlyIds !== undefined && !onlyIds.has(def.id)) continue;
    const published = publishedBy?.get(def.id);
    if (onlyPublished && published === undefined) continue;
    if (publishedBy === undefined && onlyPublished) break;
    const formulas = def.formulas ?? [];
    const computed = formulas.map((f) => compute(f, scope));
    const claimed = new Set<Entry>();
    for (const c of computed) {
      const pub = published?.find((e) => e.o.basis === undefined || e.o.basis === c.formula.basis);
      if (c.reason === 'missing_input') continue;
      if (pub !== undefined) claimed.add(pub);
      const row: DerivedRate = {
        jurisdiction,
        year,
        indicator: def.id,
        basis: c.formula.basis,
        scope: scope.key,
        ...(c.numerator === undefined ? {} : { numerator: c.numerator, denominator: c.denominator }),
        ...(c.computed === undefined ? { reason: c.reason } : { computed: c.computed }),
        ...(pub === undefined ? {} : { published: String(pub.o.value), publishedIndex: pub.i }),
        ...(pub !== undefined &&
        isExact(pub) &&
        c.numerator !== undefined &&
        c.denominator !== undefined &&
        c.computed
          ? consistencyOf(c.numerator, c.denominator, pub.o.value)
          : {}),
      };
      rows.push(row);
    }
    for (const pub of published ?? []) {
      if (claimed.has(pub)) continue;
      // A printed rate whose inputs are not given still gets a row, so that `fazhi rates` lists it.
      const f = formulas.find((x) => x.basis === pub.o.basis) ?? formulas[0];
      rows.push({
        jurisdiction,
        year,
        indicator: def.id,
        basis: pub.o.basis ?? f?.basis ?? '',
        scope: scope.key,
        reason: 'missing_input',
        published: String(pub.o.value),
        publishedIndex: pub.i,
      });
    }
  }
  return rows;
}

/** Σ plus − Σ minus on the Number path: a number, `null` when an input is missing or qualified, `undefined` when only the exact path can tell. */
function quickSum(s: IndicatorSum, scope: Scope): number | null | undefined {
  let total = 0;
  for (let k = 0; k < s.plus.length + (s.minus?.length ?? 0); k++) {
    const id = k < s.plus.length ? s.plus[k] : s.minus?.[k - s.plus.length];
    const e = id === undefined ? undefined : scope.first.get(id);
    if (e === undefined) return null;
    if (!isExact(e)) return null;
    // A 1–15 digit string or a non-negative safe integer, exactly (cached on the entry).
    const x = entryWhole(e);
    if (Number.isNaN(x)) return undefined;
    total += k < s.plus.length ? x : -x;
  }
  return Number.isSafeInteger(total) ? total : undefined;
}

/**
 * `true` when a published rate certainly needs no issue: its primary formula (its basis, else the first whose
 * inputs are all given) reproduces it under half-up, or nothing can be recomputed. `false` or `undefined` send it
 * to the full comparison. Allocation-free for whole-number inputs, the common case.
 * @param pub - the published rate observation
 * @param def - its indicator
 * @param scope - its scope
 * @returns `true` when there is certainly nothing to report
 * @example
 * ```ts
 * if (quickRateOk(entry, def, scope) !== true) slow.push(entry)
 * ```
 */
export function quickRateOk(pub: Entry, def: Indicator, scope: Scope): boolean | undefined {
  const formulas = def.formulas ?? [];
  const basis = pub.o.basis;
  let known = basis === undefined;
  for (const f of formulas) {
    if (basis !== undefined && f.basis !== basis) continue;
    known = true;
    const n = quickSum(f.numerator, scope);
    const d = quickSum(f.denominator, scope);
    if (n === undefined || d === undefined) return undefined;
    if (n === null || d === null || d === 0) continue;
    // 约 and "98%以上" are checked on the full path: near the exact ratio, or inside the interval it allows.
    if (!isExact(pub)) return undefined;
    if (n < 0 || d < 0) return undefined;
    return halfUpMatches(n, d, pub.o.value);
  }
  return known;
}
