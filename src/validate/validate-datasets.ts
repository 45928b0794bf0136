import type { Issue } from '../errors.js';
import { createPanelChecker } from './panel.js';
import type { ValidateOptions, ValidationResult } from './types.js';
import { validateDataset } from './validate-dataset.js';

/** Options of {@link validateDatasets}: those of `validateDataset`, plus a name for each dataset. */
export interface ValidateDatasetsOptions extends ValidateOptions {
  /** A name per dataset (its file), used in messages and `details`; `datasets[k]` by default. */
  readonly names?: readonly string[];
}

/** What {@link validateDatasets} found: each dataset on its own, and the panel as a whole. */
export interface PanelValidationResult extends ValidationResult {
  /** Each dataset's own result, in input order, with its name. */
  readonly datasets: readonly { readonly name: string; readonly result: ValidationResult }[];
}

/**
 * Validates several datasets (the reports of a folder) one by one and as one panel: the same figure printed by
 * two reports is `corroborated` (info) when they agree and a `conflicting_observation` (error) naming both
 * files and quotes when they do not; a change (this year's 同比) or share whose levels are in another report is
 * checked against them. `issues` holds the panel's own findings (each with `details.file`, the dataset whose
 * observation `path` points into); `counts` adds every dataset's; `ok` is `false` when any dataset or the panel
 * has an error. Memory of the panel checks grows with the jurisdiction-years compared, not with the panel.
 *
 * @param datasets - the datasets, as parsed from JSON (anything)
 * @param options - those of `validateDataset`, and `names` for the datasets
 * @returns `{ ok, issues, counts, observations, datasets }`
 * @example
 * ```ts
 * const r = validateDatasets([a, b], { names: ['2023.json', '2024.json'] });
 * r.datasets[0]?.result.ok; // the first file on its own
 * r.issues;                 // what the files say about each other
 * ```
 */
export function validateDatasets(
  datasets: readonly unknown[],
  options: ValidateDatasetsOptions = {},
): PanelValidationResult {
  const { names, ...single } = options;
  const named = datasets.map((dataset, k) => ({ name: names?.[k] ?? `datasets[${k}]`, dataset }));
  const results = named.map(({ name, dataset }) => ({ name, result: validateDataset(dataset, single) }));
  const panelIssues: Issue[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  const emit = (i: Issue): void => {
    counts[i.severity]++;
    if (options.onIssue) options.onIssue(i);
    else panelIssues.push(i);
  };
  // What the files say about each other: figures two of them print, and changes and shares whose levels are in
  // another file — in two passes that keep only the groups compared.
  const panel = createPanelChecker(single);
  const lists = named.map(({ name, dataset }) => {
    const list = (dataset as { observations?: unknown } | null)?.observations;
    return { name, list: Array.isArray(list) ? (list as unknown[]) : [] };
  });
  if (named.length > 1 || lists.some((l) => l.list.length > 0)) {
    for (const { name, list } of lists) for (let i = 0; i < list.length; i++) panel.scan(name, list[i], i);
    if (panel.needsSecondPass()) {
      for (const { name, list } of lists)
        for (let i = 0; i < list.length; i++) panel.collect(name, list[i], i);
    }
    for (const { file, issue } of panel.finish()) {
      emit({ ...issue, details: { ...issue.details, file } });
    }
  }
  let observations = 0;
  for (const { result } of results) {
    counts.error += result.counts.error;
    counts.warning += result.counts.warning;
    counts.info += result.counts.info;
    observations += result.observations;
  }
  return { ok: counts.error === 0, issues: panelIssues, counts, observations, datasets: results };
}
