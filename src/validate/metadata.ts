/** Validation of a dataset's top-level fields other than `observations`. @internal */
import { type Issue, issue } from '../errors.js';
import { closest } from '../formats/suggest.js';
import { lazySchema } from '../internal/lazy-schema.js';
import { NotModelledSchema } from '../model/dataset.js';
import { type Dimension, DimensionSchema } from '../model/dimension.js';
import { type Indicator, IndicatorSchema } from '../model/indicator.js';
import { type Jurisdiction, JurisdictionSchema } from '../model/jurisdiction.js';
import { type Relation, RelationSchema } from '../model/relation.js';
import { type ReportYear, ReportYearSchema } from '../model/report.js';
import { type Target, TargetSchema } from '../model/target.js';
import { checkLimits } from './limits-check.js';
import { joinPath } from './path.js';
import { fromZodIssues } from './zod-issues.js';

/** The valid parts of a dataset's metadata. */
export interface ValidMetadata {
  /** Whether the dataset declares `reports` at all (report references are only checked then). */
  readonly declaresReports: boolean;
  readonly reports: { readonly value: ReportYear; readonly index: number }[];
  readonly jurisdictions: { readonly value: Jurisdiction; readonly index: number }[];
  readonly indicators: { readonly value: Indicator; readonly index: number }[];
  readonly targets: { readonly value: Target; readonly index: number }[];
  readonly dimensions: { readonly value: Dimension; readonly index: number }[];
  readonly relations: { readonly value: Relation; readonly index: number }[];
}

const ARRAYS = {
  jurisdictions: JurisdictionSchema,
  reports: ReportYearSchema,
  targets: TargetSchema,
  indicators: IndicatorSchema,
  dimensions: DimensionSchema,
  relations: RelationSchema,
  notModelled: NotModelledSchema,
} as const;

const STRINGS = new Set(['$schema', 'name', 'description']);
const TOP_LEVEL_KEYS = ['observations', ...STRINGS, ...Object.keys(ARRAYS)];
const stringSchema = /* @__PURE__ */ lazySchema((z) => z.string());

/**
 * Checks every top-level field except `observations`, keeping the valid elements of each array.
 * @param meta - the dataset object (its `observations` are ignored)
 * @returns the valid metadata and the structure issues found
 * @example
 * ```ts
 * const { valid, issues } = checkMetadata({ reports: [...] })
 * ```
 */
export function checkMetadata(meta: Record<string, unknown>): { valid: ValidMetadata; issues: Issue[] } {
  const issues: Issue[] = [];
  const valid = {
    declaresReports: false,
    reports: [],
    jurisdictions: [],
    indicators: [],
    targets: [],
    dimensions: [],
    relations: [],
  } as {
    declaresReports: boolean;
    reports: { value: ReportYear; index: number }[];
    jurisdictions: { value: Jurisdiction; index: number }[];
    indicators: { value: Indicator; index: number }[];
    targets: { value: Target; index: number }[];
    dimensions: { value: Dimension; index: number }[];
    relations: { value: Relation; index: number }[];
  };
  for (const key of Object.keys(meta)) {
    if (key === 'observations') continue;
    const v = meta[key];
    if (v === undefined) continue;
    if (STRINGS.has(key)) {
      const limits = checkLimits(v, joinPath('', key), 1);
      if (limits.length > 0) {
        issues.push(...limits);
        continue;
      }
      const r = stringSchema.safeParse(v);
      if (!r.success) issues.push(...fromZodIssues(r.error.issues, v, joinPath('', key)));
      continue;
    }
    if (!Object.hasOwn(ARRAYS, key)) {
      const like = closest(key, TOP_LEVEL_KEYS);
      issues.push(
        issue(
          'unknown_field',
          'error',
          joinPath('', key),
          `Unknown field "${key}"${like === undefined ? '' : ` (did you mean "${like}"?)`}`,
          `未知字段“${key}”${like === undefined ? '' : `（是否想写“${like}”？）`}`,
          like === undefined ? { field: key } : { field: key, suggestion: like },
        ),
      );
      continue;
    }
    const k = key as keyof typeof ARRAYS;
    if (!Array.isArray(v)) {
      issues.push(
        issue('invalid_type', 'error', key, `"${key}" must be an array`, `“${key}”应为数组`, {
          received: v === null ? 'null' : typeof v,
        }),
      );
      continue;
    }
    if (k === 'reports') valid.declaresReports = true;
    const schema = ARRAYS[k];
    v.forEach((el: unknown, index: number) => {
      // An element past the limits is left out whole: its other fields are not checked further.
      const limits = checkLimits(el, `${key}[${index}]`, 2);
      if (limits.length > 0) {
        issues.push(...limits);
        return;
      }
      const r = schema.safeParse(el);
      if (!r.success) {
        issues.push(...fromZodIssues(r.error.issues, el, `${key}[${index}]`, undefined, { schema }));
        return;
      }
      if (k === 'notModelled') return;
      (valid[k] as { value: unknown; index: number }[]).push({ value: r.data, index });
    });
  }
  return { valid, issues };
}
