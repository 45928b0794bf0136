import { type Issue, issue } from '../errors.js';
import type { Dimension } from '../model/dimension.js';
import { type Indicator, IndicatorSchema } from '../model/indicator.js';
import { type Relation, RelationSchema } from '../model/relation.js';
import { isUnit } from '../model/unit.js';
import { getArea } from './areas.js';
import type { Catalog } from './catalog.js';
import { checkDimensions, checkSlice } from './check-dimensions.js';
import { formulaIndicatorIds, relationIndicatorIds } from './relation-ids.js';

/** Kinds whose values can be numerators and denominators of a rate, or terms of a relation. */
const ADDITIVE_KINDS: ReadonlySet<string> = new Set(['count', 'stock', 'amount']);

/**
 * Every code {@link checkCatalog} can return; `unknown_area`, `aggregation_mismatch` and `stock_flow_kinds` are
 * warnings, the rest errors.
 *
 * @example
 * ```ts
 * CATALOG_ISSUE_CODES.includes('duplicate_indicator') // true
 * ```
 */
export const CATALOG_ISSUE_CODES = Object.freeze([
  'invalid_indicator',
  'duplicate_indicator',
  'unknown_unit',
  'unknown_area',
  'rate_aggregates',
  'aggregation_mismatch',
  'formula_on_non_rate',
  'unknown_indicator_reference',
  'formula_term_not_count',
  'unit_mismatch_in_formula',
  'invalid_relation',
  'duplicate_relation',
  'relation_on_non_additive',
  'unit_mismatch_in_relation',
  'stock_flow_kinds',
  'invalid_dimension',
  'duplicate_dimension',
  'duplicate_member',
  'unknown_member_reference',
  'invalid_slice',
] as const);

/**
 * Checks a catalog's own consistency: valid and unique indicator ids, known units, rate formulas that name
 * existing count (or stock) indicators of one unit, relations with unique ids that name existing additive
 * indicators of one unit, dimensions with unique ids and members that name existing indicators, and indicators
 * that are cells of others (`sliceOf`). {@link createCatalog} throws on the `error` issues this returns.
 *
 * Codes: `invalid_indicator`, `duplicate_indicator`, `unknown_unit`, `unknown_area` (warning),
 * `rate_aggregates`, `aggregation_mismatch` (warning), `formula_on_non_rate`, `unknown_indicator_reference`,
 * `formula_term_not_count`, `unit_mismatch_in_formula`, `invalid_relation`, `duplicate_relation`,
 * `relation_on_non_additive`, `unit_mismatch_in_relation`, `stock_flow_kinds` (warning), `invalid_dimension`,
 * `duplicate_dimension`, `duplicate_member`, `unknown_member_reference`, `invalid_slice`.
 *
 * @param catalog - the indicators and relations to check
 * @returns every problem found, errors and warnings; empty when the catalog is consistent
 * @example
 * ```ts
 * checkCatalog(defaultCatalog) // []
 * checkCatalog({ indicators: [], relations: [myRelation] })[0]?.code // 'unknown_indicator_reference'
 * ```
 */
export function checkCatalog(catalog: Pick<Catalog, 'indicators' | 'relations' | 'dimensions'>): Issue[] {
  return checkCatalogFrom(catalog, 0, 0, true);
}

/**
 * {@link checkCatalog} that trusts the first `fromIndicator` indicators and `fromRelation` relations (a base
 * catalog checked when it was built) and checks only what follows, against everything.
 * @param catalog - the indicators, relations and dimensions
 * @param fromIndicator - index of the first indicator to check
 * @param fromRelation - index of the first relation to check
 * @param withDimensions - also check the dimension definitions (callers that checked them already pass false)
 * @returns the problems found in the checked part
 * @example
 * ```ts
 * checkCatalogFrom(merged, base.indicators.length, base.relations.length)
 * ```
 * @internal
 */
export function checkCatalogFrom(
  catalog: Pick<Catalog, 'indicators' | 'relations' | 'dimensions'>,
  fromIndicator: number,
  fromRelation: number,
  withDimensions = false,
): Issue[] {
  const problems: Issue[] = [];
  const byId = new Map<string, Indicator>();
  catalog.indicators.forEach((ind, i) => {
    if (i >= fromIndicator) checkIndicator(ind, `indicators[${i}]`, byId, problems);
    if (typeof ind.id === 'string' && !byId.has(ind.id)) byId.set(ind.id, ind);
  });
  const dimensions = catalog.dimensions ?? [];
  if (withDimensions) problems.push(...checkDimensions(dimensions, [], byId));
  const dimsById = new Map<string, Dimension>(dimensions.map((d) => [d.id, d]));
  catalog.indicators.forEach((ind, i) => {
    if (i < fromIndicator) return;
    checkFormulas(ind, `indicators[${i}]`, byId, problems);
    if (ind.sliceOf !== undefined) problems.push(...checkSlice(ind, `indicators[${i}]`, byId, dimsById));
  });
  const relationIds = new Set<string>();
  catalog.relations.forEach((rel, i) => {
    if (i >= fromRelation) checkRelation(rel, `relations[${i}]`, byId, relationIds, problems);
    else relationIds.add(rel.id);
  });
  return problems;
}

function checkIndicator(ind: Indicator, path: string, byId: Map<string, Indicator>, out: Issue[]): void {
  const parsed = IndicatorSchema.safeParse(ind);
  if (!parsed.success) {
    out.push(
      issue(
        'invalid_indicator',
        'error',
        path,
        `Indicator "${String(ind.id)}" is not a valid definition: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
        `指标“${String(ind.id)}”定义无效`,
        {
          indicator: ind.id,
          problems: parsed.error.issues.map((x) => ({ path: x.path, message: x.message })),
        },
      ),
    );
    return;
  }
  if (byId.has(ind.id)) {
    out.push(
      issue(
        'duplicate_indicator',
        'error',
        `${path}.id`,
        `Indicator "${ind.id}" is defined twice`,
        `指标“${ind.id}”重复定义`,
        { indicator: ind.id },
      ),
    );
  }
  if (!isUnit(ind.unit)) {
    out.push(
      issue(
        'unknown_unit',
        'error',
        `${path}.unit`,
        `Indicator "${ind.id}" has unknown unit "${ind.unit}"`,
        `指标“${ind.id}”的单位“${ind.unit}”无法识别`,
        { indicator: ind.id, unit: ind.unit },
      ),
    );
  }
  if (ind.area !== undefined && getArea(ind.area) === undefined) {
    out.push(
      issue(
        'unknown_area',
        'warning',
        `${path}.area`,
        `Indicator "${ind.id}" names area "${ind.area}", which is not one of fazhi's areas`,
        `指标“${ind.id}”所属领域“${ind.area}”不在内置领域列表中`,
        { indicator: ind.id, area: ind.area },
      ),
    );
  }
  const nonAdditive = ind.kind === 'rate' || ind.kind === 'change';
  if (nonAdditive && ind.aggregation !== 'none') {
    out.push(
      issue(
        'rate_aggregates',
        'error',
        `${path}.aggregation`,
        `Indicator "${ind.id}" is a ${ind.kind} and cannot aggregate by "${ind.aggregation}"; use "none"`,
        `指标“${ind.id}”为比率或变化量，不能跨地区相加，聚合方式应为 none`,
        { indicator: ind.id, kind: ind.kind, aggregation: ind.aggregation },
      ),
    );
  }
  const expected =
    ind.kind === 'stock' ? 'sameDate' : ind.kind === 'count' || ind.kind === 'amount' ? 'sum' : undefined;
  if (expected !== undefined && ind.aggregation !== expected) {
    out.push(
      issue(
        'aggregation_mismatch',
        'warning',
        `${path}.aggregation`,
        `Indicator "${ind.id}" is a ${ind.kind}; such indicators usually aggregate by "${expected}", not "${ind.aggregation}"`,
        `指标“${ind.id}”的聚合方式“${ind.aggregation}”与其类型不符，通常应为“${expected}”`,
        { indicator: ind.id, kind: ind.kind, aggregation: ind.aggregation, expected },
      ),
    );
  }
}

function checkFormulas(ind: Indicator, path: string, byId: Map<string, Indicator>, out: Issue[]): void {
  const formulas = Array.isArray(ind.formulas) ? ind.formulas : [];
  if (formulas.length > 0 && ind.kind !== 'rate') {
    out.push(
      issue(
        'formula_on_non_rate',
        'error',
        `${path}.formulas`,
        `Indicator "${ind.id}" has formulas but is a ${ind.kind}, not a rate`,
        `指标“${ind.id}”不是比率，却定义了计算公式`,
        { indicator: ind.id, kind: ind.kind },
      ),
    );
  }
  formulas.forEach((formula, f) => {
    const fpath = `${path}.formulas[${f}]`;
    const units = new Set<string>();
    for (const term of formulaIndicatorIds(formula)) {
      const target = byId.get(term);
      if (target === undefined) {
        out.push(
          unknownReference(
            fpath,
            term,
            `Formula "${formula.basis}" of "${ind.id}"`,
            `指标“${ind.id}”的公式`,
            ind.id,
          ),
        );
        continue;
      }
      units.add(target.unit);
      if (target.kind !== 'count' && target.kind !== 'stock') {
        out.push(
          issue(
            'formula_term_not_count',
            'error',
            fpath,
            `Formula "${formula.basis}" of "${ind.id}" uses "${term}", a ${target.kind}; rates divide counts`,
            `指标“${ind.id}”的公式使用了非计数指标“${term}”`,
            { indicator: ind.id, basis: formula.basis, term, kind: target.kind },
          ),
        );
      }
    }
    if (units.size > 1) {
      out.push(
        issue(
          'unit_mismatch_in_formula',
          'error',
          fpath,
          `Formula "${formula.basis}" of "${ind.id}" mixes units ${[...units].join(', ')}`,
          `指标“${ind.id}”的公式混用了不同单位：${[...units].join('、')}`,
          { indicator: ind.id, basis: formula.basis, units: [...units] },
        ),
      );
    }
  });
}

function checkRelation(
  rel: Relation,
  path: string,
  byId: Map<string, Indicator>,
  seen: Set<string>,
  out: Issue[],
): void {
  const parsed = RelationSchema.safeParse(rel);
  if (!parsed.success) {
    out.push(
      invalidRelation(
        path,
        rel,
        parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '),
      ),
    );
    return;
  }
  if (seen.has(rel.id)) {
    out.push(
      issue(
        'duplicate_relation',
        'error',
        `${path}.id`,
        `Relation "${rel.id}" is defined twice`,
        `关系“${rel.id}”重复定义`,
        { relation: rel.id },
      ),
    );
  }
  seen.add(rel.id);
  const ids = relationIndicatorIds(rel);
  if (new Set(ids).size !== ids.length) {
    out.push(invalidRelation(path, rel, 'it names the same indicator twice'));
  }
  const units = new Set<string>();
  for (const id of ids) {
    const target = byId.get(id);
    if (target === undefined) {
      out.push(unknownReference(path, id, `Relation "${rel.id}"`, `关系“${rel.id}”`, rel.id));
      continue;
    }
    units.add(target.unit);
    if (!ADDITIVE_KINDS.has(target.kind)) {
      out.push(
        issue(
          'relation_on_non_additive',
          'error',
          path,
          `Relation "${rel.id}" uses "${id}", a ${target.kind}; only counts, stocks and amounts add up`,
          `关系“${rel.id}”使用了不可相加的指标“${id}”`,
          { relation: rel.id, indicator: id, kind: target.kind },
        ),
      );
    }
  }
  if (units.size > 1) {
    out.push(
      issue(
        'unit_mismatch_in_relation',
        'error',
        path,
        `Relation "${rel.id}" mixes units ${[...units].join(', ')}`,
        `关系“${rel.id}”混用了不同单位：${[...units].join('、')}`,
        { relation: rel.id, units: [...units] },
      ),
    );
  }
  if (rel.kind === 'stockFlow') {
    const wrong = [rel.end, rel.start].filter((id) => {
      const kind = byId.get(id)?.kind;
      return kind !== undefined && kind !== 'stock';
    });
    if (wrong.length > 0) {
      out.push(
        issue(
          'stock_flow_kinds',
          'warning',
          path,
          `Stock-flow relation "${rel.id}" has end or start that are not stocks: ${wrong.join(', ')}`,
          `存量流量关系“${rel.id}”的期初或期末不是存量指标：${wrong.join('、')}`,
          { relation: rel.id, indicators: wrong },
        ),
      );
    }
  }
}

function unknownReference(path: string, id: string, where: string, whereZh: string, owner: string): Issue {
  return issue(
    'unknown_indicator_reference',
    'error',
    path,
    `${where} names unknown indicator "${id}"`,
    `${whereZh}引用了不存在的指标“${id}”`,
    { indicator: id, owner },
  );
}

function invalidRelation(path: string, rel: Relation, why: string): Issue {
  return issue(
    'invalid_relation',
    'error',
    path,
    `Relation "${String(rel.id)}" is not valid: ${why}`,
    `关系“${String(rel.id)}”定义无效：${why}`,
    { relation: rel.id },
  );
}
