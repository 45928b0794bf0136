import { compareReported } from '../compare-reported.js';
import type { Division } from '../divisions/division.js';
import type { DivisionTree } from '../divisions/lookup.js';
import { type Issue, issue } from '../errors.js';
import * as arith from '../internal/arith.js';
import type { DivisionLevel } from '../model/division-code.js';
import type { Indicator, IndicatorSum } from '../model/indicator.js';
import { dimensionsKey } from '../model/observation.js';
import { Rate } from '../rate.js';
import { createPanelBuilder } from './build-panel.js';
import type { Panel, PanelPoint, PanelSeries } from './panel.js';

/** Options of {@link rollUp}. */
export interface RollUpOptions {
  /** The division table (`import * as divisions from 'fazhi/divisions'`, or its `divisionLookup`). */
  readonly divisions: DivisionTree;
  /** The level to roll up to. */
  readonly to: 'prefecture' | 'province';
  /**
   * `children` (the default): each parent sums the figures of its direct children in the table (a province its
   * prefectures and the counties it governs directly). `leaves`: each parent sums the figures of every county below
   * it, skipping the levels between.
   */
  readonly from?: 'children' | 'leaves';
  /** Only these indicators (every indicator by default). */
  readonly indicators?: readonly string[];
}

/** How many of a parent's subordinate jurisdictions gave the figures a rolled-up one is built from. */
export interface RollUpCoverage {
  /** Subordinates whose figures are in the total. */
  readonly reported: number;
  /** Subordinates in the division table. */
  readonly expected: number;
  /** Codes of the subordinates without a figure. */
  readonly missing: readonly string[];
}

/** How a parent's own published total stands against the rolled-up one. */
export type RollUpComparison =
  /** They agree. */
  | 'equal'
  /** Every subordinate reported, yet they differ. */
  | 'mismatch'
  /** The parts add to more than the published whole. */
  | 'exceedsPublished'
  /** The parts add to less: subordinates are missing, or the parent's own level (本级) is not given. */
  | 'belowPublished'
  /** A rate recomputed from only some subordinates differs from the published one: not comparable exactly. */
  | 'incomplete'
  /** A figure on either side is approximate (余, 约 …): not compared exactly. */
  | 'approximate';

/** One rolled-up figure of a parent jurisdiction. */
export interface RolledUpFigure {
  /** The parent's division code. */
  readonly jurisdiction: string;
  readonly year: number;
  readonly indicator: string;
  readonly dimensions: Readonly<Record<string, string>>;
  /** The scope, without coverage (the children's whole-area figures are what is summed). */
  readonly scope: string;
  /** The sum; for a rate, the rate recomputed from the summed numerator and denominator (per cent, 2 places). */
  readonly value: string;
  /** Whether an input is approximate (余, 约 …): the sum is then approximate too. */
  readonly approximate: boolean;
  /** For a rate: its basis. */
  readonly basis?: string;
  /** For a rate: the summed numerator. */
  readonly numerator?: string;
  /** For a rate: the summed denominator. */
  readonly denominator?: string;
  /** Whether the parent's own-level (本级) figure is in the total. */
  readonly includesOwnLevel: boolean;
  /** The subordinates whose figures are in the total. */
  readonly children: readonly string[];
  /** How many subordinates reported. */
  readonly coverage: RollUpCoverage;
  /** The parent's own published figure for the whole area, when it gives one. */
  readonly published?: PanelPoint;
  /** How the published figure stands against the rolled-up one. */
  readonly comparison?: RollUpComparison;
}

/** An indicator that is not rolled up, and why. */
export interface NotRolledUp {
  readonly indicator: string;
  /** `notAdditive`: an average, a duration, a rate without formulas … */
  readonly reason: 'notAdditive';
}

/** What {@link rollUp} computed. */
export interface RollUpResult {
  /** Every rolled-up figure: sums of counts, amounts and same-date stocks, and rates recomputed from them. */
  readonly figures: readonly RolledUpFigure[];
  /** The summed figures (not the rates) as a panel of the parents, to roll up further or to chart. */
  readonly panel: Panel;
  /** Published totals that disagree with their parts (`rollup_mismatch`, `rollup_exceeds_total`). */
  readonly issues: readonly Issue[];
  /** What was not rolled up, and why. */
  readonly notRolledUp: readonly NotRolledUp[];
}

interface Group {
  readonly parent: string;
  readonly indicator: string;
  readonly dims: Readonly<Record<string, string>>;
  readonly scope: string;
  readonly year: number;
  readonly asOf: string | undefined;
  /** The children's date and window (the scope holds them relative to the year), for the rolled-up panel. */
  readonly at: Pick<PanelPoint, 'asOf' | 'period'>;
  value: string;
  approximate: boolean;
  readonly children: string[];
  /** Each child's exact figure (`undefined` when approximate), parallel to `children`: the inputs of rates. */
  readonly exact: (string | undefined)[];
}

/**
 * Rolls counts and amounts up from subordinate jurisdictions to their parents through the division table,
 * following each indicator's `aggregation`: counts and amounts add, stocks add only at the same date, rates are
 * never averaged but recomputed from the summed numerators and denominators (over the subordinates that give all
 * of a formula's inputs). Every rolled-up figure carries its coverage; a parent's own published total is compared.
 *
 * @param panel - the panel
 * @param options - the division table, the level to roll up to, children or leaves
 * @returns the figures, a panel of the sums, the disagreements found, and what was not rolled up
 * @example
 * ```ts
 * import * as divisions from 'fazhi/divisions';
 * const { figures } = rollUp(panel, { divisions, to: 'prefecture' });
 * ```
 */
export function rollUp(panel: Panel, options: RollUpOptions): RollUpResult {
  const tree = options.divisions;
  const leaves = options.from === 'leaves';
  const only = options.indicators === undefined ? undefined : new Set(options.indicators);
  const targetOf = new Map<string, string | undefined>();
  const target = (code: string): string | undefined => {
    if (!targetOf.has(code)) targetOf.set(code, findTarget(tree, code, options.to, leaves));
    return targetOf.get(code);
  };
  const expectedOf = new Map<string, readonly string[]>();
  const expected = (parent: string): readonly string[] => {
    let list = expectedOf.get(parent);
    if (list === undefined) {
      list = leaves ? countiesBelow(tree, parent) : tree.childDivisions(parent).map((d) => d.code);
      expectedOf.set(parent, list);
    }
    return list;
  };

  const groups = new Map<string, Group>();
  const notRolledUp = new Map<string, NotRolledUp>();
  const rateInputs = new Set<string>();
  for (const def of panel.catalog.indicators) {
    if (def.kind === 'rate' && (only === undefined || only.has(def.id))) {
      for (const f of def.formulas ?? [])
        for (const id of [...parts(f.numerator), ...parts(f.denominator)]) rateInputs.add(id);
    }
  }

  for (const [code, keys] of panel.byJurisdiction) {
    const parent = target(code);
    if (parent === undefined) continue;
    for (const s of chooseWholeArea(keys.map((k) => panel.series.get(k) as PanelSeries))) {
      const def = panel.catalog.get(s.indicator);
      if (def === undefined) continue;
      if (only !== undefined && !only.has(def.id) && !rateInputs.has(def.id)) continue;
      if (def.aggregation === 'none') {
        if (def.kind !== 'rate' || (def.formulas ?? []).length === 0) {
          notRolledUp.set(def.id, { indicator: def.id, reason: 'notAdditive' });
        }
        continue;
      }
      const scope = withoutCoverage(s.scope);
      for (const p of s.points.values()) {
        // Stocks add only at the same date: the series scope holds the date relative to the year (asOf=06-30), and
        // the absolute date is part of the group so that a year-end figure dated or not is the same.
        const asOf = def.aggregation === 'sameDate' ? (p.asOf ?? `${p.year}-12-31`) : undefined;
        const key = `${parent}|${s.indicator}|${dimensionsKey(s.dimensions)}|${scope}|${p.year}|${asOf ?? ''}`;
        let g = groups.get(key);
        if (g === undefined) {
          g = {
            parent,
            indicator: s.indicator,
            dims: s.dimensions,
            scope,
            year: p.year,
            asOf,
            at: {
              ...(p.asOf === undefined ? {} : { asOf: p.asOf }),
              ...(p.period === undefined ? {} : { period: p.period }),
            },
            value: '0',
            approximate: false,
            children: [],
            exact: [],
          };
          groups.set(key, g);
        }
        g.value = arith.add(g.value, p.value);
        if (p.qualifier !== undefined) g.approximate = true;
        g.children.push(code);
        g.exact.push(p.qualifier === undefined ? p.value : undefined);
      }
    }
  }

  const figures: RolledUpFigure[] = [];
  const issues: Issue[] = [];
  const builder = createPanelBuilder({ catalog: panel.catalog });
  for (const g of groups.values()) {
    if (only !== undefined && !only.has(g.indicator)) continue;
    const own = findPoint(panel, g.parent, g.indicator, g.dims, g.scope, g.year, OWN_LEVEL);
    let value = g.value;
    let approximate = g.approximate;
    if (own !== undefined) {
      value = arith.add(value, own.value);
      if (own.qualifier !== undefined) approximate = true;
    }
    const published = findPoint(panel, g.parent, g.indicator, g.dims, g.scope, g.year, WHOLE_AREA);
    const coverage = coverageOf(expected(g.parent), g.children);
    const comparison =
      published === undefined
        ? undefined
        : compareSum(value, approximate, published, coverage, own !== undefined);
    const figure: RolledUpFigure = {
      jurisdiction: g.parent,
      year: g.year,
      indicator: g.indicator,
      dimensions: g.dims,
      scope: g.scope,
      value,
      approximate,
      includesOwnLevel: own !== undefined,
      children: g.children,
      coverage,
      ...(published === undefined ? {} : { published, comparison }),
    };
    figures.push(figure);
    const problem = comparisonIssue(figure, panel.catalog.get(g.indicator));
    if (problem !== undefined) issues.push(problem);
    builder.add({
      jurisdiction: g.parent,
      year: g.year,
      indicator: g.indicator,
      value,
      ...(approximate ? { qualifier: 'approx' } : {}),
      ...(Object.keys(g.dims).length > 0 ? { dimensions: g.dims } : {}),
      ...g.at,
      ...scopeFields(g.scope),
    });
  }
  figures.push(...rollUpRates(panel, groups, only, expected, issues));
  figures.sort(
    (a, b) =>
      cmpStr(a.jurisdiction, b.jurisdiction) ||
      a.year - b.year ||
      cmpStr(a.indicator, b.indicator) ||
      cmpStr(dimensionsKey(a.dimensions), dimensionsKey(b.dimensions)) ||
      cmpStr(a.basis ?? '', b.basis ?? ''),
  );
  return { figures, panel: builder.finish(), issues, notRolledUp: [...notRolledUp.values()] };
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The parent a jurisdiction's figures roll up to, or `undefined` when it has none at that level. */
function findTarget(
  tree: DivisionTree,
  code: string,
  to: DivisionLevel,
  leaves: boolean,
): string | undefined {
  const d = safeGet(tree, code);
  if (d === undefined) return undefined;
  if (!leaves) {
    const parent = d.parent === undefined ? undefined : safeGet(tree, d.parent);
    return parent?.level === to ? parent.code : undefined;
  }
  if (d.level !== 'county') return undefined;
  for (let p = d.parent === undefined ? undefined : safeGet(tree, d.parent); p; ) {
    if (p.level === to) return p.code;
    p = p.parent === undefined ? undefined : safeGet(tree, p.parent);
  }
  return undefined;
}

function safeGet(tree: DivisionTree, code: string): Division | undefined {
  try {
    return tree.getDivision(code);
  } catch {
    return undefined;
  }
}

function countiesBelow(tree: DivisionTree, code: string): string[] {
  const out: string[] = [];
  for (const c of tree.childDivisions(code)) {
    if (c.level === 'county') out.push(c.code);
    else out.push(...countiesBelow(tree, c.code));
  }
  return out;
}

/** Per indicator, breakdown cell and scope: the whole-area series where given, else the one of unstated coverage. */
function chooseWholeArea(list: readonly PanelSeries[]): PanelSeries[] {
  const byBase = new Map<string, PanelSeries>();
  for (const s of list) {
    if (s.fields.coverage === 'ownLevel') continue;
    const base = `${s.indicator}|${dimensionsKey(s.dimensions)}|${withoutCoverage(s.scope)}`;
    const held = byBase.get(base);
    if (held === undefined || (held.fields.coverage === undefined && s.fields.coverage === 'wholeArea')) {
      byBase.set(base, s);
    }
  }
  return [...byBase.values()];
}

function withoutCoverage(scope: string): string {
  return scope
    .split('|')
    .filter((p) => p !== 'ownLevel' && p !== 'wholeArea' && p !== '')
    .join('|');
}

/** The observation fields a scope key stands for (the inverse of `seriesScope` for what a sum can carry). */
function scopeFields(scope: string): Record<string, unknown> {
  const f: Record<string, unknown> = {};
  for (const p of scope.split('|')) {
    if (p === 'cumulative') f.cumulative = true;
    else if (p === 'includesCarriedOver') f.includesCarriedOver = true;
    else if (p.startsWith('since=')) f.since = p.slice(6);
  }
  return f;
}

/** Where a parent's own 本级 figure is, and where its published total for the whole area (stated or not). */
const OWN_LEVEL = ['ownLevel'] as const;
const WHOLE_AREA = ['wholeArea', undefined] as const;

function findPoint(
  panel: Panel,
  code: string,
  indicator: string,
  dims: Readonly<Record<string, string>>,
  scope: string,
  year: number,
  coverages: readonly (string | undefined)[],
): PanelPoint | undefined {
  const keys = panel.byJurisdiction.get(code);
  if (keys === undefined) return undefined;
  const dk = dimensionsKey(dims);
  for (const coverage of coverages) {
    for (const k of keys) {
      const s = panel.series.get(k) as PanelSeries;
      if (
        s.indicator === indicator &&
        s.fields.coverage === coverage &&
        dimensionsKey(s.dimensions) === dk &&
        withoutCoverage(s.scope) === scope
      ) {
        const p = s.points.get(year);
        if (p !== undefined) return p;
      }
    }
  }
  return undefined;
}

function coverageOf(expected: readonly string[], reported: readonly string[]): RollUpCoverage {
  const have = new Set(reported);
  const missing = expected.filter((c) => !have.has(c));
  return { reported: have.size, expected: Math.max(expected.length, have.size), missing };
}

function compareSum(
  value: string,
  approximate: boolean,
  published: PanelPoint,
  coverage: RollUpCoverage,
  withOwnLevel: boolean,
): RollUpComparison {
  if (approximate || published.qualifier !== undefined) return 'approximate';
  const c = arith.cmp(value, published.value);
  if (c === 0) return 'equal';
  if (c > 0) return 'exceedsPublished';
  return coverage.missing.length === 0 && withOwnLevel ? 'mismatch' : 'belowPublished';
}

function comparisonIssue(f: RolledUpFigure, def: Indicator | undefined): Issue | undefined {
  if (f.published === undefined || (f.comparison !== 'mismatch' && f.comparison !== 'exceedsPublished'))
    return undefined;
  const name = def?.nameEn ?? f.indicator;
  const nameZh = def?.name ?? f.indicator;
  const cells = dimensionsKey(f.dimensions);
  const what = `${f.jurisdiction} ${f.year} ${name}${cells ? ` [${cells}]` : ''}`;
  const whatZh = `${f.jurisdiction} ${f.year}年 ${nameZh}${cells ? `［${cells}］` : ''}`;
  const cover = `${f.coverage.reported} of ${f.coverage.expected} subordinate jurisdictions`;
  const coverZh = `${f.coverage.expected} 个下级中 ${f.coverage.reported} 个`;
  const computed = f.basis === undefined ? f.value : `${f.value}%`;
  const printed = f.basis === undefined ? f.published.value : `${f.published.value}%`;
  const details = {
    jurisdiction: f.jurisdiction,
    year: f.year,
    indicator: f.indicator,
    dimensions: f.dimensions,
    published: f.published.value,
    rolledUp: f.value,
    coverage: f.coverage,
    ...(f.published.file === undefined ? {} : { file: f.published.file }),
    ...(f.published.source === undefined ? {} : { quote: f.published.source.quote }),
  };
  if (f.comparison === 'exceedsPublished') {
    return issue(
      'rollup_exceeds_total',
      'warning',
      '',
      `${what}: the subordinate jurisdictions' figures add to ${computed} (${cover}), more than the published total ${printed}`,
      `${whatZh}：下级数字合计 ${computed}（${coverZh}），超过公布的总数 ${printed}`,
      details,
    );
  }
  return issue(
    'rollup_mismatch',
    'warning',
    '',
    `${what}: every subordinate jurisdiction reported and the parts give ${computed}, but the published total is ${printed}`,
    `${whatZh}：全部下级均已报告，合计为 ${computed}，而公布的总数为 ${printed}`,
    details,
  );
}

function parts(sum: IndicatorSum): string[] {
  return [...sum.plus, ...(sum.minus ?? [])];
}

/** The value of a signed sum at one child, or `undefined` when an input is missing or approximate. */
function sumAt(values: ReadonlyMap<string, string>, sum: IndicatorSum): string | undefined {
  let total = '0';
  for (const id of sum.plus) {
    const v = values.get(id);
    if (v === undefined) return undefined;
    total = arith.add(total, v);
  }
  for (const id of sum.minus ?? []) {
    const v = values.get(id);
    if (v === undefined) return undefined;
    total = arith.sub(total, v);
  }
  return total;
}

/** Rates recomputed from the summed numerators and denominators of the children that give every input. */
function rollUpRates(
  panel: Panel,
  groups: ReadonlyMap<string, Group>,
  only: ReadonlySet<string> | undefined,
  expected: (parent: string) => readonly string[],
  issues: Issue[],
): RolledUpFigure[] {
  const rates = panel.catalog.indicators.filter(
    (d) => d.kind === 'rate' && (d.formulas ?? []).length > 0 && (only === undefined || only.has(d.id)),
  );
  if (rates.length === 0) return [];
  // Exact plain totals of each child and year, grouped by parent and year: the inputs of the formulas.
  const inputs = new Map<string, Map<string, Map<string, string>>>();
  for (const g of groups.values()) {
    if (
      g.scope !== '' ||
      (g.asOf !== undefined && g.asOf !== `${g.year}-12-31`) ||
      Object.keys(g.dims).length > 0
    )
      continue;
    const pk = `${g.parent}|${g.year}`;
    let byChild = inputs.get(pk);
    if (byChild === undefined) {
      byChild = new Map();
      inputs.set(pk, byChild);
    }
    g.children.forEach((child, i) => {
      const v = g.exact[i];
      if (v === undefined) return;
      const m = byChild.get(child) ?? new Map<string, string>();
      m.set(g.indicator, v);
      byChild.set(child, m);
    });
  }
  const out: RolledUpFigure[] = [];
  for (const [pk, byChild] of inputs) {
    const [parent, yearText] = pk.split('|') as [string, string];
    const year = Number(yearText);
    for (const def of rates) {
      for (const f of def.formulas ?? []) {
        let numerator = '0';
        let denominator = '0';
        const children: string[] = [];
        for (const [child, values] of byChild) {
          const n = sumAt(values, f.numerator);
          const d = sumAt(values, f.denominator);
          if (n === undefined || d === undefined) continue;
          numerator = arith.add(numerator, n);
          denominator = arith.add(denominator, d);
          children.push(child);
        }
        if (children.length === 0 || arith.isZero(denominator)) continue;
        const r = new Rate(numerator, denominator, f.basis);
        const value = r.toPercent(2);
        const coverage = coverageOf(expected(parent), children);
        const published = findPoint(panel, parent, def.id, {}, '', year, WHOLE_AREA);
        let comparison: RollUpComparison | undefined;
        if (published !== undefined) {
          if (published.qualifier !== undefined) comparison = 'approximate';
          else if (compareReported(r, published.value).consistent) comparison = 'equal';
          else comparison = coverage.missing.length === 0 ? 'mismatch' : 'incomplete';
        }
        const figure: RolledUpFigure = {
          jurisdiction: parent,
          year,
          indicator: def.id,
          dimensions: {},
          scope: '',
          value,
          approximate: false,
          basis: f.basis,
          numerator,
          denominator,
          includesOwnLevel: false,
          children,
          coverage,
          ...(published === undefined ? {} : { published, comparison }),
        };
        out.push(figure);
        const problem = comparisonIssue(figure, def);
        if (problem !== undefined) issues.push(problem);
      }
    }
  }
  return out;
}
