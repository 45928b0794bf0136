/**
 * `fazhi/divisions`: the province, prefecture and county-level administrative division table (行政区划代码) with
 * lookups by code, by name and up the parent chain. A separate entry so that importing `fazhi` stays small.
 * @packageDocumentation
 */

export type { DivisionCode, DivisionLevel } from '../model/division-code.js';
export { childDivisions } from './child-divisions.js';
export type { Division, DivisionMatch } from './division.js';
export { divisionChain } from './division-chain.js';
export { divisionLookup } from './division-lookup.js';
export { type FindDivisionsOptions, findDivisions } from './find-divisions.js';
export { getDivision } from './get-division.js';
export {
  type DivisionHistory,
  divisionHistory,
  divisionHistorySources,
  type HistorySource,
  isValidInYear,
  retiredDivision,
} from './history.js';
export { isDivisionCode } from './is-division-code.js';
export type { DivisionHistoryLookup, DivisionLookup, DivisionTree } from './lookup.js';
export type { RetiredDivision } from './retired.js';
export { type DivisionSource, divisionSource } from './source.js';
export { divisions } from './table.js';
