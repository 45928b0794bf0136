import type { DivisionCode, DivisionLevel } from '../model/division-code.js';

/**
 * One row of the administrative division table: a province (省级), prefecture (地级) or county-level (县级) unit.
 * `parent` is the code of the enclosing division; provinces have none. Districts of the municipalities
 * (北京, 天津, 上海, 重庆) and directly-administered county-level units (仙桃市 429004, …) have the province as parent.
 */
export interface Division {
  /** The 6-digit code, e.g. `"433126"`. */
  readonly code: DivisionCode;
  /** The official Chinese name, e.g. `"古丈县"`. */
  readonly name: string;
  /** `province`, `prefecture` or `county`. */
  readonly level: DivisionLevel;
  /** Code of the enclosing division; absent for provinces. */
  readonly parent?: DivisionCode;
}

/** A {@link Division} found by name, with the province it lies in (a province's province is itself). */
export interface DivisionMatch extends Division {
  /** The province-level division this one belongs to, so that ambiguous names (河东区) can be told apart. */
  readonly province: Division;
}
