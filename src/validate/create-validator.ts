import type { Catalog } from '../catalog/catalog.js';
import { defaultCatalog } from '../catalog/default-catalog.js';
import { type Issue, issue } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { Indicator } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import type { ReportYear } from '../model/report.js';
import type { Entry, RuleContext } from './context.js';
import { indexDimensions } from './dimension-index.js';
import { createFastCache, hasNewerFields, isIndicatorId, isValidObservation } from './fast-observation.js';
import { createGrouper, type GroupingMode, type SpillStore } from './grouper.js';
import { levelIndex, wantedIndicators } from './level-index.js';
import { groupOf, type MeasureKeys, measureKeys, ownLevelKey } from './levels.js';
import { limitExceeded } from './limits-check.js';
import { mergeCatalog } from './merge-catalog.js';
import { checkMetadata } from './metadata.js';
import { plainWhole } from './numeric.js';
import { quickShareOk } from './quick-share.js';
import { checkBreakdowns } from './rules/breakdowns.js';
import { checkDuplicates } from './rules/duplicates.js';
import { checkMeasureValues } from './rules/measure-values.js';
import { checkMeasure, type Found } from './rules/measures.js';
import { checkPartsWholes, indexRelations, type RelationIndex } from './rules/parts-wholes.js';
import { checkPlausibility, type YearValues } from './rules/plausibility.js';
import { checkPublishedRates } from './rules/published-rates.js';
import { checkDimensionReferences, checkDivisionExists, checkReferences } from './rules/references.js';
import { checkShareSums } from './rules/share-sums.js';
import { checkObservationStructure } from './rules/structure.js';
import { checkObservationTime, checkPeriod, checkReportTime } from './rules/time.js';
import { checkValues, valueKind, valuesFit } from './rules/values.js';
import { createLayoutMemo, LaidOutFirst } from './scope-layout.js';
import { indexRates, quickRateOk, type RateIndex, scopeRates } from './scope-rates.js';
import { type Scope, splitScopes } from './scopes.js';
import { meantHint, suggestName } from './suggestions.js';
import {
  type ObservationLocation,
  RULE_NAMES,
  type RuleName,
  type ValidateOptions,
  type ValidationResult,
} from './types.js';

/** Options of {@link createValidator}: those of `validateDataset`, plus how observations are grouped. */
export interface ValidatorOptions extends ValidateOptions {
  /**
   * `contiguous` (default, for streams): a jurisdiction-year group is checked as soon as the input moves on to
   * another one, so memory stays bounded; a group that reappears later is reported (`group_not_contiguous`) and
   * checked on its own, and `onUnsorted` is called. `buffered`: every observation is kept until `finish()`, so
   * order does not matter. `external`: order does not matter and memory stays bounded: observations past a
   * budget are spilled to `spill` (without one, `external` is `buffered`).
   */
  readonly grouping?: GroupingMode;
  /** Where `external` grouping spills (the CLI passes temporary files). */
  readonly spill?: SpillStore;
  /** Characters of observations `external` grouping holds in memory before it spills; 64 Mi by default. */
  readonly spillBudget?: number;
  /**
   * Called once in `contiguous` grouping when the input turns out not to be sorted by jurisdiction and year (a
   * group reappears, or a jurisdiction's years go back): its cross-observation findings then depend on the order.
   * Read the input again with `external` grouping for the findings of the same data sorted — the CLI does.
   */
  readonly onUnsorted?: () => void;
  /**
   * The observations again (of this input, or of every file of a panel), for shares and changes whose levels are
   * in a group already gone: after the first pass, the figures they need — and only those — are collected from a
   * second one. Without it they are checked against the figures of their own group and of the group before.
   */
  readonly reread?: () => Iterable<RereadRecord>;
}

/** An observation of a second pass: where it is, and in which file when it is not the validated one. */
export interface RereadRecord {
  /** The observation as parsed. */
  readonly observation: unknown;
  /** Its index in its file. */
  readonly index: number;
  /** Its line, for line-based files. */
  readonly line?: number;
  /** Its file, when it is another than the one validated. */
  readonly file?: string;
}

/** An incremental validator: feed it metadata and observations one by one, then `finish()`. */
export interface Validator {
  /**
   * Adds a dataset's top-level fields other than `observations` (`reports`, `jurisdictions`, `indicators`,
   * `targets`, `notModelled`, `name` …), checking them; call it before the first observation.
   * @param meta - a dataset object (its `observations` are ignored)
   */
  addMetadata(meta: Readonly<Record<string, unknown>>): void;
  /**
   * Checks one observation (anything: a parsed JSON value) and adds it to its jurisdiction-year group.
   * @param raw - the observation as parsed
   * @param location - its index (and line, for line-based files); by default the count so far
   */
  addObservation(raw: unknown, location?: ObservationLocation): void;
  /**
   * Records an issue found outside the validator (e.g. a line that is not JSON), so that it counts in the result.
   * @param found - the issue
   */
  addIssue(found: Issue): void;
  /**
   * Checks the remaining groups and returns the result; the validator is spent afterwards.
   * @returns the validation result
   */
  finish(): ValidationResult;
}

const GROUP_RULES: readonly RuleName[] = ['duplicates', 'partsWholes', 'publishedRates', 'plausibility'];

/**
 * Creates an incremental validator, the engine under {@link validateDataset} and the streaming readers. Rules
 * on single observations run as they arrive; rules across observations run per jurisdiction-year group.
 *
 * @param options - catalog, division table, rule switches, `today`, `jumpFactor`, `onIssue`, `grouping`
 * @returns the validator
 * @example
 * ```ts
 * const v = createValidator({ today: '2025-06-01' });
 * v.addObservation({ jurisdiction: '433126', year: 2024, indicator: 'litigation.cases', value: 54 }, { index: 0, line: 1 });
 * v.finish().ok // true
 * ```
 */
export function createValidator(options: ValidatorOptions = {}): Validator {
  const issues: Issue[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  const sink = options.onIssue;
  const emit = (i: Issue): void => {
    counts[i.severity]++;
    if (sink) sink(i);
    else issues.push(i);
  };
  const on = Object.fromEntries(RULE_NAMES.map((r) => [r, options.rules?.[r] !== false])) as Record<
    RuleName,
    boolean
  >;
  const today = validToday(options.today);
  const baseCatalog: Catalog = options.catalog ?? defaultCatalog;
  const ctx: RuleContext = {
    catalog: baseCatalog,
    indicators: indicatorMap(baseCatalog),
    dimensions: indexDimensions(baseCatalog),
    divisions: options.divisions,
    reports: undefined,
    today,
    todayYear: Number(today.slice(0, 4)),
    jumpFactor: typeof options.jumpFactor === 'number' && options.jumpFactor > 1 ? options.jumpFactor : 5,
    on,
    emit,
  };
  let relations: RelationIndex = indexRelations(baseCatalog.relations);
  let rates: RateIndex = indexRates(baseCatalog);
  const cache = createFastCache();
  // Catalog indicators with a well-formed id: one lookup both finds the definition and vouches for the id.
  let wellFormed = wellFormedIndicators(ctx.indicators);
  // Files list indicators in the same order group after group: guess each one from the one before it, so that a
  // string comparison usually replaces hashing the freshly parsed id.
  const links = new Map<Indicator, Link>();
  let head: Link | undefined;
  let last: Link | undefined;
  // The division code of the previous observation, already looked up by the references rule.
  let lastCode: string | undefined;
  const codeCache = new Map<string, boolean>();
  const anyGroupRule = GROUP_RULES.some((r) => on[r]);
  let unsorted = false;
  // Groups past LIMITS.maxGroupObservations, each reported once.
  const fullGroups = new Set<string>();
  let count = 0;
  let done = false;

  // Last year's values per jurisdiction, for the plausibility rule, and the last ones dropped (see checkPlausibility).
  const previous = new Map<string, YearValues>();
  let spare: YearValues | undefined;
  // The layout of the plain groups so far: the next one like them is split without building a map.
  const layouts = createLayoutMemo();
  // Shares and changes whose levels were not at hand, and the group before (sorted input: often the base year).
  const pending: { e: Entry; def: Indicator; keys: MeasureKeys }[] = [];
  let lastGroup: { entries: readonly Entry[]; index?: Map<string, Entry> } | undefined;
  // A rule's bug in one group is reported and validation carries on with the next.
  const groups = createGrouper(
    {
      mode: options.grouping ?? 'contiguous',
      spill: options.spill,
      ...(options.spillBudget === undefined ? {} : { budget: options.spillBudget }),
      revive: (o, i, line, f) => ({
        o,
        i,
        line,
        d: ctx.indicators.get(o.indicator),
        n: plainWhole(o.value),
        x: hasNewerFields(o),
        f,
      }),
    },
    (j, y, group) => guard(`${j} ${y}`, () => flush(j, y, group)),
  );

  function guard(what: string, f: () => void): void {
    try {
      f();
    } catch (err) {
      // A bug in a rule must not crash validation of the user's data: report it and carry on.
      emit(
        issue(
          'internal_error',
          'error',
          '',
          `fazhi failed while checking ${what}: ${err instanceof Error ? err.message : String(err)}`,
          `fazhi 在检查 ${what} 时出错：${err instanceof Error ? err.message : String(err)}`,
        ),
      );
    }
  }

  function flush(j: string, y: number, entries: readonly Entry[]): void {
    const scopes = splitScopes(entries, on.publishedRates ? rates.ids : undefined, ctx.dimensions, layouts);
    for (const s of scopes) {
      if (on.duplicates) checkDuplicates(s, ctx);
      if (on.partsWholes) checkPartsWholes(s, relations, ctx);
      if (s.rates.length > 0) checkRates(j, y, s);
      const cells = s.cellScopes;
      if (cells === undefined) continue;
      // Relations and rates hold within each cell of a breakdown, and the cells add up to their total.
      for (const c of cells) {
        if (on.partsWholes) checkPartsWholes(c, relations, ctx);
        if (c.rates.length > 0) checkRates(j, y, c);
      }
      if (on.partsWholes) checkBreakdowns(s, ctx);
    }
    if (on.publishedRates || on.partsWholes) checkMeasures(entries, scopes);
    lastGroup = { entries };
    if (on.plausibility) {
      const before = previous.get(j);
      if (before === undefined || before.year < y) {
        previous.set(
          j,
          checkPlausibility(
            scopes.find((s) => s.key === ''),
            before,
            y,
            ctx,
            spare,
          ),
        );
        // Last year's values are replaced and referenced nowhere else: their array holds the next group's.
        spare = before;
      }
    }
  }

  /** Shares and changes of a group, against the levels of the group, of the one before, or later (pending). */
  function checkMeasures(entries: readonly Entry[], scopes: readonly Scope[]): void {
    let here: Map<string, Entry> | undefined;
    const before = lastGroup;
    // Built only when a share or change is not confirmed from its own scope.
    const lookup = (key: string): Entry | undefined => {
      here ??= levelIndex(
        entries,
        ctx.dimensions,
        wantedIndicators(
          scopes.flatMap((s) => s.measures ?? []),
          ctx.dimensions,
        ),
      );
      const found = here.get(key);
      if (found !== undefined || before === undefined) return found;
      before.index ??= levelIndex(before.entries, ctx.dimensions);
      return before.index.get(key);
    };
    for (const s of scopes) {
      if (s.measures === undefined) continue;
      if (on.partsWholes) checkShareSums(s, ctx);
      if (!on.publishedRates) continue;
      for (const e of s.measures) {
        const def = e.d;
        if (def === undefined || quickShareOk(e, s, ctx.dimensions)) continue;
        const keys = measureKeys(e, ctx.dimensions);
        const mc = { lookup, target, sameScope: s.all, emit };
        if (!checkMeasure(e, def, keys, mc)) pending.push({ e, def, keys });
      }
    }
  }

  function target(j: string, y: number, indicator: string): string | number | undefined {
    return ctx.targets?.get(`${j}|${y}|${indicator}`)?.value;
  }

  /** The second pass: the levels the pending shares and changes need, from `reread`, then their checks. */
  function resolvePending(): void {
    const reread = options.reread;
    if (pending.length === 0 || reread === undefined) return;
    const wanted = new Set<string>();
    for (const p of pending) {
      wanted.add(p.keys.part);
      if (p.keys.whole !== undefined) wanted.add(p.keys.whole);
    }
    const groupsWanted = new Set([...wanted].map(groupOf));
    const found = new Map<string, Found>();
    const check = createFastCache();
    for (const r of reread()) {
      const raw = r.observation as { jurisdiction?: unknown; year?: unknown } | null;
      // Only string jurisdictions and number years can be valid: anything else is skipped before it is printed.
      if (typeof raw !== 'object' || raw === null || typeof raw.jurisdiction !== 'string') continue;
      if (typeof raw.year !== 'number' || !groupsWanted.has(`${raw.jurisdiction}|${raw.year}`)) continue;
      if (!isValidObservation(raw, check)) continue;
      const key = ownLevelKey(raw, ctx.dimensions);
      if (key === undefined || !wanted.has(key) || found.has(key)) continue;
      found.set(key, { o: raw, i: r.index, line: r.line, file: r.file });
    }
    const lookup = (key: string) => found.get(key);
    for (const p of pending)
      guard(`observations[${p.e.i}]`, () => checkMeasure(p.e, p.def, p.keys, { lookup, target, emit }));
    pending.length = 0;
  }

  /** The published-rates rule on one scope: most printed rates recompute under half-up, confirmed cheaply. */
  function checkRates(j: string, y: number, s: Scope): void {
    let slow: Entry[] | undefined;
    // A laid-out group's rates are its layout's, in order, with their inputs by position.
    const inputs = s.first instanceof LaidOutFirst ? s.first.layout.inputs : undefined;
    for (let k = 0; k < s.rates.length; k++) {
      const p = s.rates[k] as Entry;
      const def = p.d;
      if (def !== undefined && quickRateOk(p, def, s, inputs?.[k]) === true) continue;
      slow ??= [];
      slow.push(p);
    }
    if (slow === undefined) return;
    // Rows only for the indicators still in doubt: the rule reads no other rows.
    const ids = new Set<string>();
    for (const p of slow) ids.add(p.o.indicator);
    checkPublishedRates(scopeRates(j, y, s, rates, true, ids), slow, ctx, s);
  }

  function addMetadata(meta: Readonly<Record<string, unknown>>): void {
    const { valid, issues: found } = checkMetadata(meta);
    for (const i of found) {
      const r = recode(i);
      if (on.structure || r.code === 'unknown_jurisdiction') emit(r);
    }
    if (valid.indicators.length > 0 || valid.dimensions.length > 0 || valid.relations.length > 0) {
      const merged = mergeCatalog(baseCatalog, valid);
      if (on.structure) for (const i of merged.issues) emit(i);
      ctx.catalog = merged.catalog;
      ctx.indicators = indicatorMap(ctx.catalog);
      ctx.dimensions = indexDimensions(ctx.catalog);
      wellFormed = wellFormedIndicators(ctx.indicators);
      links.clear();
      head = undefined;
      last = undefined;
      relations = indexRelations(ctx.catalog.relations);
      rates = indexRates(ctx.catalog);
    }
    if (valid.declaresReports) {
      const reports = new Map<string, ReportYear>();
      for (const { value, index } of valid.reports) {
        if (reports.has(value.id)) {
          if (on.structure)
            emit(
              issue(
                'duplicate_report',
                'error',
                `reports[${index}].id`,
                `Report id "${value.id}" is declared twice`,
                `报告编号“${value.id}”重复声明`,
                { report: value.id },
              ),
            );
        } else reports.set(value.id, value);
        if (on.time) checkReportTime(value, index, ctx);
        if (on.references)
          checkDivisionExists(
            value.jurisdiction,
            `reports[${index}].jurisdiction`,
            undefined,
            ctx,
            codeCache,
            value.year,
          );
      }
      ctx.reports = reports;
    }
    if (on.references) {
      // Jurisdiction metadata has no year: a retired code is judged by the earliest report of that jurisdiction.
      const firstYear = new Map<string, number>();
      for (const { value } of valid.reports) {
        const y = firstYear.get(value.jurisdiction);
        if (y === undefined || value.year < y) firstYear.set(value.jurisdiction, value.year);
      }
      for (const { value, index } of valid.jurisdictions) {
        checkDivisionExists(
          value.code,
          `jurisdictions[${index}].code`,
          undefined,
          ctx,
          codeCache,
          firstYear.get(value.code),
        );
      }
      for (const { value, index } of valid.targets) {
        ctx.targets ??= new Map();
        const key = `${value.jurisdiction}|${value.year}|${value.indicator}`;
        if (!ctx.targets.has(key)) ctx.targets.set(key, value);
        checkDivisionExists(
          value.jurisdiction,
          `targets[${index}].jurisdiction`,
          undefined,
          ctx,
          codeCache,
          value.year,
        );
        if (!ctx.indicators.has(value.indicator)) {
          const like = suggestName(value.indicator, ctx.indicators);
          const [hint, hintZh] = meantHint(like);
          emit(
            issue(
              'unknown_indicator',
              'error',
              `targets[${index}].indicator`,
              `Unknown indicator "${value.indicator}"${hint}`,
              `未知指标“${value.indicator}”${hintZh}`,
              like === undefined
                ? { indicator: value.indicator }
                : { indicator: value.indicator, suggestion: like },
            ),
          );
        }
      }
    }
  }

  function recode(i: Issue): Issue {
    // A malformed division code is the references rule's `unknown_jurisdiction` (a fixed public code).
    if (i.code === 'invalid_division_code' && on.references) {
      return { ...i, code: 'unknown_jurisdiction', details: { ...i.details, reason: 'malformed' } };
    }
    return i;
  }

  function addObservation(raw: unknown, location?: ObservationLocation): void {
    if (done) return;
    const index = location?.index ?? count;
    const line = location?.line;
    count++;
    let link: Link | undefined;
    let knownId: string | undefined;
    if (typeof raw === 'object' && raw !== null) {
      const id = (raw as { indicator?: unknown }).indicator;
      if (typeof id === 'string') {
        link = last === undefined ? head : last.next;
        if (link === undefined || link.id !== id) {
          const found = wellFormed.get(id);
          link = found === undefined ? undefined : links.get(found);
          if (found !== undefined && link === undefined) {
            link = { def: found, id: found.id, unit: found.unit, kind: valueKind(found), next: undefined };
            links.set(found, link);
          }
          if (link !== undefined) {
            if (last === undefined) head = link;
            else last.next = link;
          }
        }
        last = link;
        if (link !== undefined) knownId = id;
      }
    }
    const fast = isValidObservation(raw, cache, knownId);
    const s = fast || checkObservationStructure(raw, index, line, link?.unit === 'percent');
    if (s !== true) {
      for (const i of s) {
        const r = recode(i);
        if (on.structure || r.code === 'unknown_jurisdiction') emit(r);
      }
      return;
    }
    // The fast check tells whether it saw the newer fields; when zod had the last word, assume it did.
    const extended = !fast || cache.extended;
    const o = raw as Observation;
    // The id read before the check is still the observation's (the same string): its link holds.
    if (o.indicator !== knownId) link = undefined;
    const def = link === undefined ? ctx.indicators.get(o.indicator) : link.def;
    // One shape for every entry, so that the rules' reads of it stay monomorphic.
    const e: Entry = { o, i: index, line, d: def, n: fast ? cache.whole : plainWhole(o.value), x: extended };
    if (on.references) {
      // A known indicator in the jurisdiction of the observation before, and no reports to look up: nothing to check.
      if (def === undefined || o.jurisdiction !== lastCode || ctx.reports !== undefined) {
        checkReferences(e, ctx, codeCache);
        // Only a code cached by itself may skip the lookup: a retired code is judged year by year.
        lastCode = ctx.divisions === undefined || codeCache.has(o.jurisdiction) ? o.jurisdiction : undefined;
      }
      if (extended) checkDimensionReferences(e, ctx, codeCache);
    }
    if (on.values && def !== undefined) {
      const kind = link === undefined ? valueKind(def) : link.kind;
      if (extended) checkMeasureValues(e, def, ctx, kind);
      else if (link === undefined || !valuesFit(o, cache.whole, link.unit, kind))
        checkValues(e, def, ctx, kind);
    }
    if (on.time) {
      // A year gone by, with no asOf nor since: nothing to date.
      if (o.year > ctx.todayYear || o.asOf !== undefined || o.since !== undefined)
        checkObservationTime(e, ctx);
      if (extended && o.period !== undefined) checkPeriod(e, o.period, ctx);
    }
    if (!anyGroupRule && !on.grouping) return;
    const added = groups.add(o.jurisdiction, o.year, e);
    if (added === 'full') {
      // Once per group: the first observation past the limit.
      const key = `${o.jurisdiction}|${o.year}`;
      if (!fullGroups.has(key)) {
        fullGroups.add(key);
        emit(
          limitExceeded(
            'maxGroupObservations',
            `observations[${index}]`,
            [
              `${o.jurisdiction} ${o.year} has more than ${LIMITS.maxGroupObservations} observations; the rest are not checked against each other`,
              `${o.jurisdiction} ${o.year} 年的观测超过 ${LIMITS.maxGroupObservations} 条；其余观测不再做跨条目检查`,
            ],
            line,
          ),
        );
      }
      return;
    }
    if (added !== 'kept' && !unsorted) {
      unsorted = true;
      options.onUnsorted?.();
    }
    if (added === 'reopened' && on.grouping) {
      emit(
        issue(
          'group_not_contiguous',
          'warning',
          `observations[${index}]`,
          `Observations of ${o.jurisdiction} ${o.year} appear again after other groups; cross-observation checks see the parts separately (sort the file by jurisdiction and year)`,
          `${o.jurisdiction} ${o.year} 年的数据在其他分组之后再次出现；跨条目检查将分段进行(请按行政区划和年份排序)`,
          { jurisdiction: o.jurisdiction, year: o.year },
        ),
      );
    }
  }

  function finish(): ValidationResult {
    if (!done) {
      done = true;
      groups.finish();
      resolvePending();
    }
    return { ok: counts.error === 0, issues, counts: { ...counts }, observations: count };
  }

  return {
    addMetadata: (meta) => guard('the metadata', () => addMetadata(meta)),
    addObservation: (raw, location) => {
      try {
        addObservation(raw, location);
      } catch (err) {
        guard(`observations[${location?.index ?? count}]`, () => {
          throw err;
        });
      }
    },
    addIssue: emit,
    finish,
  };
}

function indicatorMap(c: Catalog): Map<string, Indicator> {
  return new Map(c.indicators.map((i) => [i.id, i]));
}

/** A catalog indicator and the one that followed it last time; its id and unit kept here, read without a lookup. */
interface Link {
  readonly def: Indicator;
  readonly id: string;
  readonly unit: string;
  /** What the values rule checks of its figures. */
  readonly kind: 0 | 1 | 2;
  next: Link | undefined;
}

function wellFormedIndicators(m: ReadonlyMap<string, Indicator>): Map<string, Indicator> {
  const out = new Map<string, Indicator>();
  for (const [id, d] of m) if (isIndicatorId(id)) out.set(id, d);
  return out;
}

function validToday(t: string | undefined): string {
  if (t !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  return new Date().toISOString().slice(0, 10);
}
