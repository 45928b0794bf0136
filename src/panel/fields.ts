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

/** An observation with the breakdown fields (each optional). */
export type PanelObservation = Observation & BreakdownFields;

/**
 * The dimensions of an observation as a stable key: members sorted by dimension id.
 *
 * @param dimensions - dimension id → member id
 * @returns e.g. `"domain=police,matter=penalty"`, `''` for a total
 * @example
 * ```ts
 * dimensionKey({ matter: 'penalty', domain: 'police' }) // "domain=police,matter=penalty"
 * ```
 */
export function dimensionKey(dimensions: Readonly<Record<string, string>> | undefined): string {
  if (dimensions === undefined) return '';
  const keys = Object.keys(dimensions);
  if (keys.length === 0) return '';
  if (keys.length === 1) return `${keys[0]}=${dimensions[keys[0] as string]}`;
  return keys
    .sort()
    .map((k) => `${k}=${dimensions[k]}`)
    .join(',');
}

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
 * seriesScope({ year: 2024, coverage: 'wholeArea' }) // "wholeArea"
 * ```
 */
export function seriesScope(
  o: Pick<
    PanelObservation,
    'year' | 'asOf' | 'cumulative' | 'since' | 'includesCarriedOver' | 'basis' | 'coverage' | 'period'
  >,
): string {
  // Coverage and period are written below in their own relative form, so the relation scope is taken without them.
  const plain = relationScope({ ...o, coverage: undefined, period: undefined });
  const parts: string[] = [];
  if (o.coverage !== undefined) parts.push(o.coverage);
  if (plain !== '') {
    for (const p of plain.split('|'))
      parts.push(p.startsWith('asOf=') ? `asOf=${relativeDate(p.slice(5), o.year)}` : p);
  }
  if (o.period !== undefined) {
    parts.push(`period=${relativeDate(o.period.start, o.year)}..${relativeDate(o.period.end, o.year)}`);
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
