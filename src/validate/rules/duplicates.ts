/**
 * Rule `duplicates`: one figure per jurisdiction, year, indicator and scope (`scopeKey`: asOf, cumulative, since,
 * includesCarriedOver, basis).
 *
 * Codes:
 * - `conflicting_observation` (error) — the same jurisdiction, year, indicator and scope given twice with values
 *   that cannot both be true (qualifiers respected: "600余" and 650 can both hold).
 * - `duplicate_observation` (warning) — the same figure given twice (identical, or compatible qualified values)
 *   from the same quote, or without one: entered twice.
 * - `corroborated` (info) — the same figure printed twice in agreement, from two different quotes or reports (a
 *   table's 合计 row restating the text's total): evidence, not a mistake.
 * @module
 */
import { issue } from '../../errors.js';
import { overlaps } from '../../interval.js';
import { dimensionsKey, scopeKey, scopeKeyWith } from '../../model/observation.js';
import { quantityInterval } from '../../quantity.js';
import type { Entry, RuleContext } from '../context.js';
import { canonicalValue } from '../numeric.js';
import type { Scope } from '../scopes.js';
import { withLine } from '../zod-issues.js';

function sameFigure(a: Entry, b: Entry): boolean {
  const x = a.o;
  const y = b.o;
  return (
    canonicalValue(x.value) === canonicalValue(y.value) &&
    (x.qualifier ?? 'exact') === (y.qualifier ?? 'exact') &&
    (x.upper === undefined ? '' : canonicalValue(x.upper)) ===
      (y.upper === undefined ? '' : canonicalValue(y.upper))
  );
}

/**
 * Runs the duplicates rule on one scope of a jurisdiction-year: only observations whose indicator already
 * appeared in the scope can be duplicates, so valid data costs nothing here; cells of breakdowns, shares and
 * changes are compared by their full coordinates.
 * @param scope - the scope (see `splitScopes`)
 * @param ctx - the rule context
 * @example
 * ```ts
 * for (const s of splitScopes(group)) checkDuplicates(s, ctx)
 * ```
 */
export function checkDuplicates(scope: Scope, ctx: RuleContext): void {
  if (scope.repeats.length > 0) {
    // The first observation of each indicator and scope key, indexed once: linear however large the group.
    const firsts = new Map<string, Entry>();
    const repeats = new Set(scope.repeats);
    const candidates = new Set<string>();
    for (const e of scope.repeats) candidates.add(e.o.indicator);
    for (const x of scope.all) {
      // A cell that stands for a plain indicator (legalAid.cases at caseType: criminal) is that indicator's figure.
      const c = scope.canon?.get(x);
      const plainCell = c !== undefined && c.key === '';
      const indicator = plainCell ? c.id : x.o.indicator;
      if (!candidates.has(indicator) || (c !== undefined && !plainCell)) continue;
      const key = scopeKeyWith(x.o, plainCell ? undefined : x.o.dimensions);
      const id = `${indicator}\u0000${key}`;
      const first = firsts.get(id);
      if (first === undefined) firsts.set(id, x);
      else if (repeats.has(x)) compare(first, x, key, ctx);
    }
  }
  if (scope.cells.length === 0) return;
  // Every cell indexed while splitting, each at coordinates of its own: no two can be compared.
  const index = scope.cellIndex;
  if (index?.simple && index.distinct) return;
  // Cells, shares and changes by their full coordinates, a cell read back into the catalog's terms (a figure
  // written as legalAid.cases at caseType: criminal is legalAid.criminalCases, and the same figure as it). Only
  // figures alike in indicator, measure and cell can share coordinates: their full keys are built only then.
  const buckets = new Map<string, Bucket>();
  for (const e of scope.cells) {
    const c = scope.canon?.get(e);
    const dims = c === undefined ? e.o.dimensions : c.dims;
    const indicator = c?.id ?? e.o.indicator;
    const at = `${indicator}\u0000${e.o.measure ?? 'level'}\u0000${cellWord(dims)}`;
    let bucket = buckets.get(at);
    let key: string | undefined;
    let first: Entry | undefined;
    if (bucket !== undefined) {
      key = scopeKeyWith(e.o, dims);
      first = bucket.find(key);
    }
    if (first === undefined && c !== undefined && c.key === '') {
      key ??= scopeKeyWith(e.o, dims);
      first = plainTwin(scope, indicator, key);
    }
    if (first !== undefined) {
      compare(first, e, key as string, ctx);
      continue;
    }
    if (bucket === undefined) {
      bucket = new Bucket();
      buckets.set(at, bucket);
    }
    bucket.add(e, dims, key);
  }
}

/** One word for a cell, equal for equal cells: its member when it has one dimension, else its key. */
function cellWord(dims: Readonly<Record<string, string>> | undefined): string {
  if (dims === undefined) return '';
  let only: string | undefined;
  let n = 0;
  for (const k in dims) {
    only = dims[k];
    n++;
  }
  return n === 1 ? (only as string) : dimensionsKey(dims);
}

/** The first figure of each full key among figures alike in indicator, measure and cell; keys built lazily. */
class Bucket {
  private readonly items: Item[] = [];
  private byKey: Map<string, Entry> | undefined;

  find(key: string): Entry | undefined {
    if (this.byKey !== undefined) return this.byKey.get(key);
    for (const x of this.items) {
      x.key ??= scopeKeyWith(x.e.o, x.dims);
      if (x.key === key) return x.e;
    }
    return undefined;
  }

  add(e: Entry, dims: Item['dims'], key: string | undefined): void {
    if (this.byKey !== undefined) {
      this.byKey.set(key ?? scopeKeyWith(e.o, dims), e);
      return;
    }
    this.items.push({ e, dims, key });
    // Many figures alike but for their scope: index them, so that the rule stays linear.
    if (this.items.length > 8) {
      this.byKey = new Map();
      for (const x of this.items) {
        const k = x.key ?? scopeKeyWith(x.e.o, x.dims);
        if (!this.byKey.has(k)) this.byKey.set(k, x.e);
      }
    }
  }
}

/** A figure of a bucket, the cell it is keyed by, and its full key once built. */
interface Item {
  readonly e: Entry;
  readonly dims: Readonly<Record<string, string>> | undefined;
  key: string | undefined;
}

/** The plain figure of an indicator written without dimensions, at the same scope key. */
function plainTwin(scope: Scope, indicator: string, key: string): Entry | undefined {
  const e = scope.first.get(indicator);
  return e !== undefined && e.o.dimensions === undefined && scopeKey(e.o) === key ? e : undefined;
}

/** Two printings of a figure: quoted from different places of the report, or from different reports. */
function restated(a: Entry, b: Entry): boolean {
  const x = a.o.source;
  const y = b.o.source;
  if (x?.quote === undefined || y?.quote === undefined) return false;
  return x.quote !== y.quote || (x.report !== undefined && y.report !== undefined && x.report !== y.report);
}

/** Reports a second figure at the same coordinates: a duplicate, or a conflict when both cannot hold. */
function compare(first: Entry, e: Entry, key: string, ctx: RuleContext): void {
  const o = e.o;
  const path = `observations[${e.i}].value`;
  const details = {
    indicator: o.indicator,
    scope: key,
    first: `observations[${first.i}]`,
    firstValue: first.o.value,
    value: o.value,
  };
  const agree = sameFigure(first, e) || overlaps(quantityInterval(first.o), quantityInterval(o));
  if (agree && restated(first, e)) {
    const q = (x: Entry) => ` (“${x.o.source?.quote ?? ''}”)`;
    ctx.emit(
      withLine(
        issue(
          'corroborated',
          'info',
          path,
          `${o.indicator} for ${o.jurisdiction} in ${o.year} is printed twice in agreement: ${String(o.value)}${q(e)} and ${String(first.o.value)} at observations[${first.i}]${q(first)}`,
          `${o.jurisdiction} ${o.year} 年的 ${o.indicator} 两处印出且一致：${String(o.value)}${q(e)}，observations[${first.i}] 为 ${String(first.o.value)}${q(first)}`,
          { ...details, quote: e.o.source?.quote, firstQuote: first.o.source?.quote },
        ),
        e.line,
      ),
    );
  } else if (sameFigure(first, e)) {
    ctx.emit(
      withLine(
        issue(
          'duplicate_observation',
          'warning',
          path,
          `${o.indicator} for ${o.jurisdiction} in ${o.year} is given twice (also at observations[${first.i}])`,
          `${o.jurisdiction} ${o.year} 年的 ${o.indicator} 重复给出(另见 observations[${first.i}])`,
          details,
        ),
        e.line,
      ),
    );
  } else if (overlaps(quantityInterval(first.o), quantityInterval(o))) {
    ctx.emit(
      withLine(
        issue(
          'duplicate_observation',
          'warning',
          path,
          `${o.indicator} for ${o.jurisdiction} in ${o.year} is given twice with compatible values ${String(first.o.value)} and ${String(o.value)}`,
          `${o.jurisdiction} ${o.year} 年的 ${o.indicator} 重复给出，数值 ${String(first.o.value)} 与 ${String(o.value)} 可以同时成立`,
          details,
        ),
        e.line,
      ),
    );
  } else {
    ctx.emit(
      withLine(
        issue(
          'conflicting_observation',
          'error',
          path,
          `${o.indicator} for ${o.jurisdiction} in ${o.year} is ${String(o.value)} here but ${String(first.o.value)} at observations[${first.i}]`,
          `${o.jurisdiction} ${o.year} 年的 ${o.indicator} 此处为 ${String(o.value)}，而 observations[${first.i}] 为 ${String(first.o.value)}，相互矛盾`,
          details,
        ),
        e.line,
      ),
    );
  }
}
