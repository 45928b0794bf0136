import type { Catalog } from '../catalog/catalog.js';
import { defaultCatalog } from '../catalog/default-catalog.js';
import { type Dimension, DimensionSchema } from '../model/dimension.js';
import { type Indicator, IndicatorSchema } from '../model/indicator.js';
import type { Entry } from '../validate/context.js';
import { indexDimensions } from '../validate/dimension-index.js';
import { createFastCache, hasNewerFields, isValidObservation } from '../validate/fast-observation.js';
import { createGrouper, type GroupingMode, type SpillStore } from '../validate/grouper.js';
import { mergeCatalog } from '../validate/merge-catalog.js';
import { plainWhole } from '../validate/numeric.js';
import type { DerivedRate } from '../validate/rate-row.js';
import { createLayoutMemo } from '../validate/scope-layout.js';
import { indexRates, type RateIndex, scopeRates } from '../validate/scope-rates.js';
import { splitScopes } from '../validate/scopes.js';

/** Options of {@link deriveRates} and {@link createRateDeriver}. */
export interface DeriveRatesOptions {
  /** Indicator definitions with their formulas; `defaultCatalog` by default (a dataset's own `indicators` extend it). */
  readonly catalog?: Catalog;
  /**
   * `contiguous` (the default for {@link createRateDeriver} and non-array iterables): a jurisdiction-year is
   * computed when the input moves on to another, in bounded memory. `buffered` (the default for arrays and
   * datasets): order does not matter. `external`: order does not matter, in bounded memory (with `spill`).
   * In `contiguous` grouping, figures that no row can read (shares, changes, levels of indicators no formula
   * names) are passed over unchecked; they do not count towards a group's `maxGroupObservations` either.
   */
  readonly grouping?: GroupingMode;
  /** Where `external` grouping spills (see `createValidator`). */
  readonly spill?: SpillStore;
  /** Characters of observations `external` grouping holds before it spills; 64 Mi by default. */
  readonly spillBudget?: number;
  /** Called once in `contiguous` grouping when the input turns out not to be sorted (see `createValidator`). */
  readonly onUnsorted?: () => void;
  /** Receives each row as it is derived instead of collecting it (streaming); `finish()` then returns `[]`. */
  readonly onRow?: (row: DerivedRate) => void;
}

/** An incremental rate deriver: feed it observations, then `finish()`. */
export interface RateDeriver {
  /**
   * Adds one observation (anything; invalid observations are skipped — validation reports them).
   * @param raw - the observation as parsed
   * @param location - its index among the observations (rows refer to published figures by it)
   */
  add(raw: unknown, location?: { readonly index: number; readonly line?: number }): void;
  /**
   * Derives the remaining groups.
   * @returns every row, in jurisdiction, year, scope and catalog order (empty when `onRow` was given)
   */
  finish(): DerivedRate[];
}

/**
 * Creates an incremental rate deriver, the engine under {@link deriveRates}, for streaming readers.
 *
 * @param options - catalog, grouping, `onRow`
 * @returns the deriver
 * @example
 * ```ts
 * const d = createRateDeriver();
 * d.add({ jurisdiction: '433126', year: 2024, indicator: 'litigation.concluded', value: 54 }, { index: 0 });
 * d.add({ jurisdiction: '433126', year: 2024, indicator: 'litigation.lost', value: 12 }, { index: 1 });
 * d.finish()[0]?.computed // "22.22"
 * ```
 */
export function createRateDeriver(options: DeriveRatesOptions = {}): RateDeriver {
  const catalog = options.catalog ?? defaultCatalog;
  const index = indexRates(catalog);
  const read = formulaInputs(index);
  const dims = indexDimensions(catalog);
  const rows: DerivedRate[] = [];
  const emit = options.onRow ?? ((r: DerivedRate) => void rows.push(r));
  const cache = createFastCache();
  const contiguous = (options.grouping ?? 'contiguous') === 'contiguous';
  let count = 0;
  let unsorted = false;
  // The group being filled (contiguous grouping), and whether it already has a plain full-year figure.
  let curJ: string | undefined;
  let curY: number | undefined;
  let plainSeen = false;
  // Groups laid out alike are split without a map each (see validate/scope-layout.ts).
  const layouts = createLayoutMemo();

  const groups = createGrouper(
    {
      mode: options.grouping ?? 'contiguous',
      spill: options.spill,
      ...(options.spillBudget === undefined ? {} : { budget: options.spillBudget }),
      revive: (o, i, line, f) => {
        const e: Entry = { o, i, line, n: plainWhole(o.value), f };
        return hasNewerFields(o) ? { ...e, x: true } : e;
      },
    },
    (j, y, entries) => {
      for (const s of splitScopes(entries, index.ids, dims, layouts)) {
        for (const r of scopeRates(j, y, s, index)) emit(r);
        // Each cell of a breakdown has its own rates (纠错率 of 公安 cases), scoped by its dimensions.
        for (const c of s.cellScopes ?? []) for (const r of scopeRates(j, y, c, index)) emit(r);
      }
    },
  );

  return {
    add(raw, location) {
      const i = location?.index ?? count;
      count++;
      // Contiguous grouping passes over, unchecked, a figure that changes no row: one of the group being filled,
      // in its plain full-year scope (which exists already, so the order of scopes stays), that no formula reads.
      // Most figures of a report are such; validating and grouping them was most of the deriver's time.
      let plain = PLAIN_NEEDED;
      if (contiguous && typeof raw === 'object' && raw !== null) {
        const o = raw as Record<string, unknown>;
        if (o.jurisdiction === curJ && o.year === curY) {
          plain = plainFigure(o, read);
          if (plain === PLAIN_UNREAD && plainSeen) return;
        }
      }
      if (!isValidObservation(raw, cache)) return;
      const e: Entry = cache.extended
        ? { o: raw, i, line: location?.line, n: plainWhole(raw.value), x: true }
        : { o: raw, i, line: location?.line, n: plainWhole(raw.value) };
      const added = groups.add(raw.jurisdiction, raw.year, e);
      if (contiguous) {
        if (raw.jurisdiction !== curJ || raw.year !== curY) {
          curJ = raw.jurisdiction;
          curY = raw.year;
          plainSeen = false;
          plain = plainFigure(raw as unknown as Record<string, unknown>, read);
        }
        if (plain !== NOT_PLAIN) plainSeen = true;
      }
      if ((added === 'reopened' || added === 'backwards') && !unsorted) {
        unsorted = true;
        options.onUnsorted?.();
      }
    },
    finish() {
      groups.finish();
      return rows;
    },
  };
}

/** What {@link plainFigure} finds. */
const NOT_PLAIN = 0;
const PLAIN_NEEDED = 1;
const PLAIN_UNREAD = 2;

/** Every indicator a rate row can read: the rate indicators (published figures) and their formulas' inputs. */
function formulaInputs(index: RateIndex): ReadonlySet<string> {
  const ids = new Set(index.ids);
  for (const def of index.rates) {
    for (const f of def.formulas ?? []) {
      for (const s of [f.numerator, f.denominator])
        for (const id of [...s.plus, ...(s.minus ?? [])]) ids.add(id);
    }
  }
  return ids;
}

/**
 * Whether a figure is certainly in the plain full-year scope (it has none of the fields that can place it in
 * another, see `relationScope`), and if so whether any rate row can read it: a share or change never is (rates
 * read levels), nor is a level without dimensions of an indicator no formula names. A level with dimensions may
 * start a breakdown cell's scope: needed. Property reads, not a walk over the keys: three times faster here.
 */
function plainFigure(
  o: Record<string, unknown>,
  read: ReadonlySet<string>,
): typeof NOT_PLAIN | typeof PLAIN_NEEDED | typeof PLAIN_UNREAD {
  if (
    o.asOf !== undefined ||
    o.period !== undefined ||
    o.cumulative !== undefined ||
    o.since !== undefined ||
    o.includesCarriedOver !== undefined ||
    o.coverage !== undefined
  ) {
    return NOT_PLAIN;
  }
  const measure = o.measure;
  if (measure !== undefined && measure !== 'level') return PLAIN_UNREAD;
  return o.dimensions !== undefined || read.has(o.indicator as string) ? PLAIN_NEEDED : PLAIN_UNREAD;
}

/**
 * Every rate the data allows: for each jurisdiction, year and scope, each catalog formula (every basis) whose
 * inputs are all given, with numerator, denominator, the percentage to 2 places (half-up) or why there is none,
 * and the published figure beside it with its consistency; plus each published rate whose inputs are missing.
 *
 * @param input - a dataset (its own `indicators` extend the catalog), or observations (an array or any iterable)
 * @param options - catalog, grouping, `onRow`
 * @returns the rows
 * @example
 * ```ts
 * deriveRates({ observations: [
 *   { jurisdiction: '433126', year: 2024, indicator: 'litigation.concluded', value: 54 },
 *   { jurisdiction: '433126', year: 2024, indicator: 'litigation.lost', value: 12 },
 * ] })[0]
 * // { jurisdiction: '433126', year: 2024, indicator: 'litigation.lossRate', basis: 'concluded', scope: '',
 * //   numerator: '12', denominator: '54', computed: '22.22' }
 * ```
 */
export function deriveRates(
  input: { readonly observations?: unknown; readonly indicators?: unknown } | Iterable<unknown>,
  options: DeriveRatesOptions = {},
): DerivedRate[] {
  let catalog = options.catalog ?? defaultCatalog;
  let observations: Iterable<unknown> = [];
  let isArray = false;
  if (Array.isArray(input)) {
    observations = input;
    isArray = true;
  } else if (typeof input === 'object' && input !== null && Symbol.iterator in input) {
    observations = input as Iterable<unknown>;
  } else if (typeof input === 'object' && input !== null) {
    const d = input as { observations?: unknown; indicators?: unknown; dimensions?: unknown };
    if (Array.isArray(d.observations)) {
      observations = d.observations;
      isArray = true;
    }
    if (Array.isArray(d.indicators) || Array.isArray(d.dimensions)) {
      catalog = extend(catalog, d.indicators, d.dimensions);
    }
  }
  const d = createRateDeriver({
    ...options,
    catalog,
    grouping: options.grouping ?? (isArray ? 'buffered' : 'contiguous'),
  });
  let i = 0;
  for (const o of observations) d.add(o, { index: i++ });
  return d.finish();
}

function extend(base: Catalog, indicators: unknown, dimensions: unknown): Catalog {
  const own: { value: Indicator; index: number }[] = [];
  const dims: { value: Dimension; index: number }[] = [];
  if (Array.isArray(indicators)) {
    indicators.forEach((r, index) => {
      const p = IndicatorSchema.safeParse(r);
      if (p.success) own.push({ value: p.data, index });
    });
  }
  if (Array.isArray(dimensions)) {
    dimensions.forEach((r, index) => {
      const p = DimensionSchema.safeParse(r);
      if (p.success) dims.push({ value: p.data, index });
    });
  }
  return mergeCatalog(base, { indicators: own, dimensions: dims }).catalog;
}
