import type { z } from 'zod';
import { lazySchema } from '../internal/lazy-schema.js';

/** A dimension id: camelCase, e.g. `reconsiderationMatter`. */
export const DimensionIdSchema = /* @__PURE__ */ lazySchema((z) =>
  z.string().regex(/^[a-z][A-Za-z0-9]{0,63}$/, 'expected a dimension id such as "reconsiderationMatter"'),
);

/** A member id: letters, digits, `_` and `-`, e.g. `informationDisclosure`, `xixingStreet`, `other`. */
export const MemberIdSchema = /* @__PURE__ */ lazySchema((z) =>
  z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'expected a member id such as "informationDisclosure"'),
);

/** A map from dimension id to member id: the cell of a breakdown, `{ "caseType": "criminal" }`. */
export const DimensionsSchema = /* @__PURE__ */ lazySchema((z) =>
  z.record(DimensionIdSchema, MemberIdSchema),
);

/**
 * The member id of the catch-all category (其他): a breakdown that gives it is complete, since 其他 is "the rest".
 */
export const OTHER_MEMBER = 'other';

/** The zod schema of a {@link DimensionMember}. */
export const DimensionMemberSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
    /** Stable id within its dimension; `other` is the catch-all (其他). */
    id: MemberIdSchema,
    /** Chinese name as reports print it. */
    name: z.string().min(1),
    /** English name. */
    nameEn: z.string().min(1),
    /** Other words reports use for it. */
    synonyms: z.array(z.string().min(1)).optional(),
    /**
     * A member that unites others (民事(行政) = 民事 + 行政; 涉外及涉港澳台): the ids of the members it is made of. It
     * is a sub-total of the breakdown, never added to its own parts.
     */
    parts: z.array(MemberIdSchema).min(2).optional(),
    /** What exactly belongs here. */
    description: z.string().optional(),
  }),
);

/** One category of a dimension: 信息公开 of the matter of a reconsideration case, 缓刑 of a sentence. */
export type DimensionMember = z.infer<typeof DimensionMemberSchema>;

/**
 * Which indicators a dimension breaks down: ids, or `domain.*` for every indicator of a domain
 * (`reconsideration.*`).
 */
export const DimensionIndicatorPatternSchema = /* @__PURE__ */ lazySchema((z) =>
  z
    .string()
    .regex(
      /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*(\.\*|(\.[a-z][A-Za-z0-9]*))$/,
      'expected an indicator id such as "legalAid.cases" or a pattern such as "reconsideration.*"',
    ),
);

/** The zod schema of a {@link Dimension}. */
export const DimensionSchema = /* @__PURE__ */ lazySchema((z) =>
  z.strictObject({
    /** Stable id, camelCase. */
    id: DimensionIdSchema,
    /** Chinese name, e.g. 案件类型. */
    name: z.string().min(1),
    /** English name. */
    nameEn: z.string().min(1),
    /** What the dimension classifies, and by what. */
    description: z.string().optional(),
    /** The categories; `other` (其他) where reports have one. */
    members: z.array(DimensionMemberSchema).min(1),
    /** The indicators it breaks down (ids or `domain.*`). */
    indicators: z.array(DimensionIndicatorPatternSchema).min(1),
    /**
     * `false` for a list that is not a classification of every case (排名前五的单位): then giving every member
     * does not make a breakdown complete. `true` by default.
     */
    exhaustive: z.boolean().optional(),
  }),
);

/**
 * A way of breaking an indicator down (SDMX's dimension): 行政复议 cases by matter, by respondent, by the domain of
 * the respondent agency; legal aid by case type. An observation names its cell with `dimensions`,
 * `{ "reconsiderationMatter": "informationDisclosure" }`.
 */
export type Dimension = z.infer<typeof DimensionSchema>;

/**
 * `true` when the dimension applies to the indicator (its id is listed, or its domain as `domain.*`).
 *
 * @param dimension - the dimension
 * @param indicatorId - an indicator id such as `reconsideration.accepted`
 * @returns whether the indicator can be broken down by the dimension
 * @example
 * ```ts
 * appliesTo({ indicators: ['reconsideration.*'] }, 'reconsideration.accepted') // true
 * ```
 */
export function appliesTo(dimension: Pick<Dimension, 'indicators'>, indicatorId: string): boolean {
  for (const p of dimension.indicators) {
    if (p === indicatorId) return true;
    if (p.endsWith('.*') && indicatorId.startsWith(p.slice(0, -1))) return true;
  }
  return false;
}
