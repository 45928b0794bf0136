import type { ReportedComparison } from '../compare-reported.js';

/** Why a derived rate has no value. */
export type DerivedRateReason = 'zero_denominator' | 'missing_input' | 'qualified_input';

/**
 * One rate the data allows (or one printed rate that cannot be recomputed): for `fazhi rates` and the
 * published-rates rule.
 */
export interface DerivedRate {
  /** The jurisdiction's 6-digit division code. */
  readonly jurisdiction: string;
  /** The reporting year. */
  readonly year: number;
  /** The rate indicator, e.g. `litigation.lossRate`. */
  readonly indicator: string;
  /** The formula's basis, e.g. `concluded`. */
  readonly basis: string;
  /** The scope of the inputs (`''` for plain full-year figures; else e.g. `asOf=2024-06-30` or `cumulative`). */
  readonly scope: string;
  /** The numerator as a canonical decimal, when every input is given. */
  readonly numerator?: string;
  /** The denominator as a canonical decimal, when every input is given. */
  readonly denominator?: string;
  /** The recomputed percentage, 2 places, half-up (四舍五入); absent when `reason` says why. */
  readonly computed?: string;
  /** Why `computed` is absent. */
  readonly reason?: DerivedRateReason;
  /** The published figure of this rate (as printed), when the data has one on this basis or without a basis. */
  readonly published?: string;
  /** Index of the published observation in the input. */
  readonly publishedIndex?: number;
  /** The published figure set beside the recomputation at its printed precision, when both exist. */
  readonly consistency?: ReportedComparison;
}
