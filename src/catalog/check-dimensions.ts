/** Consistency checks of dimension definitions and of the indicators that are cells of others (`sliceOf`). */
import { type Issue, issue } from '../errors.js';
import { appliesTo, type Dimension, DimensionSchema } from '../model/dimension.js';
import type { Indicator } from '../model/indicator.js';

/**
 * Checks dimension definitions: the schema, unique ids (a definition whose id is a `base` dimension extends it, and
 * its members must then be new), members named by `parts`, and indicators named by `indicators`. Paths are
 * `dimensions[k]…`, `k` indexing `dimensions`.
 *
 * Codes: `invalid_dimension`, `duplicate_dimension`, `duplicate_member`, `unknown_member_reference`,
 * `unknown_indicator_reference`.
 *
 * @param dimensions - the definitions to check
 * @param base - dimensions already checked, which these may extend
 * @param indicators - every indicator of the catalog, by id
 * @returns the problems found (all errors)
 * @example
 * ```ts
 * checkDimensions(dataset.dimensions ?? [], defaultCatalog.dimensions ?? [], byId)
 * ```
 */
export function checkDimensions(
  dimensions: readonly Dimension[],
  base: readonly Dimension[],
  indicators: ReadonlyMap<string, Indicator>,
): Issue[] {
  const out: Issue[] = [];
  const baseById = new Map(base.map((d) => [d.id, d]));
  const seen = new Map<string, Set<string>>();
  dimensions.forEach((d, k) => {
    const path = `dimensions[${k}]`;
    const parsed = DimensionSchema.safeParse(d);
    if (!parsed.success) {
      out.push(
        issue(
          'invalid_dimension',
          'error',
          path,
          `Dimension "${String(d?.id)}" is not a valid definition: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
          `维度“${String(d?.id)}”定义无效`,
          { dimension: d?.id },
        ),
      );
      return;
    }
    let members = seen.get(d.id);
    if (members !== undefined) {
      out.push(
        issue(
          'duplicate_dimension',
          'error',
          `${path}.id`,
          `Dimension "${d.id}" is defined twice`,
          `维度“${d.id}”重复定义`,
          { dimension: d.id },
        ),
      );
    } else {
      members = new Set((baseById.get(d.id)?.members ?? []).map((m) => m.id));
      seen.set(d.id, members);
    }
    const own = members;
    d.members.forEach((m, i) => {
      if (own.has(m.id)) {
        out.push(
          issue(
            'duplicate_member',
            'error',
            `${path}.members[${i}].id`,
            `Dimension "${d.id}" has member "${m.id}" twice`,
            `维度“${d.id}”的成员“${m.id}”重复`,
            { dimension: d.id, member: m.id },
          ),
        );
      }
      own.add(m.id);
    });
    d.members.forEach((m, i) => {
      for (const p of m.parts ?? []) {
        if (p === m.id || !own.has(p)) {
          out.push(
            issue(
              'unknown_member_reference',
              'error',
              `${path}.members[${i}].parts`,
              `Member "${m.id}" of dimension "${d.id}" is made of "${p}", which is not another member of it`,
              `维度“${d.id}”的成员“${m.id}”引用了不存在的成员“${p}”`,
              { dimension: d.id, member: m.id, part: p },
            ),
          );
        }
      }
    });
    d.indicators.forEach((p, i) => {
      if (!p.endsWith('.*') && !indicators.has(p)) {
        out.push(
          issue(
            'unknown_indicator_reference',
            'error',
            `${path}.indicators[${i}]`,
            `Dimension "${d.id}" names unknown indicator "${p}"`,
            `维度“${d.id}”引用了不存在的指标“${p}”`,
            { indicator: p, owner: d.id },
          ),
        );
      }
    });
  });
  return out;
}

/**
 * Dimensions with extensions merged in: a definition whose id is already present adds its members and
 * indicators to it; a new id is appended. Nothing is mutated.
 *
 * @param base - the dimensions so far
 * @param added - definitions to add
 * @returns the merged list, in order of first definition
 * @example
 * ```ts
 * mergeDimensions(defaultCatalog.dimensions ?? [], dataset.dimensions ?? [])
 * ```
 */
export function mergeDimensions(base: readonly Dimension[], added: readonly Dimension[]): Dimension[] {
  if (added.length === 0) return [...base];
  const out = [...base];
  const at = new Map(out.map((d, i) => [d.id, i]));
  for (const d of added) {
    const i = at.get(d.id);
    if (i === undefined) {
      at.set(d.id, out.length);
      out.push(d);
      continue;
    }
    const prev = out[i] as Dimension;
    const ids = new Set(prev.members.map((m) => m.id));
    out[i] = {
      ...prev,
      members: [...prev.members, ...d.members.filter((m) => !ids.has(m.id))],
      indicators: [...new Set([...prev.indicators, ...d.indicators])],
    };
  }
  return out;
}

/**
 * Checks an indicator's `sliceOf`: the indicator it is a cell of exists, has the same unit, and can be broken
 * down by each named dimension, whose members exist.
 *
 * Code: `invalid_slice`.
 *
 * @param ind - the indicator
 * @param path - its path (`indicators[3]`)
 * @param indicators - every indicator, by id
 * @param dimensions - every dimension, by id
 * @returns the problems found
 * @example
 * ```ts
 * checkSlice(getIndicator('legalAid.criminalCases'), 'indicators[0]', byId, dims) // []
 * ```
 */
export function checkSlice(
  ind: Indicator,
  path: string,
  indicators: ReadonlyMap<string, Indicator>,
  dimensions: ReadonlyMap<string, Dimension>,
): Issue[] {
  const s = ind.sliceOf;
  if (s === undefined) return [];
  const problems: string[] = [];
  const whole = indicators.get(s.indicator);
  if (whole === undefined) problems.push(`"${s.indicator}" is not an indicator`);
  else if (whole.id === ind.id) problems.push('it names itself');
  else if (whole.unit !== ind.unit) problems.push(`"${s.indicator}" counts ${whole.unit}, not ${ind.unit}`);
  const entries = Object.entries(s.dimensions);
  if (entries.length === 0) problems.push('it names no dimension');
  for (const [dim, m] of entries) {
    const d = dimensions.get(dim);
    if (d === undefined) problems.push(`"${dim}" is not a dimension`);
    else if (!d.members.some((x) => x.id === m)) problems.push(`"${m}" is not a member of "${dim}"`);
    else if (!appliesTo(d, s.indicator)) problems.push(`"${s.indicator}" is not broken down by "${dim}"`);
  }
  if (problems.length === 0) return [];
  return [
    issue(
      'invalid_slice',
      'error',
      `${path}.sliceOf`,
      `Indicator "${ind.id}" cannot be a cell of "${s.indicator}": ${problems.join('; ')}`,
      `指标“${ind.id}”不能作为“${s.indicator}”的分项：${problems.join('；')}`,
      { indicator: ind.id, sliceOf: s.indicator, problems },
    ),
  ];
}
