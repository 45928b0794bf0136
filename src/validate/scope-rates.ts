/** The rates of one jurisdiction-year scope; shared by {@link deriveRates} and the published-rates rule. @internal */
import type { Catalog } from '../catalog/catalog.js';
import { compareRatio, compareReported, type ReportedComparison } from '../compare-reported.js';
import * as arith from '../internal/arith.js';
import { roundRatio } from '../internal/whole.js';
import type { Indicator, IndicatorSum, RateFormula } from '../model/indicator.js';
import { rate } from '../rate.js';
import type { Entry } from './context.js';
import { halfUpMatches } from './fast-compare.js';
import { canonicalValue, entryWhole } from './numeric.js';
import type { DerivedRate } from './rate-row.js';
import type { Scope } from './scopes.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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

/** Why a sum has no value; shared constants, so that the Number path allocates nothing. */
const MISSING = { reason: 'missing_input' } as const;
const QUALIFIED = { reason: 'qualified_input' } as const;

/**
 * Σ plus − Σ minus: a safe integer when every input is a plain whole figure and every partial sum stays exact
 * (the common case, no strings), the exact decimal otherwise, or why it cannot be computed (a missing input
 * before a qualified one).
 */
function evalSum(
  s: IndicatorSum,
  scope: Scope,
): number | { readonly value: string } | typeof MISSING | typeof QUALIFIED {
  let total = 0;
  let whole = true;
  let qualified = false;
  const plus = s.plus;
  const minus = s.minus;
  const count = plus.length + (minus?.length ?? 0);
  for (let k = 0; k < count; k++) {
    const e = scope.first.get(k < plus.length ? (plus[k] as string) : (minus?.[k - plus.length] as string));
    if (e === undefined) return MISSING;
    if (!isExact(e)) qualified = true;
    if (!whole) continue;
    // A 1–15 digit figure (cached on the entry); a partial sum past 2^53 could have rounded, so it ends the path.
    const x = entryWhole(e);
    total = k < plus.length ? total + x : total - x;
    if (!Number.isSafeInteger(total)) whole = false;
  }
  if (qualified) return QUALIFIED;
  if (whole) return total;
  let exact = '0';
  for (const id of plus) exact = arith.add(exact, canonicalValue((scope.first.get(id) as Entry).o.value));
  for (const id of minus ?? [])
    exact = arith.sub(exact, canonicalValue((scope.first.get(id) as Entry).o.value));
  return { value: exact };
}

/** A formula's numerator and denominator: safe integers on the Number path, else exact decimal strings. */
interface Computed {
  readonly numerator: number | string;
  readonly denominator: number | string;
  /** The percentage to 2 places, half-up; absent for a zero denominator. */
  readonly computed?: string;
}

/** The formula over the scope, or why it has no value (`zero_denominator` keeps its inputs: see the row). */
function compute(f: RateFormula, scope: Scope): Computed | typeof MISSING | typeof QUALIFIED {
  const n = evalSum(f.numerator, scope);
  if (typeof n === 'object' && 'reason' in n) return n;
  const d = evalSum(f.denominator, scope);
  if (typeof d === 'object' && 'reason' in d) return d;
  const nv = typeof n === 'number' ? n : n.value;
  const dv = typeof d === 'number' ? d : d.value;
  if (typeof dv === 'number' ? dv === 0 : arith.isZero(dv)) return { numerator: nv, denominator: dv };
  // Safe integers round on Numbers (what rate() does for them, without building a Rate); else rate()'s paths.
  const computed =
    typeof nv === 'number' && typeof dv === 'number' ? roundRatio(nv, dv, 2, 2, 'half-up') : undefined;
  return { numerator: nv, denominator: dv, computed: computed ?? rate(nv, dv).toPercent(2) };
}

function consistencyOf(
  n: number | string,
  d: number | string,
  published: number | string,
): ReportedComparison | undefined {
  const fast = typeof n === 'number' && typeof d === 'number' ? compareRatio(n, d, published) : undefined;
  if (fast !== undefined) return fast;
  try {
    return compareReported(rate(n, d), published);
  } catch {
    // A printed figure with more places than any rounding can give (e.g. 1e-30) cannot be compared.
    return undefined;
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
    let claimed: Set<Entry> | undefined;
    for (const f of formulas) {
      const c = compute(f, scope);
      if ('reason' in c && c.reason === 'missing_input') continue;
      const pub = published?.find((e) => e.o.basis === undefined || e.o.basis === f.basis);
      if (pub !== undefined) {
        claimed ??= new Set();
        claimed.add(pub);
      }
      // Fields are set in the order of the row's documented shape, absent ones left out (not `undefined`).
      const row: Mutable<DerivedRate> = {
        jurisdiction,
        year,
        indicator: def.id,
        basis: f.basis,
        scope: scope.key,
      };
      if ('reason' in c) {
        row.reason = c.reason;
      } else {
        row.numerator = String(c.numerator);
        row.denominator = String(c.denominator);
        if (c.computed === undefined) row.reason = 'zero_denominator';
        else row.computed = c.computed;
      }
      if (pub !== undefined) {
        row.published = String(pub.o.value);
        row.publishedIndex = pub.i;
        if (isExact(pub) && !('reason' in c) && c.computed !== undefined) {
          const consistency = consistencyOf(c.numerator, c.denominator, pub.o.value);
          if (consistency !== undefined) row.consistency = consistency;
        }
      }
      rows.push(row);
    }
    for (const pub of published ?? []) {
      if (claimed?.has(pub)) continue;
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
function quickSum(
  s: IndicatorSum,
  scope: Scope,
  at: readonly number[] | undefined,
): number | null | undefined {
  let total = 0;
  for (let k = 0; k < s.plus.length + (s.minus?.length ?? 0); k++) {
    const id = k < s.plus.length ? s.plus[k] : s.minus?.[k - s.plus.length];
    // By position in a laid-out group (see `Layout.inputs`), else by id.
    const p = at?.[k] ?? -1;
    const e =
      at !== undefined
        ? p < 0
          ? undefined
          : scope.all[p]
        : id === undefined
          ? undefined
          : scope.first.get(id);
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
 * @param inputs - in a laid-out group, the rate's inputs by position (`Layout.inputs`)
 * @returns `true` when there is certainly nothing to report
 * @example
 * ```ts
 * if (quickRateOk(entry, def, scope) !== true) slow.push(entry)
 * ```
 */
export function quickRateOk(
  pub: Entry,
  def: Indicator,
  scope: Scope,
  inputs?: readonly (readonly number[])[],
): boolean | undefined {
  const formulas = def.formulas ?? [];
  const basis = pub.o.basis;
  let known = basis === undefined;
  for (let k = 0; k < formulas.length; k++) {
    const f = formulas[k] as RateFormula;
    if (basis !== undefined && f.basis !== basis) continue;
    known = true;
    const n = quickSum(f.numerator, scope, inputs?.[2 * k]);
    const d = quickSum(f.denominator, scope, inputs?.[2 * k + 1]);
    if (n === undefined || d === undefined) return undefined;
    if (n === null || d === null || d === 0) continue;
    // 约 and "98%以上" are checked on the full path: near the exact ratio, or inside the interval it allows.
    if (!isExact(pub)) return undefined;
    if (n < 0 || d < 0) return undefined;
    return halfUpMatches(n, d, pub.o.value);
  }
  return known;
}
