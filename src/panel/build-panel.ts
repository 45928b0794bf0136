import type { Catalog } from '../catalog/catalog.js';
import { defaultCatalog } from '../catalog/default-catalog.js';
import * as arith from '../internal/arith.js';
import { type Indicator, IndicatorSchema } from '../model/indicator.js';
import type { Source } from '../model/observation.js';
import { dimensionsKey } from '../model/observation.js';
import { QUALIFIERS, type Qualifier } from '../quantity.js';
import { mergeCatalog } from '../validate/merge-catalog.js';
import { type BreakdownFields, type PanelObservation, seriesScope } from './fields.js';
import type { Panel, PanelConflict, PanelPoint, PanelSeries, SeriesFields } from './panel.js';

/** Options of {@link buildPanel}, {@link buildPanelAsync} and {@link createPanelBuilder}. */
export interface PanelOptions {
  /** Indicator definitions; `defaultCatalog` by default (datasets' own `indicators` extend it). */
  readonly catalog?: Catalog;
  /**
   * Keep only jurisdictions within this division (by code: a province `440000` keeps `44xxxx`, a prefecture
   * `441200` keeps `4412xx`), so that a report on one province holds one province in memory.
   */
  readonly within?: string;
  /** Keep only observations for which this returns `true` (after `within`). */
  readonly filter?: (o: PanelObservation) => boolean;
}

/** Where an observation came from. */
export interface PanelInputLocation {
  /** The file it was read from. */
  readonly file?: string;
  /** Its index in that input. */
  readonly index?: number;
}

/** An incremental panel builder: add observations (or datasets), then `finish()`. */
export interface PanelBuilder {
  /**
   * Adds one observation; anything that is not one is counted in `skipped.invalid`.
   * @param raw - the observation as parsed
   * @param where - its file and index
   */
  add(raw: unknown, where?: PanelInputLocation): void;
  /**
   * Adds every observation of a dataset and extends the catalog with its own `indicators`.
   * @param dataset - a parsed dataset (`{ observations, indicators? }`)
   * @param file - the file it was read from
   */
  addDataset(dataset: unknown, file?: string): void;
  /**
   * The panel built so far; the builder should not be used afterwards.
   * @returns the panel
   */
  finish(): Panel;
}

interface MutableSeries extends PanelSeries {
  readonly points: Map<number, PanelPoint>;
  readonly measures: Map<string, Map<number, PanelPoint>>;
}

const QUALIFIER_SET = new Set<string>(QUALIFIERS);
const CODE_RE = /^[1-9]\d{5}$/;
const INDICATOR_RE = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;

/**
 * Creates an incremental panel builder, for streams and for several files.
 *
 * @param options - catalog, `within`, `filter`
 * @returns the builder
 * @example
 * ```ts
 * const b = createPanelBuilder();
 * b.add({ jurisdiction: '433126', year: 2024, indicator: 'litigation.cases', value: 54 });
 * b.finish().series.size // 1
 * ```
 */
export function createPanelBuilder(options: PanelOptions = {}): PanelBuilder {
  let catalog = options.catalog ?? defaultCatalog;
  const series = new Map<string, MutableSeries>();
  const conflicts: PanelConflict[] = [];
  const years = new Set<number>();
  const prefix = withinPrefix(options.within);
  let observations = 0;
  let corroborated = 0;
  let invalid = 0;
  let filtered = 0;
  let count = 0;

  const add = (raw: unknown, where: PanelInputLocation = {}): void => {
    const index = where.index ?? count;
    count++;
    const o = asObservation(raw);
    if (o === undefined) {
      invalid++;
      return;
    }
    if ((prefix !== undefined && !o.jurisdiction.startsWith(prefix)) || options.filter?.(o) === false) {
      filtered++;
      return;
    }
    const value = arith.canonical(o.value);
    if (value === undefined) {
      invalid++;
      return;
    }
    const dims = o.dimensions ?? {};
    const scope = seriesScope(o);
    const key = `${o.jurisdiction}|${o.indicator}|${dimensionsKey(dims)}|${scope}`;
    let s = series.get(key);
    if (s === undefined) {
      s = {
        key,
        jurisdiction: o.jurisdiction,
        indicator: o.indicator,
        dimensions: Object.freeze({ ...dims }),
        scope,
        fields: fieldsOf(o),
        points: new Map(),
        measures: new Map(),
      };
      series.set(key, s);
    }
    const point = pointOf(o, value, where.file, index);
    // A share of another whole than the default is another figure: its whole is part of the key.
    const shareOf = (o as { shareOf?: unknown }).shareOf;
    const measure =
      o.measure === 'share' && shareOf !== undefined
        ? `share:${JSON.stringify(shareOf)}`
        : (o.measure ?? 'level');
    let target = s.points;
    if (measure !== 'level') {
      target = s.measures.get(measure) ?? new Map();
      s.measures.set(measure, target);
    }
    const held = target.get(o.year);
    if (held === undefined) {
      target.set(o.year, point);
      years.add(o.year);
      observations++;
    } else if (held.value === point.value && held.qualifier === point.qualifier) corroborated++;
    else conflicts.push({ key, measure, kept: held, other: point });
  };

  return {
    add,
    addDataset(dataset, file) {
      if (typeof dataset !== 'object' || dataset === null) {
        invalid++;
        return;
      }
      const d = dataset as { observations?: unknown; indicators?: unknown };
      if (Array.isArray(d.indicators)) catalog = extendCatalog(catalog, d.indicators);
      if (!Array.isArray(d.observations)) {
        invalid++;
        return;
      }
      d.observations.forEach((o, index) => {
        add(o, { file, index });
      });
    },
    finish() {
      const byJurisdiction = new Map<string, string[]>();
      for (const s of series.values()) {
        const list = byJurisdiction.get(s.jurisdiction);
        if (list === undefined) byJurisdiction.set(s.jurisdiction, [s.key]);
        else list.push(s.key);
      }
      const sorted = new Map([...byJurisdiction].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      return {
        catalog,
        series,
        byJurisdiction: sorted,
        years: [...years].sort((a, b) => a - b),
        observations,
        corroborated,
        conflicts,
        skipped: { invalid, filtered },
      };
    },
  };
}

/**
 * Builds a panel from datasets (each may extend the catalog with its own `indicators`) or observations.
 *
 * @param input - a dataset, an array of datasets, or an iterable of observations
 * @param options - catalog, `within`, `filter`
 * @returns the panel
 * @example
 * ```ts
 * const panel = buildPanel([dataset2023, dataset2024]);
 * panel.years // [2023, 2024]
 * ```
 */
export function buildPanel(input: unknown, options: PanelOptions = {}): Panel {
  const b = createPanelBuilder(options);
  if (isDataset(input)) b.addDataset(input);
  else if (Array.isArray(input) && input.length > 0 && input.every(isDataset)) {
    for (const d of input) b.addDataset(d);
  } else if (typeof input === 'object' && input !== null && Symbol.iterator in input) {
    let index = 0;
    for (const o of input as Iterable<unknown>) b.add(o, { index: index++ });
  }
  return b.finish();
}

/**
 * Builds a panel from a stream: an async iterable of observations, of datasets, or of the record batches that
 * `readObservationBatches` yields (reading problems in those are left to `fazhi validate`).
 *
 * @param input - the stream
 * @param options - catalog, `within`, `filter`
 * @returns the panel
 * @example
 * ```ts
 * const panel = await buildPanelAsync(readObservationBatches(stream, 'ndjson'), { within: '440000' });
 * ```
 */
export async function buildPanelAsync(
  input: AsyncIterable<unknown> | Iterable<unknown>,
  options: PanelOptions = {},
): Promise<Panel> {
  const b = createPanelBuilder(options);
  let index = 0;
  const one = (item: unknown): void => {
    if (isRecord(item)) {
      if (item.kind === 'observation') b.add(item.observation, { index: item.index });
    } else if (isDataset(item)) b.addDataset(item);
    else b.add(item, { index: index++ });
  };
  for await (const item of input) {
    if (Array.isArray(item)) for (const r of item) one(r);
    else one(item);
  }
  return b.finish();
}

function isRecord(x: unknown): x is { kind: string; observation?: unknown; index?: number } {
  return (
    typeof x === 'object' && x !== null && 'kind' in x && (x.kind === 'observation' || x.kind === 'issue')
  );
}

function isDataset(x: unknown): boolean {
  return (
    typeof x === 'object' &&
    x !== null &&
    !Array.isArray(x) &&
    Array.isArray((x as { observations?: unknown }).observations)
  );
}

/** The code prefix of `within`: 2 digits for a province, 4 for a prefecture, all 6 for a county. */
function withinPrefix(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** The minimal shape a panel needs; everything else is checked by `fazhi validate`. */
function asObservation(raw: unknown): PanelObservation | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const o = raw as Record<string, unknown>;
  if (typeof o.jurisdiction !== 'string' || !CODE_RE.test(o.jurisdiction)) return undefined;
  if (typeof o.year !== 'number' || !Number.isInteger(o.year)) return undefined;
  if (typeof o.indicator !== 'string' || !INDICATOR_RE.test(o.indicator)) return undefined;
  if (typeof o.value !== 'string' && typeof o.value !== 'number') return undefined;
  if (o.qualifier !== undefined && !QUALIFIER_SET.has(o.qualifier as string)) return undefined;
  if (o.dimensions !== undefined && !isStringRecord(o.dimensions)) return undefined;
  return raw as PanelObservation;
}

function isStringRecord(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  return Object.values(x).every((v) => typeof v === 'string');
}

function fieldsOf(o: PanelObservation): SeriesFields {
  const f: { -readonly [K in keyof SeriesFields]: SeriesFields[K] } = {};
  if (o.coverage !== undefined) f.coverage = o.coverage;
  if (o.cumulative !== undefined) f.cumulative = o.cumulative;
  if (o.since !== undefined) f.since = o.since;
  if (o.includesCarriedOver !== undefined) f.includesCarriedOver = o.includesCarriedOver;
  if (o.basis !== undefined) f.basis = o.basis;
  return Object.freeze(f);
}

function pointOf(
  o: PanelObservation & BreakdownFields,
  value: string,
  file: string | undefined,
  index: number,
): PanelPoint {
  const p: { -readonly [K in keyof PanelPoint]: PanelPoint[K] } = { year: o.year, value };
  if (o.qualifier !== undefined && o.qualifier !== 'exact') p.qualifier = o.qualifier as Qualifier;
  if (o.upper !== undefined) {
    const upper = arith.canonical(o.upper);
    if (upper !== undefined) p.upper = upper;
  }
  if (o.asOf !== undefined) p.asOf = o.asOf;
  if (o.period !== undefined) p.period = o.period;
  if (o.baseYear !== undefined) p.baseYear = o.baseYear;
  if (isSource(o.source)) p.source = o.source;
  if (file !== undefined) p.file = file;
  p.index = index;
  return p;
}

function isSource(x: unknown): x is Source {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as Source).report === 'string' &&
    typeof (x as Source).quote === 'string'
  );
}

function extendCatalog(base: Catalog, raw: readonly unknown[]): Catalog {
  const own: { value: Indicator; index: number }[] = [];
  raw.forEach((r, index) => {
    const p = IndicatorSchema.safeParse(r);
    if (p.success && base.get(p.data.id) === undefined) own.push({ value: p.data, index });
  });
  return own.length === 0 ? base : mergeCatalog(base, own).catalog;
}
