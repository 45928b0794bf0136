import type { Catalog } from '../catalog/catalog.js';
import type { DivisionLookup as Lookup } from '../divisions/lookup.js';
import type { Issue } from '../errors.js';

/**
 * The rules {@link validateDataset} runs; each can be switched off with `rules: { name: false }`.
 * - `structure` — the dataset schema (`schema_invalid`, `missing_field`, `unknown_field`, `invalid_type`, …)
 * - `references` — unknown indicators, jurisdictions and reports
 * - `values` — counts, percentages and units
 * - `duplicates` — the same figure given twice
 * - `partsWholes` — parts, breakdowns and stock-flow identities from the catalog's relations
 * - `publishedRates` — printed rates recomputed from their inputs
 * - `time` — dates outside the period or in the future, partial-year figures
 * - `plausibility` — year-over-year jumps
 * - `grouping` — streaming input whose jurisdiction-year groups are not contiguous
 */
export type RuleName =
  | 'structure'
  | 'references'
  | 'values'
  | 'duplicates'
  | 'partsWholes'
  | 'publishedRates'
  | 'time'
  | 'plausibility'
  | 'grouping';

/** Every rule name, in the order the rules run. */
export const RULE_NAMES: readonly RuleName[] = [
  'structure',
  'references',
  'values',
  'duplicates',
  'partsWholes',
  'publishedRates',
  'time',
  'plausibility',
  'grouping',
];

/**
 * A division table the references rule checks codes against: anything with `getDivision(code)`, such as
 * `divisionLookup` from `fazhi/divisions` (only its type is imported here, so the table is not bundled).
 */
export type DivisionLookup = Lookup;

/** Options of {@link validateDataset} and {@link createValidator}. */
export interface ValidateOptions {
  /** Indicator definitions and relations; `defaultCatalog` by default, extended by the dataset's own `indicators`. */
  readonly catalog?: Catalog;
  /** A division table for checking that codes exist; without it only their shape is checked. */
  readonly divisions?: DivisionLookup;
  /** Rules to switch on or off; every rule is on by default. */
  readonly rules?: Partial<Record<RuleName, boolean>>;
  /** Today's date (`YYYY-MM-DD`) for "in the future" checks; the current UTC date by default. */
  readonly today?: string;
  /** Year-over-year factor beyond which a change is reported as implausible (5 by default: ×5 or ÷5). */
  readonly jumpFactor?: number;
  /**
   * Receives each issue as it is found instead of collecting it (streaming validation of huge inputs); the
   * result's `issues` is then empty, while `ok` and `counts` stay exact.
   */
  readonly onIssue?: (issue: Issue) => void;
}

/** What validation found. */
export interface ValidationResult {
  /** `true` when no issue has severity `error`. */
  readonly ok: boolean;
  /** Every issue, in the order found (empty when `onIssue` was given). */
  readonly issues: readonly Issue[];
  /** How many issues of each severity were found. */
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
  /** How many observations were read. */
  readonly observations: number;
}

/** Where an observation came from: its index in the input and, for line-based files, its 1-based line. */
export interface ObservationLocation {
  /** 0-based index among the observations. */
  readonly index: number;
  /** 1-based line in the source file. */
  readonly line?: number;
}
