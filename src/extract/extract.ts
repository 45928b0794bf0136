/** Turns a report's text into a draft dataset: every figure becomes an observation or an unmatched entry. */
import type { Catalog } from '../catalog/catalog.js';
import { defaultCatalog } from '../catalog/default-catalog.js';
import * as arith from '../internal/arith.js';
import type { Dataset } from '../model/dataset.js';
import type { Indicator } from '../model/indicator.js';
import { type Observation, ObservationSchema } from '../model/observation.js';
import type { DocumentKind } from '../model/report.js';
import { UNITS, type Unit } from '../model/unit.js';
import { lastDomain } from './domains.js';
import { type FigureMeasure, figureMeasure, type Measure } from './measure.js';
import { type Figure, type FigureKind, scanFigures } from './scan-figures.js';
import { figureScope, hasCue, type ScopeCue, sentenceCue } from './scope.js';
import { clauseAt, findSections, type Section, type Span, sectionsAt, sentenceAt } from './segment.js';
import { catalogTerms, type Term, type TermHit, termAfter, termBefore } from './terms.js';

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
  /** The catalog to map to (default: fazhi's). */
  readonly catalog?: Catalog;
}

/**
 * Why a figure is not an observation: it is not an indicator value (`date`, `year`, `months`, `ordinal`, `heading`,
 * `code`, `title`), or it is one but could not be mapped safely (`no_indicator`, `ambiguous`, `low_confidence`,
 * `unsupported_measure`).
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
  | 'target';

/** An indicator a figure might be, with how sure the rule is. */
export interface Candidate {
  /** Indicator id. */
  readonly indicator: string;
  /** 0–1. */
  readonly confidence: number;
  /** The rule that proposed it. */
  readonly rule: string;
}

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
  /** The draft dataset: one report, the observations with exact quotes, spans, rules and confidences. */
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
};

const UNIT_WORDS: ReadonlyMap<string, readonly Unit[]> = (() => {
  const map = new Map<string, Unit[]>();
  for (const [unit, def] of Object.entries(UNITS) as [Unit, (typeof UNITS)[Unit]][]) {
    for (const w of def.words) map.set(w, [...(map.get(w) ?? []), unit]);
  }
  map.set('%', ['percent']);
  map.set('元', ['yuan']);
  map.set('场次', ['times']);
  map.set('件次', ['cases', 'documents']);
  map.set('个工作日', ['days']);
  map.set('工作日', ['days']);
  return map;
})();

const HAS_FIELD = (name: string) => Object.hasOwn(ObservationSchema.shape, name);

/** Words that make a figure a plan rather than a result: 争取达到, 力争, 确保…以上, 目标. */
const PLAN_WORDS = /争取|力争|确保|目标|计划(?:达到|完成)|拟|预计|要达到|将达到/;

/** Clause-level gap words between a term and its figure that keep the link tight (共, 为, 达到 …). */
const LINK_WORDS = /^[\s共计合总为是达到了约近超过逾不足至仅有各类项件个名人次的分别]*$/;

interface Mapped {
  indicator: Indicator;
  confidence: number;
  rule: string;
  candidates: Candidate[];
}

/**
 * Extracts the figures of a report text as a draft dataset. Every figure of the text — digits, and Chinese
 * numerals that count something — ends in exactly one of `dataset.observations` (with `source.quote` the exact
 * clause, `source.span` its offsets, `source.rule` and `source.confidence`) or `unmatched` (with a reason), and
 * `figures` lists where each went.
 *
 * @param text - the report text (plain text; see `htmlToText` and `pdfToText` for other formats)
 * @param options - the jurisdiction and year, and optionally the report id, the date 目前 refers to and a catalog
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
  const terms = catalogTerms(catalog);
  const domains = new Set(catalog.indicators.map((i) => i.id.slice(0, i.id.indexOf('.'))));
  const sections = findSections(text);
  const figures = scanFigures(text, { year: options.year });
  const observations: Observation[] = [];
  const unmatched: Unmatched[] = [];
  const outcomes: FigureOutcome[] = [];
  // The observations of the current sentence, for 同比分别 and 占 that refer back to them.
  let sentenceStart = -1;
  let sentenceLevels: { figure: Figure; observation: Observation }[] = [];
  // A time cue (1—4月, 截至11月30日) holds for the rest of its paragraph; 截至目前 for the stocks that open a
  // later sentence of it (截至目前,共接收…。在矫241人).
  let carried: ScopeCue | undefined;
  const periodEnd = options.periodEnd ?? titlePeriodEnd(text, figures, options.year);

  for (const figure of figures) {
    const clause = clauseAt(text, figure.start);
    const sentence = sentenceAt(text, figure.start);
    if (sentence.start !== sentenceStart) {
      sentenceStart = sentence.start;
      sentenceLevels = [];
      const paragraph = { start: text.lastIndexOf('\n', sentence.start - 1) + 1, end: sentence.start };
      const cue = sentenceCue(text, paragraph, figures, options.year, sentence.start);
      const opening = termAfter(terms, text, sentence.start, Math.min(sentence.end, sentence.start + 12));
      const opensWithStock =
        opening !== undefined &&
        opening.start === sentence.start &&
        opening.term.indicators.some((i) => i.kind === 'stock');
      const { now, ...rest } = cue;
      carried = hasCue(cue) ? (now && !opensWithStock ? rest : cue) : undefined;
    }
    const quote = text.slice(clause.start, clause.end);
    const span: [number, number] = [figure.start, figure.end];
    const miss = (reason: UnmatchedReason, candidates?: readonly Candidate[]) => {
      const [message, messageZh] = REASON_MESSAGES[reason];
      unmatched.push({
        text: figure.text,
        span,
        quote,
        quoteSpan: [clause.start, clause.end],
        kind: figure.kind,
        value: figure.value,
        ...(figure.unitText === undefined ? {} : { unitText: figure.unitText }),
        reason,
        message,
        messageZh,
        ...(candidates && candidates.length > 0 ? { candidates } : {}),
      });
      outcomes.push({ span, text: figure.text, unmatched: unmatched.length - 1 });
    };
    if (!['quantity', 'percent', 'percentagePoints', 'multiple'].includes(figure.kind)) {
      miss(figure.kind as UnmatchedReason);
      continue;
    }
    const measure = figureMeasure(text, figure, clause.start);
    const context = { text, figure, clause, sentence, sections, terms, domains, catalog };
    let mapped: Mapped | 'ambiguous' | undefined;
    if (measure.measure === 'level') {
      mapped = mapLevel(context);
    } else {
      mapped = mapMeasured(context, measure, sentenceLevels, figures);
    }
    if (mapped === undefined) {
      miss('no_indicator');
      continue;
    }
    if (mapped === 'ambiguous') {
      miss('ambiguous', ambiguousCandidates(context));
      continue;
    }
    if (measure.measure !== 'level' && (measure.unsupported || !HAS_FIELD('measure'))) {
      miss('unsupported_measure', mapped.candidates);
      continue;
    }
    if (options.kind === 'work-plan' || PLAN_WORDS.test(text.slice(clause.start, figure.start))) {
      miss('target', mapped.candidates);
      continue;
    }
    if (mapped.confidence < minConfidence) {
      miss('low_confidence', mapped.candidates);
      continue;
    }
    const stock = catalog.get(mapped.indicator.id)?.kind === 'stock';
    const scope = figureScope(text, figure, sentence, clause, figures, {
      year: options.year,
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      ...(periodEnd === undefined ? {} : { periodEnd }),
      stock,
      ...(carried === undefined ? {} : { carried }),
    });
    const observation = buildObservation(figure, measure, mapped, scope, options, report, quote, clause);
    observations.push(observation);
    outcomes.push({ span, text: figure.text, observation: observations.length - 1 });
    if (measure.measure === 'level') sentenceLevels.push({ figure, observation });
  }

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
      },
    ],
    observations,
    notModelled: unmatched.map((u) => ({
      report,
      quote: u.quote,
      reason: `${u.reason}: ${u.text} — ${u.message}`,
    })),
  };
  return { dataset, unmatched, figures: outcomes, text };
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

interface MapContext {
  readonly text: string;
  readonly figure: Figure;
  readonly clause: Span;
  readonly sentence: Span;
  readonly sections: readonly Section[];
  readonly terms: readonly Term[];
  readonly domains: ReadonlySet<string>;
  readonly catalog: Catalog;
}

function figureUnits(figure: Figure): readonly Unit[] | undefined {
  if (figure.kind === 'percent') return ['percent'];
  if (figure.kind === 'percentagePoints') return ['percentagePoints'];
  if (figure.unitText === undefined) return undefined;
  return UNIT_WORDS.get(figure.unitText) ?? [];
}

/** The domain of the passage a figure stands in: its sentence, then its line, then its section headings. */
function domainOf(ctx: MapContext, before: number): string | undefined {
  const { text, sentence } = ctx;
  const inSentence = lastDomain(text.slice(sentence.start, before), before - sentence.start, ctx.domains);
  if (inSentence) return inSentence.domain;
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const inLine = lastDomain(text.slice(lineStart, sentence.start), sentence.start - lineStart, ctx.domains);
  if (inLine) return inLine.domain;
  for (const s of sectionsAt(ctx.sections, ctx.figure.start)) {
    const d = lastDomain(s.heading, s.heading.length, ctx.domains);
    if (d) return d.domain;
  }
  return undefined;
}

function domainOfId(id: string): string {
  return id.slice(0, id.indexOf('.'));
}

/** Scores the indicators a term names for one figure; `ambiguous` when two fit equally. */
function choose(
  ctx: MapContext,
  hit: TermHit,
  base: number,
  rule: string,
  wantRate: boolean,
): Mapped | 'ambiguous' | undefined {
  const units = figureUnits(ctx.figure);
  const domain = domainOf(ctx, hit.start);
  const scored: Candidate[] = [];
  for (const ind of hit.term.indicators) {
    const isRate = ind.unit === 'percent';
    if (wantRate !== isRate) continue;
    let c = base;
    if (units === undefined) c *= 0.8;
    else if (!units.includes(ind.unit as Unit)) c *= 0.6;
    if (domain !== undefined && domainOfId(ind.id) !== domain)
      c *= hit.term.indicators.length > 1 ? 0.7 : 0.85;
    // The indicator the word is the name of beats one that lists it among its synonyms.
    if (hit.term.indicators.length > 1 && ind.name !== hit.term.word) c *= 0.97;
    scored.push({ indicator: ind.id, confidence: round(c), rule });
  }
  if (scored.length === 0) return undefined;
  // No domain in sight and the word names indicators of several domains (办结): a guess, so ambiguous.
  if (domain === undefined && new Set(scored.map((c) => domainOfId(c.indicator))).size > 1)
    return 'ambiguous';
  scored.sort((a, b) => b.confidence - a.confidence);
  const [first, second] = scored;
  if (second !== undefined && second.confidence === (first as Candidate).confidence) return 'ambiguous';
  const indicator = hit.term.indicators.find((i) => i.id === (first as Candidate).indicator) as Indicator;
  return { indicator, confidence: (first as Candidate).confidence, rule, candidates: scored };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** A level figure: the catalog term right after it (518名法治副校长) or nearest before it in its clause. */
function mapLevel(ctx: MapContext): Mapped | 'ambiguous' | undefined {
  const { text, figure, clause, terms } = ctx;
  const wantRate = figure.kind === 'percent';
  if (figure.kind === 'percentagePoints' || figure.kind === 'multiple') return undefined;
  const before = termBefore(terms, text, clause.start, figure.start);
  const gap = before === undefined ? '' : text.slice(before.end, figure.start);
  const tight = before !== undefined && LINK_WORDS.test(gap);
  if (before && tight) {
    const r = choose(ctx, before, 0.95, 'term-before', wantRate);
    if (r !== undefined) return r;
  }
  // 518名法治副校长: the counted noun right after the measure word.
  const adjacent = termAfter(terms, text, figure.end, Math.min(clause.end, figure.end + 16));
  if (adjacent && adjacent.start === figure.end && !wantRate) {
    const r = choose(ctx, adjacent, 0.9, 'term-after', wantRate);
    if (r !== undefined) return r;
  }
  if (before && !tight) {
    const base = gap.length <= 6 ? 0.85 : gap.length <= 16 ? 0.7 : 0.55;
    const r = choose(ctx, before, base, 'term-before-gap', wantRate);
    if (r !== undefined) return r;
  }
  const later = termAfter(terms, text, figure.end, clause.end);
  if (later) {
    const r = choose(ctx, later, 0.6, 'term-later', wantRate);
    if (r !== undefined) return r;
  }
  return undefined;
}

/** A change or share: the subject named before the measure words, or the figure(s) it refers back to. */
function mapMeasured(
  ctx: MapContext,
  measure: FigureMeasure,
  levels: readonly { figure: Figure; observation: Observation }[],
  figures: readonly Figure[],
): Mapped | 'ambiguous' | undefined {
  const { text, clause, terms } = ctx;
  const wantRate = measure.measure === 'ppChange';
  const subject = termBefore(terms, text, clause.start, measure.wordsStart);
  if (subject && !measure.respectively && measure.measure !== 'share') {
    const r = choose(ctx, subject, 0.85, `${measure.measure}-subject`, wantRate);
    if (r !== undefined) return r;
  }
  if (levels.length === 0) return undefined;
  // 同比分别上升76.9%和60.5%: the k-th figure after the words refers to the k-th of the last n level figures.
  let target = levels.at(-1);
  if (measure.respectively) {
    const group = figures.filter(
      (f) => f.start >= measure.wordsStart && f.start < clause.end && f.kind === ctx.figure.kind,
    );
    const k = group.findIndex((f) => f.start === ctx.figure.start);
    target = levels[levels.length - group.length + k];
  }
  if (target === undefined) return undefined;
  const indicator = ctx.catalog.get(target.observation.indicator);
  if (indicator === undefined) return undefined;
  const rule = measure.measure === 'share' ? 'share-of-previous' : `${measure.measure}-previous`;
  const confidence = measure.respectively ? 0.8 : 0.75;
  return {
    indicator,
    confidence,
    rule,
    candidates: [{ indicator: indicator.id, confidence, rule }],
  };
}

function ambiguousCandidates(ctx: MapContext): Candidate[] {
  const hit = termBefore(ctx.terms, ctx.text, ctx.clause.start, ctx.figure.start);
  return (hit?.term.indicators ?? []).map((i) => ({ indicator: i.id, confidence: 0.5, rule: 'term-before' }));
}

function buildObservation(
  figure: Figure,
  measure: FigureMeasure,
  mapped: Mapped,
  scope: ReturnType<typeof figureScope>,
  options: ExtractOptions,
  report: string,
  quote: string,
  clause: Span,
): Observation {
  const unit = unitFor(mapped.indicator, figure, measure.measure);
  const value = measure.sign === -1 ? arith.sub('0', figure.value) : figure.value;
  const extra: Record<string, unknown> = {};
  if (measure.measure !== 'level') extra.measure = measure.measure;
  if (measure.baseYear !== undefined) extra.baseYear = measure.baseYear;
  if (scope.period !== undefined && HAS_FIELD('period')) extra.period = scope.period;
  const rule = [mapped.rule, ...scope.words.map((w) => `scope:${w}`)].join(' ');
  return {
    jurisdiction: options.jurisdiction,
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
    ...extra,
    source: {
      report,
      quote,
      span: [clause.start, clause.end],
      rule,
      confidence: mapped.confidence,
    },
  } as Observation;
}

function unitFor(indicator: Indicator, figure: Figure, measure: Measure): string | undefined {
  if (indicator.unit !== undefined && (measure === 'level' || measure === 'yoyDifference'))
    return indicator.unit;
  if (measure === 'yoyPercent' || measure === 'share') return 'percent';
  if (measure === 'ppChange') return 'percentagePoints';
  if (figure.kind === 'multiple') return undefined;
  return indicator.unit;
}
