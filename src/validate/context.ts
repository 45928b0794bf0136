import type { Catalog } from '../catalog/catalog.js';
import type { Issue } from '../errors.js';
import type { Indicator } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import type { ReportYear } from '../model/report.js';
import type { Target } from '../model/target.js';
import type { DimensionIndex } from './dimension-index.js';
import type { DivisionLookup, RuleName } from './types.js';

/** One valid observation with where it came from. @internal */
export interface Entry {
  /** The observation (already known to satisfy `ObservationSchema`). */
  readonly o: Observation;
  /** 0-based index among the observations. */
  readonly i: number;
  /** 1-based line in the source file, when known. */
  readonly line: number | undefined;
  /** The indicator's definition, looked up once (`undefined` for an unknown indicator). */
  readonly d?: Indicator | undefined;
  /**
   * `plainWhole(o.value)`, worked out once (numeric.ts): the value as an exact Number when it is a plain whole
   * figure, else NaN; `undefined` when not computed.
   */
  readonly n?: number | undefined;
  /**
   * Whether the observation has any of the newer coordinate fields (`dimensions`, `measure`, `baseYear`,
   * `period`, `coverage`, `shareOf`, `breakdownComplete`); `false` or absent lets the hot paths skip them.
   */
  readonly x?: boolean | undefined;
  /** Which of several inputs it came from (a panel of files), when there are several. */
  readonly f?: number | undefined;
}

/** What every rule sees: the catalog, the metadata, the switches and the sink for issues. @internal */
export interface RuleContext {
  /** The effective catalog (default or given, plus the dataset's own indicators). */
  catalog: Catalog;
  /** Indicator definitions by id, for the hot path. */
  indicators: Map<string, Indicator>;
  /** The catalog's dimensions, indexed. */
  dimensions: DimensionIndex;
  /** The division table, when given. */
  readonly divisions: DivisionLookup | undefined;
  /** The dataset's targets by `jurisdiction|year|indicator` (the first of each), for shares of a target. */
  targets?: Map<string, Target>;
  /** The dataset's reports by id, when it declares any (`undefined`: report references are not checked). */
  reports: Map<string, ReportYear> | undefined;
  /** Today's date, `YYYY-MM-DD`. */
  readonly today: string;
  /** Today's year. */
  readonly todayYear: number;
  /** Year-over-year factor for plausibility. */
  readonly jumpFactor: number;
  /** Which rules are on. */
  readonly on: Readonly<Record<RuleName, boolean>>;
  /** Receives each issue. */
  readonly emit: (issue: Issue) => void;
}
