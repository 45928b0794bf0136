import type { Observation } from '../model/observation.js';
import { relationScope } from '../validate/scopes.js';

/**
 * The fields of issue 8 ("the model speaks real reports") that a panel keys series on. They are read from the
 * observation as optional fields, so a panel works the same before and after a dataset uses them.
 */
export interface BreakdownFields {
  /** Dimension id → member id, e.g. `{ matter: 'informationDisclosure' }`; two keys make a cell of a two-way table. */
  readonly dimensions?: Readonly<Record<string, string>>;
  /** What the figure says about its indicator: `level` (the default), `share`, `yoyPercent`, … */
  readonly measure?: string;
  /** The year a change compares with (default the year before). */
  readonly baseYear?: number;
  /** A part-year or non-calendar window. */
  readonly period?: { readonly start: string; readonly end: string };
  /** `ownLevel` (本级) or `wholeArea` (全市/全区/全县, with the subordinate jurisdictions). */
  readonly coverage?: 'ownLevel' | 'wholeArea';
}

/** An observation with the breakdown fields (each optional; `ObservationSchema` has them all). */
export type PanelObservation = Observation & BreakdownFields;

/**
 * The scope of an observation as it repeats from year to year, so that one series collects it across years:
 * coverage, the relation scope with dates written relative to the year (`asOf=06-30` each year, a report dated in
 * January of the next year `asOf=+1-01-17`), the period likewise, and the basis of a rate.
 *
 * @param o - the observation
 * @returns the key, `''` for a plain full-year figure
 * @example
 * ```ts
 * seriesScope({ year: 2024, asOf: '2024-06-30' }) // "asOf=06-30"
 * seriesScope({ year: 2024, coverage: 'ownLevel' }) // "ownLevel"
 * ```
 */
export function seriesScope(
  o: Pick<
    PanelObservation,
    'year' | 'asOf' | 'cumulative' | 'since' | 'includesCarriedOver' | 'basis' | 'coverage' | 'period'
  >,
): string {
  // The validator's scope (relationScope: 本级, dates, windows, 累计 …) with its dates made relative to the year; a
  // figure without coverage is the whole area's, so only 本级 makes a series of its own.
  const parts: string[] = [];
  for (const p of relationScope(o).split('|')) {
    if (p === '') continue;
    if (p === 'coverage=ownLevel') parts.push('ownLevel');
    else if (p.startsWith('asOf=')) parts.push(`asOf=${relativeDate(p.slice(5), o.year)}`);
    else if (p.startsWith('period=')) {
      const [start = '', end = ''] = p.slice(7).split('/');
      parts.push(`period=${relativeDate(start, o.year)}..${relativeDate(end, o.year)}`);
    } else parts.push(p);
  }
  if (o.basis !== undefined) parts.push(`basis=${o.basis}`);
  return parts.join('|');
}

/** `2024-06-30` in 2024 → `06-30`; in 2023 → `+1-06-30`. */
function relativeDate(date: string, year: number): string {
  const y = Number(date.slice(0, 4));
  const rest = date.slice(5);
  if (y === year) return rest;
  return `${y > year ? '+' : ''}${y - year}-${rest}`;
}
