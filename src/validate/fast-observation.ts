import { decimalProblem } from '../internal/arith.js';
import { readDecimal } from '../internal/decimal-text.js';
import { LIMITS } from '../limits.js';
import { IsoDateSchema } from '../model/iso-date.js';
import { COVERAGES, MEASURES, type Observation } from '../model/observation.js';
import { QUALIFIERS } from '../quantity.js';
import { plainWhole, shortOrder } from './numeric.js';

/**
 * A hand-written check that agrees with `ObservationSchema` and the format's limits (a property test holds them
 * together). @internal
 */

const MAX_STRING = LIMITS.maxStringLength;
const INDICATOR_RE = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;
const CODE_RE = /^[1-9]\d{5}$/;
const SINCE_RE = /^\d{4}(-\d{2})?$/;
// In a for-in loop V8 reduces this call to a map check; `Object.hasOwn` is several times slower there.
const hasOwn = Object.prototype.hasOwnProperty;
const QUALIFIER_SET = new Set<string>(QUALIFIERS);
const MEASURE_SET = new Set<string>(MEASURES);
const COVERAGE_SET = new Set<string>(COVERAGES);
const DIMENSION_RE = /^[a-z][A-Za-z0-9]{0,63}$/;
const MEMBER_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Memoised answers for strings that repeat across millions of observations (codes, ids, dates). */
export interface FastCache {
  /** The last division code found valid: sorted input repeats it ~100 times in a row. */
  lastCode: string | undefined;
  readonly codes: Map<string, boolean>;
  readonly indicators: Map<string, boolean>;
  readonly dates: Map<string, boolean>;
  /**
   * Set by {@link isValidObservation}: whether the observation it last accepted has any of the fields that place
   * it in a breakdown, a measure or a scope beyond the plain year (`dimensions`, `measure`, `baseYear`, `period`,
   * `coverage`, `shareOf`, `breakdownComplete`), so that later rules look for them only then.
   */
  extended: boolean;
  /** Set by {@link isValidObservation}: `plainWhole` of the value it last accepted. */
  whole: number;
}

/**
 * A fresh cache for {@link isValidObservation}; one per validator, so no state is global.
 * @returns an empty cache
 * @example
 * ```ts
 * const cache = createFastCache();
 * ```
 */
export function createFastCache(): FastCache {
  // No code yet: '' would let an empty jurisdiction skip its check.
  return {
    lastCode: undefined,
    codes: new Map(),
    indicators: new Map(),
    dates: new Map(),
    extended: false,
    whole: Number.NaN,
  };
}

const MAX_MEMO = 50_000;
// Only short strings are remembered: a memo of long ones would hold megabytes alive.
const MAX_MEMO_KEY = 64;

function memo(map: Map<string, boolean>, s: string, test: (s: string) => boolean): boolean {
  const hit = map.get(s);
  if (hit !== undefined) return hit;
  const ok = test(s);
  if (map.size < MAX_MEMO && s.length <= MAX_MEMO_KEY) map.set(s, ok);
  return ok;
}

const isDate = (s: string): boolean => IsoDateSchema.safeParse(s).success;
const isCode = (s: string): boolean => CODE_RE.test(s);
/**
 * `true` when `s` has the shape of an indicator id (`litigation.cases`), as `ObservationSchema` requires.
 * @param s - a string
 * @returns whether it is a well-formed indicator id
 * @example
 * ```ts
 * isIndicatorId('litigation.cases') // true
 * ```
 */
export const isIndicatorId = (s: string): boolean => INDICATOR_RE.test(s);

function isDecimal(v: unknown): boolean {
  if (typeof v === 'number') return Number.isSafeInteger(v) || decimalProblem(v) === undefined;
  // A short figure such as `96.52` is within every limit: no parsing needed.
  return typeof v === 'string' && (shortOrder(v) >= 0 || typeof readDecimal(v) !== 'string');
}

function isNonEmptyString(v: unknown): boolean {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_STRING;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isYear(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1949 && v <= 2100;
}

function isDateString(v: unknown, cache: FastCache): boolean {
  return typeof v === 'string' && memo(cache.dates, v, isDate);
}

/** A dimensions map: own keys that are dimension ids, each to a member id (as `DimensionsSchema`). */
function isDimensions(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  for (const k in v) {
    if (!hasOwn.call(v, k)) return false;
    // zod's record drops a `__proto__` key without checking it; the references rule reports it instead.
    if (k === '__proto__') continue;
    const m = v[k];
    if (!DIMENSION_RE.test(k) || typeof m !== 'string' || !MEMBER_RE.test(m)) return false;
  }
  return true;
}

function isPeriod(v: unknown, cache: FastCache): boolean {
  if (!isPlainObject(v)) return false;
  let n = 0;
  for (const k in v) {
    if (!hasOwn.call(v, k)) return false;
    if ((k === 'start' || k === 'end') && isDateString(v[k], cache)) n++;
    else return false;
  }
  return n === 2;
}

function isShareOf(v: unknown, cache: FastCache): boolean {
  if (!isPlainObject(v)) return false;
  for (const k in v) {
    if (!hasOwn.call(v, k)) return false;
    const x = v[k];
    if (x === undefined) continue;
    switch (k) {
      case 'indicator':
        if (typeof x !== 'string' || !memo(cache.indicators, x, isIndicatorId)) return false;
        break;
      case 'jurisdiction':
        if (typeof x !== 'string' || !memo(cache.codes, x, isCode)) return false;
        break;
      case 'dimensions':
        if (!isDimensions(x)) return false;
        break;
      case 'coverage':
        if (typeof x !== 'string' || !COVERAGE_SET.has(x)) return false;
        break;
      case 'target':
        if (typeof x !== 'boolean') return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function isDimensionList(v: unknown): boolean {
  if (!Array.isArray(v) || v.length === 0) return false;
  for (const x of v) if (typeof x !== 'string' || !DIMENSION_RE.test(x)) return false;
  return true;
}

function isSource(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  let n = 0;
  for (const k in v) {
    if (!hasOwn.call(v, k)) continue;
    const x = (v as Record<string, unknown>)[k];
    if (k === 'report' || k === 'quote') {
      if (!isNonEmptyString(x)) return false;
      n++;
    } else return false;
  }
  return n === 2;
}

/**
 * `true` when `raw` is an observation `ObservationSchema` accepts; much faster than zod on the hot path, and
 * zod is only consulted for the precise issues of inputs this rejects.
 *
 * @param raw - anything
 * @param cache - a cache from {@link createFastCache}
 * @param knownId - an indicator id already known to pass {@link isIndicatorId}: when `raw.indicator` is this very
 *   string, its check is skipped
 * @returns whether it is a valid observation
 * @example
 * ```ts
 * isValidObservation({ jurisdiction: '433126', year: 2024, indicator: 'litigation.cases', value: 12 }, cache) // true
 * ```
 */
export function isValidObservation(raw: unknown, cache: FastCache, knownId?: string): raw is Observation {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const o = raw as Record<string, unknown>;
  const j = o.jurisdiction;
  if (typeof j !== 'string') return false;
  if (j !== cache.lastCode) {
    if (!memo(cache.codes, j, isCode)) return false;
    cache.lastCode = j;
  }
  const y = o.year;
  if (typeof y !== 'number' || !Number.isInteger(y) || y < 1949 || y > 2100) return false;
  const ind = o.indicator;
  if (typeof ind !== 'string' || (ind !== knownId && !memo(cache.indicators, ind, isIndicatorId))) {
    return false;
  }
  const value = o.value;
  const whole = typeof value === 'string' || typeof value === 'number' ? plainWhole(value) : Number.NaN;
  if (Number.isNaN(whole) && !isDecimal(value)) return false;
  cache.whole = whole;
  cache.extended = false;
  for (const k in o) {
    // JSON objects own all their keys; anything else takes the zod path, which decides.
    if (!hasOwn.call(o, k)) return false;
    // The fields checked above, then the usual ones: each comparison is one more for the fields after it.
    if (k === 'jurisdiction' || k === 'year' || k === 'indicator' || k === 'value') continue;
    const v = o[k];
    switch (k) {
      case 'unit':
      case 'basis':
        if (v !== undefined && !isNonEmptyString(v)) return false;
        break;
      case 'source':
        if (v !== undefined && !isSource(v)) return false;
        break;
      case 'upper':
        if (v !== undefined && !isDecimal(v)) return false;
        break;
      case 'qualifier':
        if (v !== undefined && (typeof v !== 'string' || !QUALIFIER_SET.has(v))) return false;
        break;
      case 'asOf':
        if (v !== undefined && (typeof v !== 'string' || !memo(cache.dates, v, isDate))) return false;
        break;
      case 'since':
        if (
          v !== undefined &&
          (typeof v !== 'string' || !(SINCE_RE.test(v) || memo(cache.dates, v, isDate)))
        ) {
          return false;
        }
        break;
      case 'cumulative':
      case 'includesCarriedOver':
        if (v !== undefined && typeof v !== 'boolean') return false;
        break;
      case 'note':
        if (v !== undefined && (typeof v !== 'string' || v.length > MAX_STRING)) return false;
        break;
      case 'dimensions':
        if (v === undefined) break;
        if (!isDimensions(v)) return false;
        cache.extended = true;
        break;
      case 'measure':
        if (v === undefined) break;
        if (typeof v !== 'string' || !MEASURE_SET.has(v)) return false;
        cache.extended = true;
        break;
      case 'baseYear':
        if (v === undefined) break;
        if (!isYear(v)) return false;
        cache.extended = true;
        break;
      case 'period':
        if (v === undefined) break;
        if (!isPeriod(v, cache)) return false;
        cache.extended = true;
        break;
      case 'coverage':
        if (v === undefined) break;
        if (typeof v !== 'string' || !COVERAGE_SET.has(v)) return false;
        cache.extended = true;
        break;
      case 'shareOf':
        if (v === undefined) break;
        if (!isShareOf(v, cache)) return false;
        cache.extended = true;
        break;
      case 'breakdownComplete':
        if (v === undefined) break;
        if (!isDimensionList(v)) return false;
        cache.extended = true;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** The newer coordinate fields; an observation without any lets the hot paths skip them. */
const NEWER_FIELDS = [
  'dimensions',
  'measure',
  'baseYear',
  'period',
  'coverage',
  'shareOf',
  'breakdownComplete',
];

/**
 * Whether a valid observation has any of the newer coordinate fields (what {@link FastCache.extended} records
 * during the fast check), for observations read back without it (spilled by external grouping).
 *
 * @param o - a valid observation
 * @returns whether it has `dimensions`, `measure`, `baseYear`, `period`, `coverage`, `shareOf` or `breakdownComplete`
 * @example
 * ```ts
 * hasNewerFields({ jurisdiction: '433126', year: 2024, indicator: 'a.b', value: 1, measure: 'share' }) // true
 * ```
 */
export function hasNewerFields(o: Observation): boolean {
  for (const k of NEWER_FIELDS) if ((o as unknown as Record<string, unknown>)[k] !== undefined) return true;
  return false;
}
