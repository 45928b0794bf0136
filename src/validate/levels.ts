/**
 * Where a share or a change finds the level figures it is computed from: a string key of the full coordinates
 * of a level figure (jurisdiction, year, relation scope, indicator and cell, read in the catalog's terms), and
 * the keys a share's part and whole, or a change's current and base levels, are found at. @internal
 */
import type { Observation, Period } from '../model/observation.js';
import type { Entry } from './context.js';
import { canonicalCell, relationScope, type Slices } from './scopes.js';

/**
 * The key of a level figure at these coordinates.
 * @param j - jurisdiction
 * @param y - year
 * @param scope - the relation scope (`relationScope`)
 * @param indicator - the indicator
 * @param cell - its dimensions
 * @param dims - the catalog's cell indicators
 * @returns the key
 * @example
 * ```ts
 * levelKey('330108', 2020, '', 'reconsideration.accepted', {}, dims) // "330108|2020||reconsideration.accepted|"
 * ```
 */
export function levelKey(
  j: string,
  y: number,
  scope: string,
  indicator: string,
  cell: Readonly<Record<string, string>>,
  dims: Slices | undefined,
): string {
  const c = canonicalCell(indicator, cell, dims);
  return `${j}|${y}|${scope}|${c.id}|${c.key}`;
}

/**
 * The key of a level observation's own coordinates (`undefined` for a share or a change).
 * @param o - an observation
 * @param dims - the catalog's cell indicators
 * @returns the key, or `undefined`
 * @example
 * ```ts
 * ownLevelKey(observation, dims)
 * ```
 */
export function ownLevelKey(o: Observation, dims: Slices | undefined): string | undefined {
  if (o.measure !== undefined && o.measure !== 'level') return undefined;
  return levelKey(o.jurisdiction, o.year, relationScope(o), o.indicator, o.dimensions ?? {}, dims);
}

/** The group key (`jurisdiction|year`) of a level key. */
export function groupOf(key: string): string {
  const a = key.indexOf('|');
  return key.slice(0, key.indexOf('|', a + 1));
}

/** A date moved by whole years (29 February to 28 February). */
function shiftDate(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const rest = date.slice(4);
  if (rest === '-02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return `${y}-02-28`;
  return `${String(y).padStart(4, '0')}${rest}`;
}

function shiftPeriod(p: Period | undefined, years: number): Period | undefined {
  return p === undefined ? undefined : { start: shiftDate(p.start, years), end: shiftDate(p.end, years) };
}

/** The coordinates a share or change reads, as level keys. */
export interface MeasureKeys {
  /** A share's part, a change's current level. */
  readonly part: string;
  /** A share's whole (absent for a share of a target), a change's base level. */
  readonly whole: string | undefined;
}

/**
 * The level keys a share or a change is computed from: a share's part (the same indicator and cell) and whole
 * (`shareOf`, by default the indicator without its dimensions); a change's current level and its base year's,
 * in the same window a year (or `year − baseYear` years) earlier.
 * @param e - a share or change observation
 * @param dims - the catalog's cell indicators
 * @returns the keys
 * @example
 * ```ts
 * measureKeys(entry, dims).whole
 * ```
 */
export function measureKeys(e: Entry, dims: Slices | undefined): MeasureKeys {
  const o = e.o;
  const cell = o.dimensions ?? {};
  const scope = relationScope(o);
  const part = levelKey(o.jurisdiction, o.year, scope, o.indicator, cell, dims);
  if (o.measure === 'share') {
    const s = o.shareOf;
    if (s?.target === true) return { part, whole: undefined };
    const wholeScope =
      s?.coverage !== undefined && s.coverage !== o.coverage
        ? relationScope({ ...o, coverage: s.coverage })
        : scope;
    const whole = levelKey(
      s?.jurisdiction ?? o.jurisdiction,
      o.year,
      wholeScope,
      s?.indicator ?? o.indicator,
      s?.dimensions ?? {},
      dims,
    );
    return { part, whole };
  }
  const base = o.baseYear ?? o.year - 1;
  const shift = base - o.year;
  const then = relationScope({
    ...o,
    year: base,
    period: shiftPeriod(o.period, shift),
    asOf: o.asOf === undefined ? undefined : shiftDate(o.asOf, shift),
  });
  return { part, whole: levelKey(o.jurisdiction, base, then, o.indicator, cell, dims) };
}
