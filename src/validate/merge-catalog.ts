import type { Catalog } from '../catalog/catalog.js';
import { checkCatalog } from '../catalog/check-catalog.js';
import type { Issue } from '../errors.js';
import type { Indicator } from '../model/indicator.js';

/**
 * A base catalog plus a dataset's own indicators, built leniently: a definition with problems (a formula naming
 * an unknown indicator …) is still usable, and its problems come back as issues with dataset paths
 * (`indicators[2].formulas[0]`). An id the base already defines is skipped (`duplicate_indicator`).
 *
 * @param base - the catalog to extend
 * @param own - the dataset's indicators with their index in `indicators`
 * @returns the merged catalog and the problems found in the dataset's definitions
 * @example
 * ```ts
 * const { catalog, issues } = mergeCatalog(defaultCatalog, [{ value: myIndicator, index: 0 }]);
 * ```
 */
export function mergeCatalog(
  base: Catalog,
  own: readonly { readonly value: Indicator; readonly index: number }[],
): { catalog: Catalog; issues: Issue[] } {
  const added: { value: Indicator; index: number }[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const o of own) {
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
  if (added.length === 0) return { catalog: base, issues };
  const indicators = [...base.indicators, ...added.map((a) => a.value)];
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const catalog: Catalog = { indicators, relations: base.relations, get: (id) => byId.get(id) };
  const offset = base.indicators.length;
  let problems: Issue[] = [];
  try {
    problems = checkCatalog(catalog);
  } catch {
    problems = [];
  }
  for (const p of problems) {
    // Only the dataset's own definitions are the user's to fix; re-base their paths onto the dataset.
    const m = /^indicators\[(\d+)\](.*)$/.exec(p.path);
    const k = m ? Number(m[1]) - offset : -1;
    const a = k >= 0 ? added[k] : undefined;
    if (m === null || a === undefined || p.severity !== 'error') continue;
    issues.push({ ...p, path: `indicators[${a.index}]${m[2]}` });
  }
  return { catalog, issues };
}
