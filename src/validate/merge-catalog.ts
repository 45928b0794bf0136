import type { Catalog } from '../catalog/catalog.js';
import { checkCatalogFrom } from '../catalog/check-catalog.js';
import { checkDimensions, mergeDimensions } from '../catalog/check-dimensions.js';
import type { Issue } from '../errors.js';
import type { Dimension } from '../model/dimension.js';
import type { Indicator } from '../model/indicator.js';
import type { Relation } from '../model/relation.js';

/** Definitions a dataset adds to the catalog, each with its index in the dataset's array. */
export interface DatasetDefinitions {
  /** The dataset's `indicators`. */
  readonly indicators?: readonly { readonly value: Indicator; readonly index: number }[];
  /** The dataset's `dimensions`. */
  readonly dimensions?: readonly { readonly value: Dimension; readonly index: number }[];
  /** The dataset's `relations`. */
  readonly relations?: readonly { readonly value: Relation; readonly index: number }[];
}

/**
 * A base catalog plus a dataset's own indicators, dimensions and relations, built leniently: a definition with
 * problems (a formula naming an unknown indicator …) is still usable, and its problems come back as issues with
 * dataset paths (`indicators[2].formulas[0]`, `dimensions[0].members[3].id`, `relations[1]`). An indicator id the
 * base already defines is skipped (`duplicate_indicator`); a dimension with a base dimension's id adds its
 * members and indicators to it; a relation with errors is left out.
 *
 * @param base - the catalog to extend
 * @param own - the dataset's definitions with their indexes (an array: indicators only, as before)
 * @returns the merged catalog and the problems found in the dataset's definitions
 * @example
 * ```ts
 * const { catalog, issues } = mergeCatalog(defaultCatalog, { indicators: [{ value: myIndicator, index: 0 }] });
 * ```
 */
export function mergeCatalog(
  base: Catalog,
  own: DatasetDefinitions | readonly { readonly value: Indicator; readonly index: number }[],
): { catalog: Catalog; issues: Issue[] } {
  const defs: DatasetDefinitions = Array.isArray(own) ? { indicators: own } : (own as DatasetDefinitions);
  const added: { value: Indicator; index: number }[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const o of defs.indicators ?? []) {
    if (base.get(o.value.id) !== undefined || seen.has(o.value.id)) {
      issues.push({
        code: 'duplicate_indicator',
        severity: 'error',
        path: `indicators[${o.index}].id`,
        message: `Indicator "${o.value.id}" is already defined`,
        messageZh: `指标“${o.value.id}”已有定义`,
        details: { indicator: o.value.id },
      });
      continue;
    }
    seen.add(o.value.id);
    added.push(o);
  }
  const ownDimensions = defs.dimensions ?? [];
  const ownRelations = defs.relations ?? [];
  if (added.length === 0 && ownDimensions.length === 0 && ownRelations.length === 0) {
    return { catalog: base, issues };
  }
  const indicators = [...base.indicators, ...added.map((a) => a.value)];
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const baseDimensions = base.dimensions ?? [];
  const dimensionProblems = checkDimensions(
    ownDimensions.map((d) => d.value),
    baseDimensions,
    byId,
  );
  for (const p of dimensionProblems) issues.push(rebase(p, 'dimensions', (k) => ownDimensions[k]?.index));
  // A dimension whose definition has errors is still merged: its members are what observations name.
  const dimensions = mergeDimensions(
    baseDimensions,
    ownDimensions.map((d) => d.value),
  );
  const relationsAll = [...base.relations, ...ownRelations.map((r) => r.value)];
  const offset = base.indicators.length;
  const relOffset = base.relations.length;
  let problems: Issue[] = [];
  try {
    problems = checkCatalogFrom({ indicators, relations: relationsAll, dimensions }, offset, relOffset);
  } catch {
    problems = [];
  }
  const badRelations = new Set<number>();
  for (const p of problems) {
    if (p.severity !== 'error') continue;
    // Only the dataset's own definitions are the user's to fix; re-base their paths onto the dataset.
    const m = /^(indicators|relations)\[(\d+)\](.*)$/.exec(p.path);
    if (m === null) continue;
    const k = Number(m[2]) - (m[1] === 'indicators' ? offset : relOffset);
    const index = m[1] === 'indicators' ? added[k]?.index : ownRelations[k]?.index;
    if (k < 0 || index === undefined) continue;
    if (m[1] === 'relations') badRelations.add(k);
    issues.push({ ...p, path: `${m[1]}[${index}]${m[3]}` });
  }
  const relations =
    badRelations.size === 0
      ? relationsAll
      : [...base.relations, ...ownRelations.filter((_, k) => !badRelations.has(k)).map((r) => r.value)];
  const catalog: Catalog = { indicators, relations, dimensions, get: (id) => byId.get(id) };
  return { catalog, issues };
}

function rebase(p: Issue, field: string, indexOf: (k: number) => number | undefined): Issue {
  // `field[12].rest` → `field[index].rest`, read without building a regular expression from the field name.
  const prefix = `${field}[`;
  if (!p.path.startsWith(prefix)) return p;
  const close = p.path.indexOf(']', prefix.length);
  const digits = close === -1 ? '' : p.path.slice(prefix.length, close);
  if (!/^\d+$/.test(digits)) return p;
  const index = indexOf(Number(digits));
  return index === undefined ? p : { ...p, path: `${field}[${index}]${p.path.slice(close + 1)}` };
}
