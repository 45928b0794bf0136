import type { Dataset } from '../../src/model/dataset.js';
import type { Observation } from '../../src/model/observation.js';

/** Which observations of an indicator a corpus test means: its cell, measure, year and jurisdiction. */
export interface CellFilter {
  /** The cell: exactly these dimensions (none when omitted). */
  readonly dimensions?: Readonly<Record<string, string>>;
  /** `level` when omitted. */
  readonly measure?: string;
  /** The dataset's report year when omitted. */
  readonly year?: number;
  /** The dataset's report jurisdiction when omitted. */
  readonly jurisdiction?: string;
  /** A fragment the quote must contain, to tell restated figures apart. */
  readonly quoteIncludes?: string;
}

const sameDimensions = (
  a: Readonly<Record<string, string>> | undefined,
  b: Readonly<Record<string, string>>,
) => {
  const ka = Object.keys(a ?? {});
  return ka.length === Object.keys(b).length && ka.every((k) => a?.[k] === b[k]);
};

/** The observations of an indicator in one cell (exact dimensions, measure, year and jurisdiction). */
export function cells(dataset: Dataset, indicator: string, filter: CellFilter = {}): Observation[] {
  const report = dataset.reports?.[0];
  const year = filter.year ?? report?.year;
  const jurisdiction = filter.jurisdiction ?? report?.jurisdiction;
  const measure = filter.measure ?? 'level';
  return dataset.observations.filter(
    (o) =>
      o.indicator === indicator &&
      o.year === year &&
      o.jurisdiction === jurisdiction &&
      (o.measure ?? 'level') === measure &&
      sameDimensions(o.dimensions, filter.dimensions ?? {}) &&
      (filter.quoteIncludes === undefined || (o.source?.quote.includes(filter.quoteIncludes) ?? false)),
  );
}

/**
 * The value of the one observation in a cell, as a string. Restatements of the same figure (a table total that
 * repeats the text) are allowed when they agree; throws when there is none or when they disagree.
 */
export function cellValue(dataset: Dataset, indicator: string, filter: CellFilter = {}): string {
  const found = cells(dataset, indicator, filter);
  const values = [...new Set(found.map((o) => String(o.value)))];
  if (values.length !== 1) {
    throw new Error(
      `expected one value for ${indicator} ${JSON.stringify(filter)}, found ${found.length} observations (${values.join(', ')})`,
    );
  }
  return values[0] as string;
}

/** The values of every member of a dimension given in a dataset, by member id (level measure, report year). */
export function members(
  dataset: Dataset,
  indicator: string,
  dimension: string,
  filter: Omit<CellFilter, 'dimensions'> & { readonly fixed?: Readonly<Record<string, string>> } = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  const report = dataset.reports?.[0];
  for (const o of dataset.observations) {
    const dims = o.dimensions ?? {};
    const member = dims[dimension];
    if (o.indicator !== indicator || member === undefined) continue;
    if ((o.measure ?? 'level') !== (filter.measure ?? 'level')) continue;
    if (o.year !== (filter.year ?? report?.year)) continue;
    if (o.jurisdiction !== (filter.jurisdiction ?? report?.jurisdiction)) continue;
    const rest = Object.fromEntries(Object.entries(dims).filter(([k]) => k !== dimension));
    if (!sameDimensions(rest, filter.fixed ?? {})) continue;
    out[member] = String(o.value);
  }
  return out;
}
