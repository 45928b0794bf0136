/** Confirming a printed share of a breakdown cell cheaply, from its own scope, for the validator's hot path. @internal */
import type { Entry } from './context.js';
import type { DimensionIndex } from './dimension-index.js';
import { halfUpMatches } from './fast-compare.js';
import { exactWhole } from './rules/parts-wholes.js';
import { type Scope, slicedDimensions } from './scopes.js';

/**
 * `true` when a share certainly needs no issue: a plain share of a cell (no `shareOf`, no qualifier, no cell
 * indicator that stands for it) whose part — the cell's level — and whole — the indicator's plain level — are
 * exact whole figures of the same scope that reproduce it under half-up. These are the figures the level index
 * would find first (the same coordinates, the first in input order), so the full check could only agree; found
 * without building a key. `false` sends the share to the full check, which decides and explains.
 * @param e - a share or change of the scope
 * @param s - its scope
 * @param dims - the catalog's dimensions, indexed
 * @returns whether the share is certainly consistent
 * @example
 * ```ts
 * if (!quickShareOk(e, scope, ctx.dimensions)) checkMeasure(e, def, measureKeys(e, dims), mc)
 * ```
 */
export function quickShareOk(e: Entry, s: Scope, dims: DimensionIndex): boolean {
  const o = e.o;
  if (o.measure !== 'share' || o.shareOf !== undefined) return false;
  if (o.qualifier !== undefined && o.qualifier !== 'exact') return false;
  const cell = o.dimensions;
  if (cell === undefined) return false;
  const sliced = slicedDimensions(dims).get(o.indicator);
  let size = 0;
  for (const k in cell) {
    // A member that is a catalog indicator of its own (legalAid.criminalCases): the full check reads it back.
    if (sliced?.has(k)) return false;
    size++;
  }
  if (size === 0) return false;
  let part: Entry | undefined;
  const index = s.cellIndex;
  if (index?.simple === true && size === 1) {
    // Every cell numbered: the share's cell scope is found by its cell, not by comparing dimensions.
    for (const d in cell) {
      const ref = dims.cells.get(d)?.get(cell[d] as string);
      part = ref === undefined ? undefined : index.scopes.get(ref)?.first.get(o.indicator);
    }
  } else {
    for (const c of s.cellScopes ?? []) {
      if (c.dims !== undefined && sameCell(c.dims, cell, size)) {
        part = c.first.get(o.indicator);
        break;
      }
    }
  }
  const whole = s.first.get(o.indicator);
  // Figures written as another indicator's cell are left to the full check (the level index may skip them).
  if (part === undefined || whole === undefined || part.o.indicator !== o.indicator) return false;
  if (whole.o.indicator !== o.indicator) return false;
  const n = exactWhole(part);
  const d = exactWhole(whole);
  if (Number.isNaN(n) || Number.isNaN(d)) return false;
  // A whole of zero: nothing to compare, as in the full check.
  if (d === 0) return true;
  return halfUpMatches(n, d, o.value) === true;
}

function sameCell(
  a: Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
  size: number,
): boolean {
  let n = 0;
  for (const k in a) {
    if (a[k] !== b[k]) return false;
    n++;
  }
  return n === size;
}
