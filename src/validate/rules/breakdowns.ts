/**
 * Rule `partsWholes`, breakdowns by dimension: the cells of an indicator over the members of a dimension against
 * the figure they break down (its total, or the margin of a two-way table), read through the qualifiers.
 *
 * A breakdown is complete when every member of the dimension is given (directly, or through a member that unites
 * others), when its `other` member is given besides a named one (其他: the rest), or when the total lists the
 * dimension in `breakdownComplete`; a dimension with `exhaustive: false` is never complete by its members alone.
 *
 * Codes (the catalog relations' own):
 * - `breakdown_mismatch` (error) — a complete breakdown whose cells cannot add up to the total.
 * - `part_exceeds_whole` (error) — the cells given of a partial breakdown certainly exceed the total.
 * @module
 */
import { type Dimension, OTHER_MEMBER } from '../../model/dimension.js';
import { dimensionsKey } from '../../model/observation.js';
import type { Relation } from '../../model/relation.js';
import type { Entry, RuleContext } from '../context.js';
import type { DimensionIndex } from '../dimension-index.js';
import { type DimensionStructure, structureOf } from '../dimension-structure.js';
import { newScope, type Scope, slicedDimensions } from '../scopes.js';
import { checkPartsWholes, exactWhole, indexRelations } from './parts-wholes.js';

const ADDITIVE = new Set(['count', 'stock', 'amount']);
/** The members a partial breakdown does not give. */
const REST = '\u0000rest';

/** One breakdown: an indicator at a parent cell, by one dimension. */
interface Breakdown {
  readonly indicator: string;
  readonly parent: Readonly<Record<string, string>>;
  readonly parentKey: string;
  readonly dimension: string;
}

/**
 * The breakdowns a scope gives cells of: for each cell, each of its dimensions, with the cell's other dimensions
 * as the parent (a two-way table's cell belongs to the breakdowns of both its margins).
 * @param scope - a scope with its cells
 * @returns the breakdowns, each once
 * @example
 * ```ts
 * breakdownsOf(scope).map((b) => b.dimension)
 * ```
 */
export function breakdownsOf(scope: Scope): Breakdown[] {
  const out: Breakdown[] = [];
  // The indicators seen of each parent and dimension: no key built per cell and indicator.
  const seen = new Map<string, Set<string>>();
  for (const cell of scope.cellScopes ?? []) {
    const dims = cell.dims ?? {};
    const keys = Object.keys(dims);
    for (const d of keys) {
      // A one-way cell (the usual case) has the total as its parent.
      let parent: Readonly<Record<string, string>> = NO_DIMENSIONS;
      let parentKey = '';
      if (keys.length > 1) {
        const copy = { ...dims };
        delete copy[d];
        parent = copy;
        parentKey = dimensionsKey(copy);
      }
      const at = parentKey === '' ? d : `${parentKey}|${d}`;
      let indicators = seen.get(at);
      if (indicators === undefined) {
        indicators = new Set();
        seen.set(at, indicators);
      }
      for (const indicator of cell.first.keys()) {
        if (indicators.has(indicator)) continue;
        indicators.add(indicator);
        out.push({ indicator, parent, parentKey, dimension: d });
      }
    }
  }
  return out;
}

const NO_DIMENSIONS: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Checks every breakdown by dimension of one scope.
 * @param scope - the scope (its plain figures and its cells)
 * @param ctx - the rule context
 * @example
 * ```ts
 * if (scope.cellScopes) checkBreakdowns(scope, ctx)
 * ```
 */
export function checkBreakdowns(scope: Scope, ctx: RuleContext): void {
  if (breakdownsPlainlyHold(scope, ctx)) return;
  const cells = new Map<string, Scope>([['', scope]]);
  for (const c of scope.cellScopes ?? []) cells.set(c.dimsKey ?? '', c);
  for (const b of breakdownsOf(scope)) {
    const def = ctx.indicators.get(b.indicator);
    const dimension = ctx.dimensions.byId.get(b.dimension);
    if (def === undefined || !ADDITIVE.has(def.kind) || dimension === undefined) continue;
    const parent = cells.get(b.parentKey);
    const total = parent?.first.get(b.indicator);
    if (parent === undefined || total === undefined) continue;
    const known =
      b.parentKey === '' ? oneWayMembers(b, dimension, scope, ctx.dimensions) : new Map<string, Entry>();
    if (b.parentKey !== '')
      for (const m of dimension.members) {
        const e = memberEntry(b, m.id, parent, cells, ctx.dimensions);
        if (e !== undefined) known.set(m.id, e);
      }
    if (known.size === 0) continue;
    checkOne(b, dimension, total, known, ctx);
  }
}

/** What the cells of one indicator by one dimension add up to. */
interface Tally {
  sum: number;
  members: number;
  other: boolean;
}

/**
 * `true` when every breakdown of a scope whose cells are all indexed (`CellIndex.simple`: one catalog dimension
 * each, no `sliceOf` reading) certainly holds, found in one pass over its cell scopes: each is a one-way breakdown
 * of non-negative exact whole figures over a dimension without unions, whose cells add up to the total when the
 * breakdown is complete and to no more when it is not — exactly what `checkOne` would confirm for it, so nothing
 * can be reported. `false` sends the scope to the full rule, which decides and explains.
 * @param scope - a scope and its cells
 * @param ctx - the rule context
 * @returns whether the scope's breakdowns certainly hold
 * @example
 * ```ts
 * if (!breakdownsPlainlyHold(scope, ctx)) checkBreakdowns(scope, ctx)
 * ```
 */
export function breakdownsPlainlyHold(scope: Scope, ctx: RuleContext): boolean {
  const index = scope.cellIndex;
  if (index === undefined || !index.simple) return false;
  const tallies = new Map<string, Map<string, Tally>>();
  for (const c of scope.cellScopes ?? []) {
    const ref = c.ref;
    if (ref === undefined) return false;
    let byIndicator = tallies.get(ref.dimension);
    if (byIndicator === undefined) {
      byIndicator = new Map();
      tallies.set(ref.dimension, byIndicator);
    }
    for (const [id, e] of c.first) {
      let t = byIndicator.get(id);
      if (t === undefined) {
        t = { sum: 0, members: 0, other: false };
        byIndicator.set(id, t);
      }
      // Non-negative and safe throughout: then every order of adding them up is exact.
      const v = exactWhole(e);
      t.sum = v >= 0 && Number.isSafeInteger(t.sum + v) ? t.sum + v : Number.NaN;
      t.members++;
      if (ref.member === OTHER_MEMBER) t.other = true;
    }
  }
  for (const [d, byIndicator] of tallies) {
    const dimension = ctx.dimensions.byId.get(d);
    if (dimension === undefined) return false;
    const s = structureOf(dimension);
    if (s.unions.length > 0 || ctx.dimensions.members.get(d)?.size !== s.top.length) return false;
    for (const [id, t] of byIndicator) {
      const def = ctx.indicators.get(id);
      const total = scope.first.get(id);
      if (def === undefined || !ADDITIVE.has(def.kind) || total === undefined) continue;
      const complete =
        total.o.breakdownComplete?.includes(d) === true ||
        (t.other && t.members > 1) ||
        (dimension.exhaustive !== false && t.members === s.top.length);
      const whole = exactWhole(total);
      if (Number.isNaN(t.sum) || !(complete ? t.sum === whole : t.sum <= whole)) return false;
    }
  }
  return true;
}

/**
 * The members of a one-way breakdown, in the dimension's order: read from the scope's one-key cells rather than by
 * building every member's cell key (measured: that was most of the rule's time on a dimension of many members).
 */
function oneWayMembers(
  b: Breakdown,
  dimension: Dimension,
  scope: Scope,
  dims: DimensionIndex,
): Map<string, Entry> {
  const found = new Map<string, Entry>();
  for (const c of scope.cellScopes ?? []) {
    const cell = c.dims;
    if (cell === undefined) continue;
    let only: string | undefined;
    let count = 0;
    for (const k in cell) {
      only = k;
      count++;
    }
    if (count !== 1 || only !== b.dimension) continue;
    const e = c.first.get(b.indicator);
    const member = cell[b.dimension];
    if (e !== undefined && member !== undefined && !found.has(member)) found.set(member, e);
  }
  const known = new Map<string, Entry>();
  const sliced = slicedDimensions(dims).get(b.indicator)?.has(b.dimension) === true;
  for (const m of dimension.members) {
    const e = found.get(m.id) ?? (sliced ? sliceEntry(b, m.id, scope, dims) : undefined);
    if (e !== undefined) known.set(m.id, e);
  }
  return known;
}

/** The catalog indicator that is a member's cell (legalAid.criminalCases), as given in the scope. */
function sliceEntry(b: Breakdown, member: string, scope: Scope, dims: DimensionIndex): Entry | undefined {
  const slice = dims.slices.get(`${b.indicator}|${b.dimension}:${member}`);
  return slice === undefined ? undefined : scope.first.get(slice.id);
}

/** The figure of a member: its cell, or the catalog indicator that is that cell, in the parent. */
function memberEntry(
  b: Breakdown,
  member: string,
  parent: Scope,
  cells: ReadonlyMap<string, Scope>,
  dims: DimensionIndex,
): Entry | undefined {
  const key = dimensionsKey({ ...b.parent, [b.dimension]: member });
  const direct = cells.get(key)?.first.get(b.indicator);
  if (direct !== undefined) return direct;
  const slice = dims.slices.get(`${b.indicator}|${b.dimension}:${member}`);
  return slice === undefined ? undefined : parent.first.get(slice.id);
}

/**
 * `true` when every relation of the breakdown certainly holds with plain exact whole figures, as the
 * parts-and-wholes rule's own fast path (`plainlyHolds`) would find on the relations `checkOne` builds: then
 * nothing can be reported, and neither those relations nor their messages need building (measured: building them
 * per breakdown was most of this rule's time). `false` sends the breakdown to the full check.
 */
function plainlyHolds(
  total: Entry,
  parts: readonly string[],
  known: ReadonlyMap<string, Entry>,
  s: DimensionStructure,
): boolean {
  if (!sumHolds(exactWhole(total), parts, known, s)) return false;
  for (const u of s.unions) {
    const e = known.get(u.id);
    if (e !== undefined && !sumHolds(exactWhole(e), u.parts ?? [], known, s)) return false;
  }
  return true;
}

/** Σ parts = total when all are given, ≤ when some are not; a missing part that is a union's total is left to the full check. */
function sumHolds(
  total: number,
  parts: readonly string[],
  known: ReadonlyMap<string, Entry>,
  s: DimensionStructure,
): boolean {
  let sum = 0;
  let missing = false;
  for (const m of parts) {
    const e = known.get(m);
    if (e === undefined) {
      if (s.partsOf.has(m)) return false;
      missing = true;
    } else sum += exactWhole(e);
  }
  return Number.isSafeInteger(sum) && (missing ? sum <= total : sum === total);
}

function checkOne(
  b: Breakdown,
  dimension: Dimension,
  total: Entry,
  known: ReadonlyMap<string, Entry>,
  ctx: RuleContext,
): void {
  const id = (m: string) => `${b.dimension}:${m}`;
  const s = structureOf(dimension);
  const { unions, top } = s;
  const partsOf = s.partsOf;
  const covered = (m: string): boolean => known.has(m) || (partsOf.get(m)?.every((p) => covered(p)) ?? false);
  const touched = (m: string): boolean => known.has(m) || (partsOf.get(m)?.some((p) => touched(p)) ?? false);
  let namedOther = false;
  if (known.has(OTHER_MEMBER)) for (const m of known.keys()) if (m !== OTHER_MEMBER) namedOther = true;
  const allCovered = top.every(covered);
  const complete =
    total.o.breakdownComplete?.includes(b.dimension) === true ||
    namedOther ||
    (dimension.exhaustive !== false && allCovered);
  // Complete by 其他 or by the report's word: the members not given are nothing, so only those given are added.
  // Not complete: a part that is never given keeps the engine to parts ≤ total, even when every member is given
  // of a list that is no classification (exhaustive: false).
  const parts = complete ? (allCovered ? top : top.filter(touched)) : [...top, REST];
  if (plainlyHolds(total, parts, known, s)) return;
  const where = b.parentKey === '' ? '' : ` within ${b.parentKey}`;
  const whereZh = b.parentKey === '' ? '' : `(${b.parentKey})`;
  const relations: Relation[] = [
    {
      kind: 'sum',
      id: `${b.indicator} by ${b.dimension}${b.parentKey === '' ? '' : ` within ${b.parentKey}`}`,
      total: b.indicator,
      parts: parts.map((m) => (m === REST ? `${b.dimension}:…` : id(m))),
      description: `Breakdown of ${b.indicator} by ${b.dimension}${where}`,
      descriptionZh: `${b.indicator} 按${dimension.name}${whereZh}的细分`,
    },
    ...unions.map(
      (u): Relation => ({
        kind: 'sum',
        id: `${b.indicator} ${b.dimension}:${u.id}`,
        total: id(u.id),
        parts: (u.parts ?? []).map(id),
        description: `${dimension.nameEn} ${u.nameEn} = ${(u.parts ?? []).join(' + ')} (${b.indicator}${where})`,
        descriptionZh: `${dimension.name}“${u.name}”= 其组成部分之和(${b.indicator}${whereZh})`,
      }),
    ),
  ];
  const first = new Map<string, Entry>([[b.indicator, total]]);
  for (const [m, e] of known) first.set(id(m), e);
  const synthetic = newScope('', first, [], [], []);
  checkPartsWholes(synthetic, indexRelations(relations), ctx);
}
