/** Turns a report's text into a draft dataset: every figure becomes an observation or an unmatched entry. */
import type { Catalog } from '../catalog/catalog.js';
import { defaultCatalog } from '../catalog/default-catalog.js';
import type { DivisionTree } from '../divisions/lookup.js';
import * as arith from '../internal/arith.js';
import type { Dataset } from '../model/dataset.js';
import { appliesTo } from '../model/dimension.js';
import type { Indicator } from '../model/indicator.js';
import type { Observation, ShareOf } from '../model/observation.js';
import type { DocumentKind } from '../model/report.js';
import type { Target } from '../model/target.js';
import { asOwnTier, coverageCue, ownNames } from './coverage.js';
import { divisionNames, namedDivision } from './jurisdictions.js';
import { beginningLost } from './layout.js';
import {
  ambiguousCandidates,
  asCell,
  type Candidate,
  type MapContext,
  type Mapped,
  mapLevel,
  mapSubject,
} from './map-indicator.js';
import { type FigureMeasure, figureMeasure, type Measure } from './measure.js';
import { cellOf, findMembers, type MemberHit, type MemberTerm, memberTerms, searchable } from './members.js';
import { inPlanSection } from './plans.js';
import { type Figure, type FigureKind, scanFigures } from './scan-figures.js';
import { type FigureScope, figureScope, hasCue, type ScopeCue, sentenceCue } from './scope.js';
import { clauseAt, findSections, fullSentenceAt, lastListOpener, type Span, sentenceAt } from './segment.js';
import { type Level, type NamedWhole, resolveShare, type ShareWhole } from './shares.js';
import { type DeclaredUnits, declaredDimensions, readTableCell, unitDimension } from './table-reading.js';
import { cellAt, findTextTables } from './tables.js';
import { catalogTerms, termAfter } from './terms.js';

export type { Candidate } from './map-indicator.js';

/** Options of {@link extractObservations}. */
export interface ExtractOptions {
  /** Division code of the reporting jurisdiction. */
  readonly jurisdiction: string;
  /** The year the report covers. */
  readonly year: number;
  /** Id of the report, cited by every `source.report` (default `"report"`). */
  readonly report?: string;
  /** Path of the source file, recorded in `reports[].file`. */
  readonly file?: string;
  /** What the document is (default `annual-report`). */
  readonly kind?: DocumentKind;
  /** The date 截至目前/目前 refers to (the publication date), when known. */
  readonly asOf?: string;
  /**
   * The last day the report covers when it is not the end of its year (a 1—4月 progress report, a press release of
   * 10月11日 about 今年以来): figures without time words of their own cover the year up to it. Read from a window of
   * months in the report's first line when not given.
   */
  readonly periodEnd?: string;
  /** Observations less certain than this go to `unmatched` as `low_confidence` (0–1, default 0.5). */
  readonly minConfidence?: number;
  /**
   * The division table (`divisionLookup` from `fazhi/divisions`): with it, a figure whose subject is a division under
   * the reporting jurisdiction (武汉市收到…2220件) gets that division's code. Passed in so that `fazhi/extract` does
   * not carry the table itself.
   */
  readonly divisions?: Pick<DivisionTree, 'childDivisions'> & Partial<Pick<DivisionTree, 'getDivision'>>;
  /** The catalog to map to (default: fazhi's), with its dimensions. */
  readonly catalog?: Catalog;
}

/**
 * Why a figure is not an observation: it is not an indicator value (`date`, `year`, `months`, `ordinal`, `heading`,
 * `code`, `title`), it is a planned figure (`target`, also listed in `dataset.targets` when its indicator is known),
 * or it is one but could not be mapped safely (`no_indicator`, `ambiguous`, `low_confidence`,
 * `unsupported_measure`, `no_whole` for a share whose whole is not told), or it was read at the same coordinates
 * as a surer figure of another value (`conflict`) or of the same value (`repeated`: the report says it twice).
 */
export type UnmatchedReason =
  | 'date'
  | 'year'
  | 'months'
  | 'ordinal'
  | 'heading'
  | 'code'
  | 'title'
  | 'no_indicator'
  | 'ambiguous'
  | 'low_confidence'
  | 'unsupported_measure'
  | 'target'
  | 'conflict'
  | 'repeated'
  | 'no_whole';

/** A figure that is not an observation, and why. */
export interface Unmatched {
  /** The figure as printed. */
  readonly text: string;
  /** Offsets of the figure in the text. */
  readonly span: readonly [number, number];
  /** The clause it stands in (exact words of the text). */
  readonly quote: string;
  /** Offsets of the clause. */
  readonly quoteSpan: readonly [number, number];
  /** What kind of figure it is. */
  readonly kind: FigureKind;
  /** Its value (for a date, the ISO form). */
  readonly value: string;
  /** Its unit as printed. */
  readonly unitText?: string;
  /** Why it is not an observation. */
  readonly reason: UnmatchedReason;
  /** Why, in English. */
  readonly message: string;
  /** Why, in Chinese. */
  readonly messageZh: string;
  /** The indicators it might be, most likely first (for `ambiguous`, `low_confidence`, `unsupported_measure`). */
  readonly candidates?: readonly Candidate[];
}

/** Where one figure of the text went: an observation or an unmatched entry, by index. */
export interface FigureOutcome {
  /** Offsets of the figure. */
  readonly span: readonly [number, number];
  /** The figure as printed. */
  readonly text: string;
  /** Index into `dataset.observations`, when it became one. */
  readonly observation?: number;
  /** Index into `unmatched`, otherwise. */
  readonly unmatched?: number;
}

/** What {@link extractObservations} returns. */
export interface ExtractResult {
  /** The draft dataset: one report, the observations with exact quotes, spans, rules and confidences; targets. */
  readonly dataset: Dataset;
  /** Every figure that did not become an observation, with its reason. */
  readonly unmatched: readonly Unmatched[];
  /** Every figure of the text in order and where it went: the proof that nothing was dropped. */
  readonly figures: readonly FigureOutcome[];
  /** The text the offsets refer to. */
  readonly text: string;
}

const REASON_MESSAGES: Readonly<Record<UnmatchedReason, readonly [string, string]>> = {
  date: ['a date, not an indicator value', '日期,不是指标数值'],
  year: ['a year, not an indicator value', '年份,不是指标数值'],
  months: ['a window of months (sets the scope of figures after it)', '月份区间(限定其后数字的期间)'],
  ordinal: ['an ordinal (第N), not a count', '序数(第N),不是数量'],
  heading: ['a heading or list number', '标题或列表序号'],
  code: ['a number that names something (hotline, URL, time of day)', '名称性数字(热线、网址、时刻)'],
  title: ['inside a document title 《…》', '文件标题《…》中的数字'],
  no_indicator: ['no catalog indicator named near it', '附近没有可对应的目录指标'],
  ambiguous: ['several indicators fit equally well', '可对应多个指标,无法确定'],
  low_confidence: ['an indicator fits, but below the confidence asked for', '有可能的指标,但置信度低于要求'],
  unsupported_measure: ['a measure the format cannot hold yet', '数据格式暂不能表达的度量'],
  target: [
    'a planned figure (争取, 力争, 确保 … or a work plan), not a result',
    '计划目标数字(争取、力争、确保等或工作计划),不是实绩',
  ],
  no_whole: [
    'a share whose whole the words do not tell (neither a total with a cell nor another figure)',
    '占比的基数无法确定(既非某一总数的分项,也未指明其他数字)',
  ],
  conflict: [
    'read with the same coordinates as a surer figure of another value: one of the two readings is wrong',
    '与另一个置信度更高、数值不同的数字坐标相同:两者必有一处读错',
  ],
  repeated: [
    'the same figure said again: an observation with the same coordinates and value is already drawn',
    '重复出现的同一数字:已有坐标和数值都相同的观测值',
  ],
};

/** The `unmatched` entry of a figure: what it is, where it stands, why it is not an observation and its candidates. */
function unmatchedFigure(
  figure: Pick<Figure, 'text' | 'kind' | 'value' | 'unitText'>,
  span: readonly [number, number],
  quote: string,
  quoteSpan: readonly [number, number],
  reason: UnmatchedReason,
  candidates?: readonly Candidate[],
): Unmatched {
  const [message, messageZh] = REASON_MESSAGES[reason];
  return {
    text: figure.text,
    span,
    quote,
    quoteSpan,
    kind: figure.kind,
    value: figure.value,
    ...(figure.unitText === undefined ? {} : { unitText: figure.unitText }),
    reason,
    message,
    messageZh,
    ...(candidates && candidates.length > 0 ? { candidates } : {}),
  };
}

/** Words that make a figure a plan rather than a result: 争取达到, 力争, 确保…以上, 目标, 谋划创建. */
const PLAN_WORDS = /争取|力争|确保|目标|计划(?:达到|完成)|拟|预计|要达到|将达到|谋划|确定[^，,。；]*?完成/;
/** A norm being set (确定了人均不少于1元, 要求…不低于90%): its bound is a standard to meet, not what was done. */
const NORM_SET = /(?:确定|明确|规定|要求)[^，,。；]*?(?:不少于|不低于|不超过)[^，,。；]*$/;

/** A share of a target, and the figure of the target when printed: 完成率116.68%, 完成年度目标任务35000人次的75%. */
const COMPLETION =
  /(?:完成率|完成比例)(?:为|达|达到)?\s*$|(?:完成|占)[^，,。；]{0,20}?(?:目标|任务)[^，,。；]{0,16}?的\s*$/;

/**
 * Extracts the figures of a report text as a draft dataset. Every figure of the text — digits, and Chinese
 * numerals that count something — ends in exactly one of `dataset.observations` (with `source.quote` the exact
 * clause, `source.span` its offsets, `source.rule` and `source.confidence`) or `unmatched` (with a reason), and
 * `figures` lists where each went.
 *
 * Each observation gets its indicator from the catalog's words around the figure and the field of work of the
 * passage; its cell (`dimensions`) from the member words of the catalog's dimensions (其中刑事案件…, 一审, 村(居)
 * 民调委会) and from the total it is a part of; its `measure` from 同比/占/倍/百分点, with the base year and, for a
 * share, its whole (`shareOf`: another indicator, the target); its scope from 截至/累计/1—4月/本级.
 *
 * @param text - the report text (plain text; see `htmlToText` and `pdfToText` for other formats)
 * @param options - the jurisdiction and year, and optionally the report id, its dates and a catalog
 * @returns the dataset, the unmatched figures and the ledger of figures
 * @example
 * ```ts
 * const { dataset, unmatched } = extractObservations('2024年共收到行政复议案件48件,办结23件。', {
 *   jurisdiction: '433126',
 *   year: 2024,
 * });
 * dataset.observations.map((o) => `${o.indicator}=${o.value}`);
 * // ['reconsideration.received=48', 'reconsideration.concluded=23']
 * unmatched.map((u) => u.reason); // ['year']
 * ```
 */
export function extractObservations(text: string, options: ExtractOptions): ExtractResult {
  const catalog = options.catalog ?? defaultCatalog;
  const report = options.report ?? 'report';
  const minConfidence = options.minConfidence ?? 0.5;
  const search = searchable(text);
  const terms = catalogTerms(catalog);
  const members = memberTerms(catalog.dimensions ?? []);
  const domains = new Set(catalog.indicators.map((i) => i.id.slice(0, i.id.indexOf('.'))));
  const sections = findSections(text);
  const figures = scanFigures(text, { year: options.year });
  const tables = findTextTables(text);
  const places =
    options.divisions === undefined ? [] : divisionNames(options.divisions, options.jurisdiction);
  const units: DeclaredUnits = { dimensions: new Map() };
  const selfName = options.divisions?.getDivision?.(options.jurisdiction)?.name;
  const selfNames = ownNames(selfName);
  const observations: Observation[] = [];
  const targets: Target[] = [];
  const unmatched: Unmatched[] = [];
  const outcomes: FigureOutcome[] = [];
  const periodEnd = options.periodEnd ?? titlePeriodEnd(text, figures, options.year);
  // The level figures of the paragraph, for parts (其中…), shares (占…) and changes (同比…) that refer to them.
  let levels: Level[] = [];
  // The whole of the last share of the paragraph: a list of shares (占比81.7%;…占比6.5%) has one whole.
  let previousWhole: ShareWhole | undefined;
  let sentenceStart = -1;
  let paragraphStart = -1;
  // A time cue (1—4月, 截至11月30日) holds for the rest of its paragraph; 截至目前 for the stocks that open a
  // later sentence of it (截至目前,共接收…。在矫241人).
  let carried: ScopeCue | undefined;
  // The field of work of the last figure whose own words made it the reporting government's own (本级): a sentence
  // after it with no subject of its own, in the same field, goes on with it.
  let ownDomain: string | undefined;
  // The last change read, for a comparison after it in its sentence with no subject of its own.
  let lastChange: { sentence: number; reading: Reading } | undefined;

  for (const figure of figures) {
    const clause = clauseAt(text, figure.start);
    const sentence = sentenceAt(text, figure.start);
    const full = fullSentenceAt(text, figure.start);
    const paragraph = text.lastIndexOf('\n', sentence.start - 1) + 1;
    if (paragraph !== paragraphStart) {
      paragraphStart = paragraph;
      levels = [];
      previousWhole = undefined;
      ownDomain = undefined;
    }
    if (sentence.start !== sentenceStart) {
      sentenceStart = sentence.start;
      const cue = sentenceCue(
        text,
        { start: paragraph, end: sentence.start },
        figures,
        options.year,
        sentence.start,
      );
      const opening = termAfter(terms, search, sentence.start, Math.min(sentence.end, sentence.start + 12));
      const opensWithStock =
        opening !== undefined &&
        opening.start === sentence.start &&
        opening.term.indicators.some((i) => i.kind === 'stock');
      const { now, ...rest } = cue;
      carried = hasCue(cue) ? (now && !opensWithStock ? rest : cue) : undefined;
    }
    const quote = text.slice(clause.start, clause.end);
    const span: [number, number] = [figure.start, figure.end];
    const missIn = (
      reason: UnmatchedReason,
      where: string,
      whereSpan: Span,
      candidates?: readonly Candidate[],
    ) => {
      unmatched.push(
        unmatchedFigure(figure, span, where, [whereSpan.start, whereSpan.end], reason, candidates),
      );
      outcomes.push({ span, text: figure.text, unmatched: unmatched.length - 1 });
    };
    const miss = (reason: UnmatchedReason, candidates?: readonly Candidate[]) =>
      missIn(reason, quote, clause, candidates);
    if (!VALUE_KINDS.includes(figure.kind)) {
      miss(figure.kind as UnmatchedReason);
      continue;
    }
    const place = cellAt(tables, figure.start);
    if (place !== undefined) {
      // A column header's number (2019受理量) is part of its words; a cell is read with its row and column headers.
      if (place.row === undefined || place.column === 0) {
        miss('heading');
        continue;
      }
      const rowQuote = text.slice(place.row.start, place.row.end);
      const rowSpan = { start: place.row.start, end: place.row.end };
      const t = {
        search,
        sections,
        terms,
        domains,
        catalog,
        members,
        units,
        places,
        jurisdiction: options.jurisdiction,
      };
      const cell = readTableCell(t, place, figure, options.year);
      if (cell === undefined || cell === 'ambiguous') {
        missIn(cell === undefined ? 'no_indicator' : 'ambiguous', rowQuote, rowSpan);
        continue;
      }
      if (cell.mapped.confidence < minConfidence) {
        missIn('low_confidence', rowQuote, rowSpan, cell.mapped.candidates);
        continue;
      }
      // The total row's share (100.0%) is the total's share of itself.
      const ofItself = cell.measure.measure === 'share' && Object.keys(cell.dimensions).length === 0;
      const reading: Reading = {
        mapped: cell.mapped,
        dimensions: cell.dimensions,
        ownCell: true,
        ...(cell.jurisdiction === undefined ? {} : { jurisdiction: cell.jurisdiction }),
        ...(cell.ownLevel ? { ownLevel: true } : {}),
        ...(ofItself ? { shareOf: { indicator: cell.mapped.indicator.id } } : {}),
      };
      const scope: FigureScope = { words: [], ...(cell.year === undefined ? {} : { year: cell.year }) };
      observations.push(
        buildObservation(figure, cell.measure, reading, scope, options, report, rowQuote, rowSpan),
      );
      outcomes.push({ span, text: figure.text, observation: observations.length - 1 });
      continue;
    }
    const ctx: MapContext = {
      text,
      search,
      figure,
      clause,
      sentence,
      sections,
      terms,
      domains,
      catalog,
      figures,
    };
    const wordsBefore = search.slice(clause.start, figure.start);
    let measure = figureMeasure(text, figure, clause.start, sentence.start);
    const completion = figure.kind === 'percent' && COMPLETION.exec(wordsBefore);
    if (completion) {
      measure = {
        measure: 'share',
        sign: 1,
        respectively: false,
        wordsStart: clause.start + completion.index,
      };
    }
    const inFull = levels.filter((l) => l.sentence === full.start);
    let reading: Reading | 'ambiguous' | undefined;
    if (measure.measure === 'level') {
      reading = readLevel(ctx, members, full, levels);
      if (reading !== undefined && reading !== 'ambiguous')
        reading = asDeclaredUnit(ctx, members, units, reading);
      if (reading !== undefined && reading !== 'ambiguous') {
        reading = {
          ...reading,
          dimensions: asOwnTier(reading.dimensions, options.jurisdiction, selfName),
          ...(reading.otherwise === undefined
            ? {}
            : { otherwise: asOwnTier(reading.otherwise, options.jurisdiction, selfName) }),
        };
      }
      // 武汉市收到行政复议申请2220件: a division under the reporting one, named as the subject, is the figure's.
      if (reading !== undefined && reading !== 'ambiguous' && reading.jurisdiction === undefined) {
        const zone = memberZone(ctx)[0] as Span;
        const bound = ['moreThan', 'lessThan', 'atLeast', 'atMost'].includes(figure.qualifier);
        // A bound's group is named before the count of its members (硚口区等9个…超过40件): read the whole clause.
        const code = namedDivision(
          places,
          search.slice(bound ? clause.start : zone.start, figure.start),
          bound,
        );
        if (code !== undefined) reading = { ...reading, jurisdiction: code };
      }
    } else {
      const named: NamedWhole = {
        jurisdiction: options.jurisdiction,
        sentence: full.start,
        cell: (indicator) =>
          asOwnTier(
            cellOf(findMembers(members, search, measure.wordsStart, figure.start), indicator).dimensions,
            options.jurisdiction,
            selfName,
          ),
      };
      // A share that proves its part counts what its whole counts corrects the part read before it.
      const recount = (level: Level, indicator: string): Level => {
        const source = level.observation.source;
        const observation: Observation = {
          ...level.observation,
          indicator,
          ...(source === undefined ? {} : { source: { ...source, rule: `${source.rule} counted-as-whole` } }),
        };
        observations[observations.indexOf(level.observation)] = observation;
        const next = { ...level, observation };
        levels[levels.indexOf(level)] = next;
        return next;
      };
      reading = readMeasured(
        ctx,
        measure,
        levels,
        inFull,
        Boolean(completion),
        previousWhole,
        named,
        recount,
      );
      // 是前年的10倍,是去年的6倍: a second comparison with no subject of its own compares the same thing.
      if (reading === undefined && measure.measure !== 'share' && lastChange?.sentence === full.start) {
        const rule = `${measure.measure}-same-subject`;
        reading = { ...lastChange.reading, mapped: { ...lastChange.reading.mapped, confidence: 0.75, rule } };
      }
      if (reading !== undefined && reading !== 'ambiguous' && measure.measure !== 'share') {
        lastChange = { sentence: full.start, reading };
      }
      if (reading !== undefined && reading !== 'ambiguous' && measure.measure === 'share') {
        previousWhole = reading.shareOf === undefined ? {} : { shareOf: reading.shareOf };
      }
    }
    if (reading === undefined) {
      miss('no_indicator');
      continue;
    }
    if (reading === 'ambiguous') {
      miss('ambiguous', ambiguousCandidates(ctx));
      continue;
    }
    if (measure.unsupported !== undefined) {
      miss('unsupported_measure', reading.mapped.candidates);
      continue;
    }
    const planned =
      !completion &&
      (options.kind === 'work-plan' ||
        PLAN_WORDS.test(wordsBefore) ||
        NORM_SET.test(search.slice(clause.start, figure.end)) ||
        inPlanSection(sections, figure.start, options.year));
    if (planned) {
      if (measure.measure === 'level') {
        targets.push(buildTarget(figure, reading.mapped.indicator, options, report, quote, clause));
      }
      miss('target', reading.mapped.candidates);
      continue;
    }
    // A sentence whose opening words the text has lost (a page cut, a line of columns): its subject is unseen.
    if (beginningLost(text, full, reading.mapped.term?.start ?? figure.start)) {
      const confidence = Math.round(reading.mapped.confidence * 50) / 100;
      const rule = `${reading.mapped.rule}+beginning-lost`;
      reading = { ...reading, mapped: { ...reading.mapped, confidence, rule } };
    }
    if (reading.mapped.confidence < minConfidence) {
      miss('low_confidence', reading.mapped.candidates);
      continue;
    }
    // A share of the total has a cell; of anything else, a shareOf. Neither: its whole is not known.
    if (
      measure.measure === 'share' &&
      Object.keys(reading.dimensions).length === 0 &&
      reading.shareOf === undefined
    ) {
      miss('no_whole', reading.mapped.candidates);
      continue;
    }
    const stock = reading.mapped.indicator.kind === 'stock';
    const scope: FigureScope = reading.scope ?? {
      ...figureScope(text, figure, sentence, clause, figures, {
        year: options.year,
        ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
        ...(periodEnd === undefined ? {} : { periodEnd }),
        stock,
        ...(carried === undefined ? {} : { carried }),
      }),
    };
    if (
      measure.measure === 'level' &&
      !scope.includesCarriedOver &&
      partOfCarriedOver(search, figure, full, levels, reading)
    ) {
      scope.includesCarriedOver = true;
      scope.words.push('含结转');
    }
    const whose = ownLevel(text, sentence, figure, options.jurisdiction, selfNames, reading, ownDomain);
    if (whose.own) scope.coverage = 'ownLevel';
    ownDomain = whose.domain;
    let observation = buildObservation(figure, measure, reading, scope, options, report, quote, clause);
    if (reading.otherwise !== undefined && contradicts(observations, observation)) {
      const alternative = { ...reading, dimensions: reading.otherwise };
      observation = buildObservation(figure, measure, alternative, scope, options, report, quote, clause);
    }
    observations.push(observation);
    outcomes.push({ span, text: figure.text, observation: observations.length - 1 });
    if (measure.measure === 'level') {
      levels.push({ figure, observation, sentence: full.start, ownCell: reading.ownCell });
    }
  }

  settleConflicts(observations, outcomes, unmatched, figures, text);

  const dataset: Dataset = {
    name: `Extracted from ${options.file ?? report}`,
    description: `Draft extracted by fazhi extract: review every observation against its quote.`,
    reports: [
      {
        id: report,
        jurisdiction: options.jurisdiction,
        year: options.year,
        kind: options.kind ?? 'annual-report',
        ...(options.file === undefined ? {} : { file: options.file }),
        ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
        ...(periodEnd === undefined ? {} : { periodEnd }),
      },
    ],
    ...(units.dimensions.size === 0 ? {} : { dimensions: declaredDimensions(units) }),
    observations,
    ...(targets.length === 0 ? {} : { targets }),
    notModelled: unmatched.map((u) => ({
      report,
      quote: u.quote,
      reason: `${u.reason}: ${u.text} — ${u.message}`,
    })),
  };
  return { dataset, unmatched, figures: outcomes, text };
}

/** `true` when an observation read before has the same coordinates and another value. */
function contradicts(observations: readonly Observation[], o: Observation): boolean {
  const key = coordinates(o);
  return observations.some(
    (p) => coordinates(p) === key && arith.canonical(p.value) !== arith.canonical(o.value),
  );
}

/** The coordinates of an observation: two of them with different values cannot both be right. */
function coordinates(o: Observation): string {
  const {
    value: _v,
    upper: _u,
    qualifier: _q,
    unit: _n,
    source: _s,
    note: _t,
    ...rest
  } = o as Observation & {
    note?: string;
  };
  return canonicalJson(rest);
}

/** JSON with the keys of every object sorted, so that equal values give equal text. */
function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

/**
 * Two observations at the same coordinates with different values (团体心理辅导1次、课堂学习8期 both read as class
 * sessions): the surer one stays (the first on a tie), the others go to `unmatched` as `conflict`, so the draft
 * never contradicts itself; with the same value (a summary that repeats a figure of the text) the others are
 * `repeated`, so the draft holds each figure once (a table's cell restating the prose stays). Observations and the ledger are renumbered in place.
 */
function settleConflicts(
  observations: Observation[],
  outcomes: FigureOutcome[],
  unmatched: Unmatched[],
  figures: readonly Figure[],
  text: string,
): void {
  const best = new Map<string, number>();
  observations.forEach((o, i) => {
    const key = coordinates(o);
    const b = best.get(key);
    if (b === undefined || (o.source?.confidence ?? 0) > (observations[b]?.source?.confidence ?? 0))
      best.set(key, i);
  });
  const dropped = new Map<number, 'conflict' | 'repeated'>();
  observations.forEach((o, i) => {
    const keep = observations[best.get(coordinates(o)) as number] as Observation;
    if (i === best.get(coordinates(o))) return;
    const same =
      arith.canonical(o.value) === arith.canonical(keep.value) &&
      o.upper === keep.upper &&
      o.qualifier === keep.qualifier;
    // A table's total row restating a figure of the prose is its own statement (the total of the table's cells).
    const inTable = [o, keep].some((x) => x.source?.rule?.startsWith('table-cell'));
    if (!same) dropped.set(i, 'conflict');
    else if (!inTable) dropped.set(i, 'repeated');
  });
  if (dropped.size === 0) return;
  const renumber = new Map<number, number>();
  let n = 0;
  observations.forEach((_, i) => {
    if (!dropped.has(i)) renumber.set(i, n++);
  });
  outcomes.forEach((f, k) => {
    if (f.observation === undefined) return;
    const o = observations[f.observation] as Observation;
    if (!dropped.has(f.observation)) {
      outcomes[k] = { ...f, observation: renumber.get(f.observation) as number };
      return;
    }
    const figure = figures.find((g) => g.start === f.span[0]) as Figure;
    const reason = dropped.get(f.observation) as 'conflict' | 'repeated';
    const span = (o.source?.span ?? [f.span[0], f.span[1]]) as [number, number];
    unmatched.push(
      unmatchedFigure({ ...figure, text: f.text }, f.span, text.slice(span[0], span[1]), span, reason, [
        { indicator: o.indicator, confidence: o.source?.confidence ?? 0, rule: o.source?.rule ?? '' },
      ]),
    );
    outcomes[k] = { span: f.span, text: f.text, unmatched: unmatched.length - 1 };
  });
  const kept = observations.filter((_, i) => !dropped.has(i));
  observations.splice(0, observations.length, ...kept);
}

/** What a figure was read as, before its observation is built. */
interface Reading {
  readonly mapped: Mapped;
  /** Its cell. */
  readonly dimensions: Readonly<Record<string, string>>;
  /** The cell came from the figure's own words. */
  readonly ownCell: boolean;
  /** A scope taken over from the figure referred to (a share or change has its level's scope). */
  readonly scope?: FigureScope;
  /** The whole of a share, when not the default. */
  readonly shareOf?: ShareOf;
  /** The year a change compares with, when the figure referred to sets it. */
  readonly jurisdiction?: string;
  /** The figure is of the reporting government's own bodies (a table titled 省直部门…): `coverage: ownLevel`. */
  readonly ownLevel?: boolean;
  /** The cell to take instead when this one contradicts a figure read before (the sentence's subject's). */
  readonly otherwise?: Readonly<Record<string, string>>;
}

/**
 * `true` when a figure is a part (其中…) of a total of its sentence that counts last year's cases too (审结574件(包含结转
 * 案件),其中调解结案89件): the part is of those cases, carried over ones included.
 */
function partOfCarriedOver(
  search: string,
  figure: Figure,
  full: Span,
  levels: readonly Level[],
  reading: Reading,
): boolean {
  const total = [...levels].reverse().find((l) => l.sentence === full.start);
  if (total?.observation.includesCarriedOver !== true) return false;
  const domain = (id: string) => id.slice(0, id.indexOf('.'));
  return (
    domain(total.observation.indicator) === domain(reading.mapped.indicator.id) &&
    /其中|包括/.test(search.slice(total.figure.end, figure.start))
  );
}

/** Words of a sentence's opening that name a new subject (a place, a body): it does not go on with the last one. */
const NEW_SUBJECT = /[省市区县州镇乡街村]|中心|局|所|处|院|委|政府|部门|单位|机构|组织|机关/;

/**
 * Whether a figure is the reporting government's own level: the last words before it in its sentence that say whose
 * figures follow say 本级, 省直部门 or its own office (宁波市法律援助中心共受理…); a sentence that names no subject of
 * its own goes on with the one before it when it speaks of the same field of work (…中心共受理…案件。接待…法律咨询…).
 * A figure of a division under it is not. Returns the field that a later sentence may go on with.
 */
function ownLevel(
  text: string,
  sentence: Span,
  figure: Figure,
  jurisdiction: string,
  names: readonly string[],
  reading: Reading,
  carried: string | undefined,
): { own: boolean; domain: string | undefined } {
  const id = reading.mapped.indicator.id;
  const domain = id.slice(0, id.indexOf('.'));
  if (reading.jurisdiction !== undefined && reading.jurisdiction !== jurisdiction)
    return { own: false, domain: undefined };
  const words = text.slice(sentence.start, figure.start);
  const cue = coverageCue(words, jurisdiction, names);
  if (cue !== undefined) {
    const own = cue.coverage === 'ownLevel';
    return { own, domain: own ? domain : undefined };
  }
  if (carried === domain && !NEW_SUBJECT.test(words)) return { own: true, domain };
  return { own: false, domain: carried };
}

/** The end of the window of months the report's first line names (滁州市2021年度1-4月…实施情况), if any. */
function titlePeriodEnd(text: string, figures: readonly Figure[], year: number): string | undefined {
  const firstLine = /^\s*[^\n]*/.exec(text)?.[0] ?? '';
  // A title: one short line without the punctuation of prose.
  if (firstLine.length > 80 || /[。，,；;]/.test(firstLine)) return undefined;
  const window = figures.find((f) => f.kind === 'months' && f.end <= firstLine.length);
  if (window === undefined) return undefined;
  const month = Number(window.upper);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month === 12
    ? undefined
    : `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/**
 * The member words around a figure: its item of the clause before it (the subject, after the previous figure and the
 * last 、 of a list: 村(居)民调委会972个、乡镇(街道)调委会49个) and the counted noun right after its measure word
 * (138个基层调委会), up to the next figure or list separator.
 */
function memberZone(ctx: MapContext): Span[] {
  const { figure, clause, figures, search } = ctx;
  const next = figures.find((f) => f.start >= figure.end);
  const previous = [...figures].reverse().find((f) => f.end <= figure.start && f.start >= clause.start);
  let start = Math.max(clause.start, previous?.end ?? clause.start);
  // The item of a list: after the last 、 before the figure.
  const item = search.lastIndexOf('、', figure.start - 1);
  if (item >= start) start = item + 1;
  const stop = search.slice(figure.end, clause.end).search(/[、，,；;和及与]/);
  const nounEnd = Math.min(
    clause.end,
    next?.start ?? clause.end,
    figure.end + 12,
    stop < 0 ? clause.end : figure.end + stop,
  );
  return [
    { start, end: figure.start },
    { start: figure.end, end: nounEnd },
  ];
}

/** Figures that are values (not a date, a year, a hotline's number or a heading's). */
const VALUE_KINDS: readonly FigureKind[] = ['quantity', 'percent', 'percentagePoints', 'multiple'];

/**
 * A unit a table of the report named as a member of a dimension the draft declares (公安分局 among the respondents)
 * is that member where the prose names it again (行政机关正职负责人出庭6件,包括公安分局2): the same body, not the
 * field of work its name also says.
 */
function asDeclaredUnit(
  ctx: MapContext,
  members: readonly MemberTerm[],
  units: DeclaredUnits,
  reading: Reading,
): Reading {
  const indicator = reading.mapped.indicator.id;
  const domain = indicator.slice(0, indicator.indexOf('.'));
  const zone = memberZone(ctx)[0] as Span;
  const words = ctx.search.slice(zone.start, zone.end);
  for (const d of units.dimensions.values()) {
    if (unitDimension(domain).id !== d.id) continue;
    const name = [...d.members.keys()]
      .filter((n) => n.length >= 2 && words.includes(n))
      .sort((a, b) => b.length - a.length)[0];
    if (name === undefined) continue;
    // The catalog cells the name's own words give (公安分局: the public security field) are this unit's, not more.
    const at = zone.start + words.lastIndexOf(name);
    const said = new Set(
      findMembers(members, ctx.search, at, at + name.length).map((h) => h.term.dimension.id),
    );
    const dimensions = Object.fromEntries(Object.entries(reading.dimensions).filter(([id]) => !said.has(id)));
    d.indicators.add(indicator);
    return {
      ...reading,
      dimensions: { ...dimensions, [d.id]: d.members.get(name) as string },
      ownCell: true,
    };
  }
  return reading;
}

/** How sure an item of a list is of the indicator its list's subject names. */
const LIST_CONFIDENCE = 0.8;

/**
 * The subject of the list a figure is an item of: the words of the clause before 分别为/依次为 when everything between
 * it and the figure is short items (a name and a figure) separated by 、 , ; — or `undefined`.
 */
function listSubject(ctx: MapContext, full: Span): Span | undefined {
  const { search, figure } = ctx;
  const opener = lastListOpener(search, full.start, figure.start);
  if (opener === undefined) return undefined;
  const items = search.slice(opener.end, figure.start).split(/[、，,；;]/);
  if (items.some((item) => [...item].length > 16) || [...(items.at(-1) ?? '')].length > 12) return undefined;
  const clause = clauseAt(ctx.text, opener.start);
  return clause.start < opener.start ? { start: clause.start, end: opener.start } : undefined;
}

/**
 * The dimensions an indicator's own name, or the word that named it, already says (乡镇公共法律服务工作站 is of the
 * township tier); not every synonym's (热线咨询 is one way of consulting: 法律咨询16万人次 is not all by hotline).
 */
function impliedBy(indicator: Indicator, hit: MemberHit, said?: string): boolean {
  const names = [indicator.name, ...(said === undefined ? [] : [said])].map(searchable);
  const words = [hit.term.member.name, ...(hit.term.member.synonyms ?? [])].map(searchable);
  return names.some((n) => words.some((w) => w.length >= 2 && n.includes(w)));
}

/**
 * A level figure: its indicator from the words around it, or — a part of a total read before it (其中刑事案件362
 * 件) — the total's indicator; its cell from member words around it, from the total, and from the subject of its
 * sentence.
 */
function readLevel(
  ctx: MapContext,
  members: readonly MemberTerm[],
  full: Span,
  levels: readonly Level[],
): Reading | 'ambiguous' | undefined {
  const { search, figure, catalog } = ctx;
  let mapped = mapLevel(ctx);
  const zone = memberZone(ctx);
  // An item of a list after 分别为 (排名前五位分别为浦东新区1269件;杨浦区911件): the list's subject names what each
  // item counts, and its member words are every item's.
  const list = listSubject(ctx, full);
  if (list !== undefined) {
    zone.push(list);
    if (mapped === undefined || (mapped !== 'ambiguous' && mapped.confidence < LIST_CONFIDENCE)) {
      const subject = mapSubject({ ...ctx, clause: list }, list.end, false, 'list-subject');
      if (subject !== undefined && subject !== 'ambiguous')
        mapped = { ...subject, confidence: Math.min(subject.confidence, LIST_CONFIDENCE) };
    }
  }
  // The subject named in an opening clause of the sentence with no figure of its own, right before the figure's
  // clause (特别是县调委会作用发挥十分明显,全年…调处…纠纷23件; 12348…热线平台持续优化提升,…共接受法律咨询16万人次).
  const topic = clauseAt(ctx.text, full.start);
  if (
    topic.end < ctx.clause.start &&
    !/[，,。；;]/.test(ctx.search.slice(topic.end + 1, ctx.clause.start)) &&
    !ctx.figures.some((f) => f.start >= topic.start && f.start < topic.end && VALUE_KINDS.includes(f.kind))
  ) {
    zone.unshift(topic);
  }
  // Named by a later term (3个集体…荣获全国公共法律服务工作先进集体): the words up to it qualify the figure too.
  if (mapped !== undefined && mapped !== 'ambiguous' && mapped.rule.startsWith('term-later') && mapped.term) {
    zone.push({ start: ctx.figure.end, end: mapped.term.start });
  }
  const hits = zone
    .flatMap((z) => findMembers(members, search, z.start, z.end))
    .filter((h) => !forWhom(search, h) && !listedWithOthers(search, h));
  // The total this figure may be a part of: a level without a cell of its own, earlier in the sentence, or in the
  // sentence before when this one opens with 其中.
  const opensWithPart = /^\s*(?:其中|包括|含)/.test(search.slice(full.start, full.start + 4));
  const total = [...levels]
    .reverse()
    .find(
      (l) =>
        l.figure.start < figure.start &&
        Object.keys(l.observation.dimensions ?? {}).length === 0 &&
        (l.sentence === full.start || opensWithPart),
    );
  const inList = total !== undefined && /其中|包括|分别为/.test(search.slice(total.figure.end, figure.start));
  if (total !== undefined) {
    const base = catalog.get(total.observation.indicator);
    const own =
      mapped === undefined || mapped === 'ambiguous' ? undefined : asCell(mapped.indicator, catalog);
    if (base !== undefined && (own === undefined || own.indicator.id === base.id || inList)) {
      // Member words that name a cell of the total, including words of the figure's own term when the list says
      // 其中 (其中法律援助案件450件 is the 法律援助案件 cell of the 受理指派案件 total).
      const cell = cellOf(
        hits.filter(
          (h) => inList || mapped === undefined || mapped === 'ambiguous' || !overlapsTerm(mapped, h),
        ),
        base.id,
      );
      const dims = { ...(own?.indicator.id === base.id ? own.dimensions : {}), ...cell.dimensions };
      if (Object.keys(dims).length > 0) {
        const confidence =
          own?.indicator.id === base.id && mapped !== 'ambiguous' && mapped ? mapped.confidence : 0.8;
        mapped = {
          indicator: base,
          confidence,
          rule: 'part-of-total',
          candidates: [{ indicator: base.id, confidence, rule: 'part-of-total' }],
        };
        return withSubject(ctx, members, full, levels, { mapped, dimensions: dims, ownCell: true });
      }
    }
  }
  if (mapped === undefined || mapped === 'ambiguous') return mapped;
  const cell = asCell(mapped.indicator, catalog);
  const said = mapped.term === undefined ? undefined : search.slice(mapped.term.start, mapped.term.end);
  const own = cellOf(
    hits.filter((h) => !overlapsTerm(mapped, h) && !impliedBy(mapped.indicator, h, said)),
    cell.indicator.id,
  );
  const dimensions = { ...cell.dimensions, ...own.dimensions };
  return withSubject(ctx, members, full, levels, {
    mapped: { ...mapped, indicator: cell.indicator },
    dimensions,
    ownCell: Object.keys(own.dimensions).length > 0,
  });
}

/**
 * `true` when a member word says for whom a service is given in general (为困难群众提供法律援助服务26163人次, 为经济困难
 * 群众、残疾人…提供免费公证服务): a description of the service, not a cell of the figure.
 */
function forWhom(search: string, hit: MemberHit): boolean {
  // 为经济困难群众、残疾人、老年人等特殊群体提供…: the 为 may stand before a list of the groups.
  const before = search.slice(Math.max(0, hit.start - 30), hit.start).replace(/^.*[，,。；;:：]/, '');
  const at = before.lastIndexOf('为');
  if (at < 0 || /其中|包括/.test(before.slice(at))) return false;
  return /^[^，,。；;]{0,24}?(?:提供|办理)/.test(search.slice(hit.end, hit.end + 30));
}

/**
 * `true` when a member word is one of several the figure adds up (来访、来电等法律咨询17599批次; 婚姻家庭等纠纷: 等
 * after it says the figure counts others too; 各级人民政府 is every level), so it is no cell of that dimension.
 */
function listedWithOthers(search: string, hit: MemberHit): boolean {
  // 全市各级人民政府, 市、区两级政府: bodies of every level together, no one of them.
  return (
    search[hit.end] === '等' ||
    /(?:各|[两三四五])级(?:人民)?$/.test(search.slice(Math.max(0, hit.start - 5), hit.start))
  );
}

/** `true` when a member word lies inside the words that named the indicator (刑事案件 inside 刑事案件数). */
function overlapsTerm(mapped: Mapped, hit: MemberHit): boolean {
  return mapped.term !== undefined && hit.start >= mapped.term.start && hit.end <= mapped.term.end;
}

/**
 * Adds the cell the subject of the sentence names (铁岭两级法院新收一审行政案件240件,…审结…: 一审 for all of them)
 * for the dimensions the figure's own words leave open.
 */
function withSubject(
  ctx: MapContext,
  members: readonly MemberTerm[],
  full: Span,
  levels: readonly Level[],
  reading: Reading,
): Reading {
  // A sentence that opens with 其中 counts some of what the sentence before ended on (…一审案件…结案118件。其中开庭审结
  // 94件): that figure's cell is its first clause's subject.
  const opensWithPart =
    ctx.clause.start === full.start && /^\s*(?:其中|包括)/.test(ctx.search.slice(full.start, full.start + 4));
  const before = levels.filter((l) => l.sentence < full.start).at(-1);
  const first =
    levels.find((l) => l.sentence === full.start && l.ownCell) ??
    (opensWithPart && before !== undefined && Object.keys(before.observation.dimensions ?? {}).length > 0
      ? before
      : undefined);
  if (first === undefined) return reading;
  // Categories listed one after another (治安管理类案件13件;工商投诉举报类受理21件) are siblings, not parts of the first.
  const category = (f: Figure) => /类/.test(ctx.search.slice(clauseAt(ctx.text, f.start).start, f.start));
  if (category(first.figure) && category(ctx.figure)) {
    const sibling = asSibling(ctx, members, first.observation.dimensions ?? {}, reading);
    if (sibling !== undefined || reading.ownCell) return sibling ?? reading;
  }
  const subject = first.observation.dimensions ?? {};
  const indicator = reading.mapped.indicator;
  if (
    first.observation.indicator.slice(0, first.observation.indicator.indexOf('.')) !==
    indicator.id.slice(0, indicator.id.indexOf('.'))
  )
    return reading;
  // 特殊群体法律援助案件办结89件;办理各类公证案件4231件;办理援助案件1052件: a sentence that moved on to another field
  // has left its subject behind.
  const field = (id: string) => id.slice(0, id.indexOf('.'));
  if (
    levels.some(
      (l) =>
        l.sentence === full.start &&
        l.figure.start > first.figure.start &&
        field(l.observation.indicator) !== field(indicator.id),
    )
  )
    return reading;
  // The subject counts the same things (cases, then their rate): 行业性调委会8家 is no subject of 排查纠纷737次.
  // Items of a list (市级…中心1个、区(县)级…中心16个、乡镇…工作站205个) each name their own cell.
  if (ctx.search.slice(first.figure.end, ctx.figure.start).includes('、')) return reading;
  const firstUnit = ctx.catalog.get(first.observation.indicator)?.unit;
  const inherited = subjectCell(ctx, subject, reading);
  // Of other things (申请人163人 after 188件): the subject's cell only if the figure read without it contradicts one
  // read before (the province's 3758 applicants): then the sentence's subject is what tells them apart.
  if (firstUnit !== indicator.unit && indicator.unit !== 'percent')
    return { ...reading, ...(inherited === reading.dimensions ? {} : { otherwise: inherited }) };
  return { ...reading, dimensions: inherited };
}

/**
 * A category listed after another (治安管理类13件;工商投诉举报类受理21件;其他各类案件19件) is a cell of the same
 * dimension: siblings divide one whole along one dimension. Its words are read for that dimension's members alone
 * (工商投诉举报 → 工商, market regulation; 其他 → other), and a dimension its words named besides (投诉举报 as a kind
 * of act) is dropped. `undefined` when its words name no member of the siblings' dimension.
 */
function asSibling(
  ctx: MapContext,
  members: readonly MemberTerm[],
  siblingCell: Readonly<Record<string, string>>,
  reading: Reading,
): Reading | undefined {
  const zone = memberZone(ctx)[0] as Span;
  const shared = Object.keys(siblingCell);
  const cell: Record<string, string> = {};
  for (const id of shared) {
    const own = members.filter(
      (t) => t.dimension.id === id && appliesTo(t.dimension, reading.mapped.indicator.id),
    );
    const hit = findMembers(own, ctx.search, zone.start, zone.end).at(-1);
    if (hit !== undefined) cell[id] = hit.term.member.id;
  }
  if (Object.keys(cell).length === 0) return undefined;
  const named = new Set(
    findMembers(members, ctx.search, zone.start, zone.end).map((h) => h.term.dimension.id),
  );
  const dimensions = Object.fromEntries(
    Object.entries(reading.dimensions).filter(([id]) => !named.has(id) && !shared.includes(id)),
  );
  return { ...reading, dimensions: { ...dimensions, ...cell }, ownCell: true };
}

/** The cell a figure has with the dimensions its sentence's subject names that its own words leave open. */
function subjectCell(
  ctx: MapContext,
  subject: Readonly<Record<string, string>>,
  reading: Reading,
): Readonly<Record<string, string>> {
  const indicator = reading.mapped.indicator;
  const dims: Record<string, string> = { ...reading.dimensions };
  const dimensions = ctx.catalog.dimensions ?? [];
  for (const [id, member] of Object.entries(subject)) {
    if (dims[id] !== undefined) continue;
    const d = dimensions.find((x) => x.id === id);
    if (d === undefined || !appliesTo(d, indicator.id)) continue;
    // Not a member the indicator's own name says already, nor one of a list of parts of the subject's total.
    const m = d.members.find((x) => x.id === member);
    if (
      m !== undefined &&
      impliedBy(indicator, { term: { word: m.name, dimension: d, member: m }, start: 0, end: 0 })
    )
      continue;
    dims[id] = member;
  }
  return Object.keys(dims).length === Object.keys(reading.dimensions).length ? reading.dimensions : dims;
}

/**
 * A change or a share: the subject named before the measure words, or the level figure it refers to — the one just
 * before it, the k-th of a group (同比分别上升76.9%和60.5%), or for a share the part whose ratio to a whole gives the
 * printed per cent — whose indicator, cell and scope it takes.
 */
function readMeasured(
  ctx: MapContext,
  measure: FigureMeasure,
  levels: readonly Level[],
  inSentence: readonly Level[],
  completion: boolean,
  previousWhole: ShareWhole | undefined,
  named: NamedWhole,
  recount: (level: Level, indicator: string) => Level,
): Reading | 'ambiguous' | undefined {
  const { clause, figure, figures, catalog } = ctx;
  const wantRate = measure.measure === 'ppChange';
  if (measure.measure === 'share') {
    const share = resolveShare(ctx, measure, levels, completion, previousWhole, named);
    if (share === undefined) return undefined;
    const rule = completion ? 'share-of-target' : 'share-of-previous';
    if (share.part !== undefined) {
      const part = share.counts === undefined ? share.part : recount(share.part, share.counts);
      return fromLevel(catalog, part, share.whole, rule, share.confidence);
    }
    if (share.subject === undefined) return undefined;
    const own = asCell(share.subject.indicator, catalog);
    return {
      mapped: { ...share.subject, indicator: own.indicator, confidence: share.confidence },
      dimensions: own.dimensions,
      ownCell: false,
      ...(share.whole.shareOf === undefined ? {} : { shareOf: share.whole.shareOf }),
    };
  }
  let subject = measure.respectively
    ? undefined
    : // 纠错率同比下降19%: a change in per cent may be of a rate too.
      mapSubject(
        ctx,
        measure.wordsStart,
        measure.measure === 'yoyPercent' ? 'either' : wantRate,
        `${measure.measure}-subject`,
      );
  let target = inSentence.at(-1) ?? undefined;
  if (measure.respectively) {
    const group = figures.filter(
      (f) => f.start >= measure.wordsStart && f.start < clause.end && f.kind === figure.kind,
    );
    const k = group.findIndex((f) => f.start === figure.start);
    target = inSentence[inSentence.length - group.length + k];
  }
  if (subject !== undefined && subject !== 'ambiguous') {
    // Of the indicators its words may name, one whose figure the paragraph has printed is the one it compares.
    const printed = (id: string) => {
      const ind = catalog.get(id);
      const cell = ind === undefined ? undefined : asCell(ind, catalog).indicator.id;
      return levels.some(
        (l) => l.observation.indicator === cell && Object.keys(l.observation.dimensions ?? {}).length === 0,
      );
    };
    const earlier = printed(subject.indicator.id)
      ? undefined
      : subject.candidates.find((c) => printed(c.indicator));
    const earlierIndicator = earlier === undefined ? undefined : catalog.get(earlier.indicator);
    if (earlier !== undefined && earlierIndicator !== undefined) {
      subject = {
        ...subject,
        indicator: earlierIndicator,
        confidence: earlier.confidence,
        rule: earlier.rule,
      };
    }
    const own = asCell(subject.indicator, catalog);
    // The subject names the figure just read (受理59件…受理案件同比下降38.5%): take its cell and scope as well.
    const same = [...levels]
      .reverse()
      .find(
        (l) =>
          l.observation.indicator === own.indicator.id &&
          Object.keys(l.observation.dimensions ?? {}).length === 0,
      );
    if (same !== undefined && target?.observation.indicator !== own.indicator.id) {
      return fromLevel(catalog, same, undefined, `${measure.measure}-subject`, subject.confidence);
    }
    if (target === undefined || target.observation.indicator !== own.indicator.id) {
      return { mapped: { ...subject, indicator: own.indicator }, dimensions: own.dimensions, ownCell: false };
    }
  }
  if (target === undefined) return subject === 'ambiguous' ? 'ambiguous' : undefined;
  return fromLevel(
    catalog,
    target,
    undefined,
    `${measure.measure}-previous`,
    measure.respectively ? 0.8 : 0.75,
  );
}

/** A reading that takes the indicator, cell, scope and jurisdiction of a level figure read before. */
function fromLevel(
  catalog: Catalog,
  level: Level,
  whole: ShareWhole | undefined,
  rule: string,
  confidence: number,
): Reading | undefined {
  const o = level.observation;
  const indicator = catalog.get(o.indicator);
  if (indicator === undefined) return undefined;
  const scope: FigureScope = {
    words: [],
    ...(o.year === undefined ? {} : { year: o.year }),
    ...(o.asOf === undefined ? {} : { asOf: o.asOf }),
    ...(o.period === undefined ? {} : { period: o.period }),
    ...(o.cumulative ? { cumulative: true } : {}),
    ...(o.coverage === 'ownLevel' ? { coverage: 'ownLevel' as const } : {}),
  };
  return {
    mapped: { indicator, confidence, rule, candidates: [{ indicator: indicator.id, confidence, rule }] },
    dimensions: o.dimensions ?? {},
    ownCell: false,
    scope,
    ...(whole?.shareOf === undefined ? {} : { shareOf: whole.shareOf }),
    jurisdiction: o.jurisdiction,
  };
}

function buildObservation(
  figure: Figure,
  measure: FigureMeasure,
  reading: Reading,
  scope: FigureScope,
  options: ExtractOptions,
  report: string,
  quote: string,
  clause: Span,
): Observation {
  const { mapped } = reading;
  const unit = unitFor(mapped.indicator, figure, measure.measure);
  // Negated as printed (下降30.0% is -30.0): the digits state the precision.
  const value =
    measure.sign === -1 && arith.canonical(figure.value) !== '0' ? `-${figure.value}` : figure.value;
  const coverage =
    reading.ownLevel ||
    scope.coverage === 'ownLevel' ||
    coverageCue(quote.slice(0, figure.start - clause.start), options.jurisdiction)?.coverage === 'ownLevel'
      ? { coverage: 'ownLevel' as const }
      : {};
  const rule = [mapped.rule, ...scope.words.map((w) => `scope:${w}`)].join(' ');
  return {
    jurisdiction: reading.jurisdiction ?? options.jurisdiction,
    year: scope.year ?? options.year,
    indicator: mapped.indicator.id,
    value,
    ...(figure.upper === undefined ? {} : { upper: figure.upper }),
    ...(unit === undefined ? {} : { unit }),
    ...(figure.qualifier === 'exact' ? {} : { qualifier: figure.qualifier }),
    ...(scope.asOf === undefined ? {} : { asOf: scope.asOf }),
    ...(scope.cumulative ? { cumulative: true } : {}),
    ...(scope.since === undefined ? {} : { since: scope.since }),
    ...(scope.includesCarriedOver ? { includesCarriedOver: true } : {}),
    ...(Object.keys(reading.dimensions).length === 0 ? {} : { dimensions: { ...reading.dimensions } }),
    ...(measure.measure === 'level' ? {} : { measure: measure.measure }),
    ...(measure.baseYear === undefined ? {} : { baseYear: measure.baseYear }),
    ...(measure.yearsBack === undefined
      ? {}
      : { baseYear: (scope.year ?? options.year) - measure.yearsBack }),
    ...(scope.period === undefined ? {} : { period: scope.period }),
    ...coverage,
    ...(reading.shareOf === undefined ? {} : { shareOf: reading.shareOf }),
    source: {
      report,
      quote,
      span: [clause.start, clause.end],
      rule,
      confidence: mapped.confidence,
    },
  };
}

function buildTarget(
  figure: Figure,
  indicator: Indicator,
  options: ExtractOptions,
  report: string,
  quote: string,
  clause: Span,
): Target {
  const comparator = figure.qualifier === 'atMost' || figure.qualifier === 'lessThan' ? '<=' : '>=';
  const cell = indicator;
  return {
    jurisdiction: options.jurisdiction,
    year: options.year,
    indicator: cell.id,
    comparator,
    value: figure.value,
    ...(cell.unit === undefined ? {} : { unit: cell.unit }),
    source: { report, quote, span: [clause.start, clause.end] },
  };
}

function unitFor(indicator: Indicator, figure: Figure, measure: Measure): string | undefined {
  if (indicator.unit !== undefined && (measure === 'level' || measure === 'yoyDifference'))
    return indicator.unit;
  if (measure === 'yoyPercent' || measure === 'share') return 'percent';
  if (measure === 'ppChange') return 'percentagePoints';
  if (figure.kind === 'multiple') return 'multiple';
  return indicator.unit;
}
