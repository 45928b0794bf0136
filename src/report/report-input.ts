import type { Issue } from '../errors.js';
import type { Dimension } from '../model/dimension.js';
import type { Jurisdiction } from '../model/jurisdiction.js';
import type { ReportYear } from '../model/report.js';
import type { Target } from '../model/target.js';
import { createPanelBuilder, type PanelOptions } from '../panel/build-panel.js';
import type { Panel } from '../panel/panel.js';
import type { ValidateOptions } from '../validate/types.js';
import { validateDataset } from '../validate/validate-dataset.js';

/** A finding of the validator with the file it concerns. */
export interface ReportIssue extends Issue {
  /** The data file, as displayed. */
  readonly file: string;
}

/** What a report is made of: the panel, the validator's findings, and the datasets' metadata. */
export interface ReportInput {
  /** The figures. */
  readonly panel: Panel;
  /** The validator's findings, each with its file. */
  readonly issues: readonly ReportIssue[];
  /** The source reports the datasets declare (for links and titles). */
  readonly reports: readonly ReportYear[];
  /** The plan targets the datasets give. */
  readonly targets: readonly (Target & { readonly file?: string })[];
  /** The jurisdictions the datasets describe (names in both languages). */
  readonly jurisdictions: readonly Jurisdiction[];
  /** The data files, as displayed. */
  readonly files: readonly string[];
  /** Dimensions the datasets declare themselves (the catalog's are known anyway), for member names. */
  readonly dimensions?: readonly Dimension[];
}

/** A parsed dataset and the file it came from. */
export interface NamedDataset {
  /** The file, as it should be displayed. */
  readonly file: string;
  /** The parsed JSON dataset. */
  readonly data: unknown;
}

/** Collects the metadata of datasets (reports, targets, jurisdictions) for a report. */
export interface MetadataCollector {
  /**
   * Takes the metadata of one dataset.
   * @param data - a parsed dataset
   * @param file - its file
   */
  add(data: unknown, file: string): void;
  /** The reports, targets and jurisdictions collected, each once. */
  readonly reports: ReportYear[];
  readonly targets: (Target & { readonly file?: string })[];
  readonly jurisdictions: Jurisdiction[];
  readonly dimensions: Dimension[];
}

/**
 * A collector of dataset metadata: reports (once per id), targets and jurisdictions (once per code).
 *
 * @returns the collector
 * @example
 * ```ts
 * const meta = collectMetadata(); meta.add(dataset, 'a.json'); meta.reports
 * ```
 */
export function collectMetadata(): MetadataCollector {
  const reports = new Map<string, ReportYear>();
  const jurisdictions = new Map<string, Jurisdiction>();
  const targets: (Target & { file?: string })[] = [];
  const dimensions = new Map<string, Dimension>();
  const list = (d: unknown, key: string): unknown[] => {
    const v = typeof d === 'object' && d !== null ? (d as Record<string, unknown>)[key] : undefined;
    return Array.isArray(v) ? v : [];
  };
  const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
  return {
    add(data, file) {
      for (const r of list(data, 'reports')) {
        if (isObject(r) && typeof r.id === 'string' && !reports.has(r.id)) reports.set(r.id, r as ReportYear);
      }
      for (const j of list(data, 'jurisdictions')) {
        if (
          isObject(j) &&
          typeof j.code === 'string' &&
          typeof j.name === 'string' &&
          !jurisdictions.has(j.code)
        ) {
          jurisdictions.set(j.code, j as Jurisdiction);
        }
      }
      for (const d of list(data, 'dimensions')) {
        if (isObject(d) && typeof d.id === 'string' && Array.isArray(d.members) && !dimensions.has(d.id)) {
          dimensions.set(d.id, d as Dimension);
        }
      }
      for (const t of list(data, 'targets')) {
        if (isObject(t) && typeof t.jurisdiction === 'string' && typeof t.indicator === 'string') {
          targets.push({ ...(t as Target), file });
        }
      }
    },
    get reports() {
      return [...reports.values()];
    },
    get targets() {
      return targets;
    },
    get jurisdictions() {
      return [...jurisdictions.values()];
    },
    get dimensions() {
      return [...dimensions.values()];
    },
  };
}

/**
 * Builds a report's input from parsed datasets: validates each (with the given options, e.g. the division table),
 * builds one panel of all, and collects their reports, targets and jurisdictions.
 *
 * @param datasets - the datasets and their file names
 * @param options - validation options and the panel's `within`
 * @returns the report input
 * @example
 * ```ts
 * const input = reportInput([{ file: 'a.json', data }], { validate: { divisions: divisionLookup } });
 * ```
 */
export function reportInput(
  datasets: readonly NamedDataset[],
  options: { readonly validate?: ValidateOptions; readonly panel?: PanelOptions } = {},
): ReportInput {
  const builder = createPanelBuilder(options.panel);
  const meta = collectMetadata();
  const issues: ReportIssue[] = [];
  for (const { file, data } of datasets) {
    builder.addDataset(data, file);
    meta.add(data, file);
    for (const i of validateDataset(data, options.validate).issues) issues.push({ ...i, file });
  }
  return {
    panel: builder.finish(),
    issues,
    reports: meta.reports,
    targets: meta.targets,
    jurisdictions: meta.jurisdictions,
    dimensions: meta.dimensions,
    files: datasets.map((d) => d.file),
  };
}
