import type { Severity } from '../errors.js';
import type { RuleName } from './types.js';

/**
 * Every issue code `validateDataset` and `createValidator` produce, with the rule that produces it and its
 * severity (`mixed` where it depends on the finding). Dataset indicators that break catalog rules also get the
 * catalog's own codes (`checkCatalog`), under `structure`.
 *
 * @example
 * ```ts
 * VALIDATION_CODES.part_exceeds_whole // { rule: 'partsWholes', severity: 'error' }
 * ```
 */
export const VALIDATION_CODES = {
  schema_invalid: { rule: 'structure', severity: 'error' },
  missing_field: { rule: 'structure', severity: 'error' },
  unknown_field: { rule: 'structure', severity: 'error' },
  invalid_type: { rule: 'structure', severity: 'error' },
  invalid_decimal: { rule: 'structure', severity: 'error' },
  invalid_date: { rule: 'structure', severity: 'error' },
  invalid_division_code: { rule: 'structure', severity: 'error' },
  duplicate_indicator: { rule: 'structure', severity: 'error' },
  duplicate_report: { rule: 'structure', severity: 'error' },
  limit_exceeded: { rule: 'structure', severity: 'error' },
  unknown_indicator: { rule: 'references', severity: 'error' },
  unknown_jurisdiction: { rule: 'references', severity: 'mixed' },
  unknown_report: { rule: 'references', severity: 'error' },
  unknown_dimension: { rule: 'references', severity: 'error' },
  unknown_member: { rule: 'references', severity: 'error' },
  invalid_count: { rule: 'values', severity: 'error' },
  percent_out_of_range: { rule: 'values', severity: 'error' },
  unit_mismatch: { rule: 'values', severity: 'error' },
  invalid_range: { rule: 'values', severity: 'mixed' },
  invalid_measure: { rule: 'values', severity: 'error' },
  conflicting_observation: { rule: 'duplicates', severity: 'error' },
  duplicate_observation: { rule: 'duplicates', severity: 'warning' },
  corroborated: { rule: 'duplicates', severity: 'info' },
  part_exceeds_whole: { rule: 'partsWholes', severity: 'error' },
  breakdown_mismatch: { rule: 'partsWholes', severity: 'error' },
  stock_flow_mismatch: { rule: 'partsWholes', severity: 'error' },
  share_sum_mismatch: { rule: 'partsWholes', severity: 'warning' },
  reported_rate_rounding: { rule: 'publishedRates', severity: 'warning' },
  reported_rate_mismatch: { rule: 'publishedRates', severity: 'warning' },
  unknown_basis: { rule: 'publishedRates', severity: 'warning' },
  ambiguous_change: { rule: 'publishedRates', severity: 'warning' },
  approximate_value_far: { rule: 'publishedRates', severity: 'warning' },
  date_out_of_period: { rule: 'time', severity: 'error' },
  published_before_period_end: { rule: 'time', severity: 'warning' },
  partial_period: { rule: 'time', severity: 'info' },
  invalid_period: { rule: 'time', severity: 'error' },
  implausible_jump: { rule: 'plausibility', severity: 'info' },
  group_not_contiguous: { rule: 'grouping', severity: 'warning' },
} as const satisfies Record<string, { rule: RuleName; severity: Severity | 'mixed' }>;

/** An issue code of the validator. */
export type ValidationCode = keyof typeof VALIDATION_CODES;
