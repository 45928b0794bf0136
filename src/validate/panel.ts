/**
 * Panel checks: what the datasets of a panel say about each other.
 *
 * Codes:
 * - `corroborated` (info, rule `duplicates`) — two datasets print the same figure at the same coordinates (last
 *   year's report restating a figure of the year before): confirmation, never a warning.
 * - `conflicting_observation` (error, rule `duplicates`) — two datasets print figures at the same coordinates that
 *   cannot both hold; the details name both files, observations and quotes.
 * - the codes of shares and changes (rule `publishedRates`) — a share or change whose levels are in another file
 *   (this year's 同比 against last year's report), checked against them.
 *
 * Two passes over the files, in bounded memory: the first notes each file's jurisdiction-years and keeps its
 * shares and changes whose levels lie outside it; the second keeps only the figures of the jurisdiction-years
 * that two files share or that those shares and changes need. Memory grows with the groups compared, not with
 * the panel.
 * @module
 */
import { defaultCatalog } from '../catalog/default-catalog.js';
import { type Issue, issue } from '../errors.js';
import { overlaps } from '../interval.js';
import type { Indicator } from '../model/indicator.js';
import { type Observation, scopeKey } from '../model/observation.js';
import { quantityInterval } from '../quantity.js';
import type { Entry } from './context.js';
import { type DimensionIndex, indexDimensions } from './dimension-index.js';
import { createFastCache, isValidObservation } from './fast-observation.js';
import { groupOf, type MeasureKeys, measureKeys, ownLevelKey } from './levels.js';
import { canonicalValue } from './numeric.js';
import { checkMeasure, type Found } from './rules/measures.js';
import { canonicalCell } from './scopes.js';
import type { ValidateOptions } from './types.js';

interface Seen {
  readonly name: string;
  readonly index: number;
  readonly line?: number | undefined;
  readonly o: Observation;
}

/** An issue of the panel with the file it is about. */
export interface PanelIssue {
  /** The file of the observation the issue is about. */
  readonly file: string;
  /** The issue (its path is in that file). */
  readonly issue: Issue;
  /** The quote of the observation the issue is about. */
  readonly quote?: string;
}

/** The two passes of panel checks over the files of a panel (see the module's description). */
export interface PanelChecker {
  /**
   * First pass: one observation of a file.
   * @param file - the file's name
   * @param raw - the observation as parsed
   * @param index - its index in the file
   * @param line - its line, for line-based files
   */
  scan(file: string, raw: unknown, index: number, line?: number): void;
  /**
   * Ends the first pass.
   * @returns whether a second pass can find anything (two files share a jurisdiction-year, or a share or change
   *   needs a figure of another file)
   */
  needsSecondPass(): boolean;
  /**
   * Second pass: one observation of a file, in the same order.
   * @param file - the file's name
   * @param raw - the observation as parsed
   * @param index - its index in the file
   * @param line - its line, for line-based files
   */
  collect(file: string, raw: unknown, index: number, line?: number): void;
  /**
   * Runs what needs both passes.
   * @returns the issues, each with its file
   */
  finish(): PanelIssue[];
}

/**
 * Creates the panel checker of `validateDatasets` and `fazhi validate <folder>`.
 * @param options - the validation options (rule switches, catalog)
 * @returns the checker
 * @example
 * ```ts
 * const p = createPanelChecker({});
 * for (const f of files) f.observations.forEach((o, i) => p.scan(f.name, o, i));
 * if (p.needsSecondPass()) for (const f of files) f.observations.forEach((o, i) => p.collect(f.name, o, i));
 * const issues = p.finish();
 * ```
 */
export function createPanelChecker(options: ValidateOptions): PanelChecker {
  const catalog = options.catalog ?? defaultCatalog;
  const dims = indexDimensions(catalog);
  const indicators = new Map(catalog.indicators.map((d) => [d.id, d]));
  const duplicates = options.rules?.duplicates !== false;
  const measures = options.rules?.publishedRates !== false;
  const groupsOf = new Map<string, Set<string>>();
  const pending: { file: string; e: Entry; def: Indicator; keys: MeasureKeys }[] = [];
  const cache = createFastCache();
  const out: PanelIssue[] = [];
  let shared = new Set<string>();
  let wantedGroups = new Set<string>();
  const wantedKeys = new Set<string>();
  const found = new Map<string, Seen>();
  const first = new Map<string, Seen>();
  const keysSeen = new Map<string, Set<string>>();
  return {
    scan(file, raw, index, line) {
      const g = groupKey(raw);
      if (g === undefined) return;
      let mine = groupsOf.get(file);
      if (mine === undefined) {
        mine = new Set();
        groupsOf.set(file, mine);
      }
      mine.add(g);
      const m = (raw as { measure?: unknown }).measure;
      if (!measures || m === undefined || m === 'level' || !isValidObservation(raw, cache)) return;
      const def = indicators.get(raw.indicator);
      if (def === undefined) return;
      const e: Entry = { o: raw, i: index, line, d: def, x: true };
      pending.push({ file, e, def, keys: measureKeys(e, dims) });
    },
    needsSecondPass() {
      const count = new Map<string, number>();
      for (const groups of groupsOf.values()) for (const g of groups) count.set(g, (count.get(g) ?? 0) + 1);
      shared = duplicates ? new Set([...count].filter(([, n]) => n > 1).map(([g]) => g)) : new Set();
      // Shares and changes whose levels are all in their own file were checked with it.
      const outside = pending.filter((p) => {
        const own = groupsOf.get(p.file);
        return [p.keys.part, p.keys.whole].some((k) => k !== undefined && own?.has(groupOf(k)) !== true);
      });
      pending.length = 0;
      pending.push(...outside);
      wantedGroups = new Set(shared);
      for (const p of pending) {
        for (const k of [p.keys.part, p.keys.whole]) {
          if (k === undefined) continue;
          wantedKeys.add(k);
          wantedGroups.add(groupOf(k));
        }
      }
      return wantedGroups.size > 0;
    },
    collect(file, raw, index, line) {
      const g = groupKey(raw);
      if (g === undefined || !wantedGroups.has(g) || !isValidObservation(raw, cache)) return;
      const seen: Seen = { name: file, index, line, o: raw };
      if (shared.has(g)) {
        const key = panelKey(raw, dims);
        let mine = keysSeen.get(file);
        if (mine === undefined) {
          mine = new Set();
          keysSeen.set(file, mine);
        }
        if (!mine.has(key)) {
          mine.add(key);
          const before = first.get(key);
          if (before === undefined) first.set(key, seen);
          else if (before.name !== file)
            report(seen, before, (issue) => out.push(withQuote(file, issue, raw)));
        }
      }
      const level = ownLevelKey(raw, dims);
      if (level !== undefined && wantedKeys.has(level) && !found.has(level)) found.set(level, seen);
    },
    finish() {
      for (const p of pending) {
        const lookup = (key: string): Found | undefined => {
          const s = found.get(key);
          if (s === undefined) return undefined;
          return { o: s.o, i: s.index, line: s.line, ...(s.name === p.file ? {} : { file: s.name }) };
        };
        checkMeasure(p.e, p.def, p.keys, {
          lookup,
          emit: (issue) => out.push(withQuote(p.file, issue, p.e.o)),
        });
      }
      return out;
    },
  };
}

function withQuote(file: string, issue: Issue, o: Observation): PanelIssue {
  const quote = o.source?.quote;
  return quote === undefined ? { file, issue } : { file, issue, quote };
}

function groupKey(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const o = raw as { jurisdiction?: unknown; year?: unknown };
  return typeof o.jurisdiction === 'string' && typeof o.year === 'number'
    ? `${o.jurisdiction}|${o.year}`
    : undefined;
}

/** Full coordinates, a cell read in the catalog's terms (legalAid.cases at caseType: criminal = legalAid.criminalCases). */
function panelKey(o: Observation, dims: DimensionIndex): string {
  if (o.dimensions === undefined || (o.measure !== undefined && o.measure !== 'level')) {
    return `${o.jurisdiction}|${o.year}|${o.indicator}|${scopeKey(o)}`;
  }
  const c = canonicalCell(o.indicator, o.dimensions, dims);
  return `${o.jurisdiction}|${o.year}|${c.id}|${scopeKey({ ...o, dimensions: c.dims })}`;
}

function report(now: Seen, before: Seen, emit: (i: Issue) => void): void {
  const at = (i: Issue): Issue => (now.line === undefined ? i : { ...i, line: now.line });
  const o = now.o;
  const same =
    canonicalValue(o.value) === canonicalValue(before.o.value) &&
    (o.qualifier ?? 'exact') === (before.o.qualifier ?? 'exact');
  const agree = same || overlaps(quantityInterval(o), quantityInterval(before.o));
  const quote = o.source?.quote;
  const otherQuote = before.o.source?.quote;
  const details = {
    indicator: o.indicator,
    jurisdiction: o.jurisdiction,
    year: o.year,
    scope: scopeKey(o),
    file: now.name,
    value: o.value,
    ...(quote === undefined ? {} : { quote }),
    otherFile: before.name,
    otherObservation: `observations[${before.index}]`,
    otherValue: before.o.value,
    ...(otherQuote === undefined ? {} : { otherQuote }),
  };
  const q = (x: string | undefined) => (x === undefined ? '' : ` (“${x}”)`);
  const what = `${o.indicator} for ${o.jurisdiction} in ${o.year}`;
  const whatZh = `${o.jurisdiction} ${o.year} 年的 ${o.indicator}`;
  if (agree) {
    emit(
      at(
        issue(
          'corroborated',
          'info',
          `observations[${now.index}].value`,
          `${what} is ${String(o.value)} in ${now.name}${q(quote)}, as in ${before.name}${q(otherQuote)}`,
          `${whatZh}在 ${now.name} 中为 ${String(o.value)}${q(quote)}，与 ${before.name}${q(otherQuote)} 一致`,
          details,
        ),
      ),
    );
    return;
  }
  emit(
    at(
      issue(
        'conflicting_observation',
        'error',
        `observations[${now.index}].value`,
        `${what} is ${String(o.value)} in ${now.name}${q(quote)} but ${String(before.o.value)} in ${before.name}${q(otherQuote)}`,
        `${whatZh}在 ${now.name} 中为 ${String(o.value)}${q(quote)}，而在 ${before.name} 中为 ${String(before.o.value)}${q(otherQuote)}，相互矛盾`,
        details,
      ),
    ),
  );
}
