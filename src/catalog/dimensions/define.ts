/** A small constructor that keeps the dimension files readable. */
import type { DimensionMember } from '../../model/dimension.js';

/**
 * A dimension member.
 * @param id - the member id
 * @param name - Chinese name
 * @param nameEn - English name
 * @param synonyms - other words reports use
 * @param extra - `parts` of a uniting member, `description`
 * @returns the member
 * @example
 * ```ts
 * member('criminal', '刑事', 'Criminal', ['刑事案件'])
 * ```
 */
export function member(
  id: string,
  name: string,
  nameEn: string,
  synonyms: readonly string[] = [],
  extra: { parts?: readonly string[]; description?: string } = {},
): DimensionMember {
  const m: DimensionMember = { id, name, nameEn };
  if (synonyms.length > 0) m.synonyms = [...synonyms];
  if (extra.parts) m.parts = [...extra.parts];
  if (extra.description) m.description = extra.description;
  return m;
}

/** The catch-all member (其他): a breakdown that gives it is complete. */
export const OTHER = member('other', '其他', 'Other', ['其他', '其它', '其他类', '其他各类']);
