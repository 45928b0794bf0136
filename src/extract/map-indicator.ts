/**
 * Which indicator a figure is: the catalog terms around it (the subject before it, the counted noun after it, a
 * later term), weighed by how close they stand, whether the figure's unit fits and whether the indicator belongs to
 * the field of work (domain) of the passage.
 */
import type { Catalog } from '../catalog/catalog.js';
import type { Indicator } from '../model/indicator.js';
import { UNITS, type Unit } from '../model/unit.js';
import { lastDomain } from './domains.js';
import type { Figure } from './scan-figures.js';
import { type Section, type Span, sectionsAt } from './segment.js';
import { coordinatedTerm, type Term, type TermHit, termAfter, termBefore } from './terms.js';

/** An indicator a figure might be, with how sure the rule is. */
export interface Candidate {
  /** Indicator id. */
  readonly indicator: string;
  /** 0–1. */
  readonly confidence: number;
  /** The rule that proposed it. */
  readonly rule: string;
}

/** The indicator chosen for a figure, and the others it was weighed against. */
export interface Mapped {
  /** The indicator. */
  readonly indicator: Indicator;
  /** How sure the rule is, 0–1. */
  readonly confidence: number;
  /** The rule that chose it. */
  readonly rule: string;
  /** Every candidate, most likely first. */
  readonly candidates: readonly Candidate[];
  /** Where the words that named it stand (to tell them from member words). */
  readonly term?: { readonly start: number; readonly end: number };
}

/** What the mapping reads: the text, the figure and where it stands, the catalog and its words. */
export interface MapContext {
  /** The report text. */
  readonly text: string;
  /** The same text with full-width parentheses made half-width (as long as `text`). */
  readonly search: string;
  /** The figure. */
  readonly figure: Figure;
  /** Its clause. */
  readonly clause: Span;
  /** Its sentence. */
  readonly sentence: Span;
  /** The sections of the text. */
  readonly sections: readonly Section[];
  /** The catalog's terms, longest first. */
  readonly terms: readonly Term[];
  /** The catalog's domains (id prefixes). */
  readonly domains: ReadonlySet<string>;
  /** The catalog. */
  readonly catalog: Catalog;
  /** Every figure of the text, in order. */
  readonly figures: readonly Figure[];
  /** The field of work when the figure's own text names none (a table cell read apart from its table). */
  readonly domainHint?: string;
}

const UNIT_WORDS: ReadonlyMap<string, readonly Unit[]> = (() => {
  const map = new Map<string, Unit[]>();
  for (const [unit, def] of Object.entries(UNITS) as [Unit, (typeof UNITS)[Unit]][]) {
    for (const w of def.words) map.set(w, [...(map.get(w) ?? []), unit]);
  }
  map.set('%', ['percent']);
  map.set('元', ['yuan']);
  map.set('场次', ['times']);
  map.set('件次', ['cases', 'documents', 'times']);
  map.set('批次', ['personTimes', 'times']);
  map.set('个工作日', ['days']);
  map.set('工作日', ['days']);
  return map;
})();

/**
 * Units that count the same sort of thing, which reports write with each other's measure words: matters of work
 * (审核14次 documents, 公布决策事项4件 items, 专项监督74次), and visits counted by 次 or 人次.
 */
const KINDRED: readonly (readonly Unit[])[] = [
  ['cases', 'times', 'items', 'documents'],
  ['times', 'personTimes'],
];

function kindred(units: readonly Unit[], unit: Unit): boolean {
  return KINDRED.some((group) => group.includes(unit) && units.some((u) => group.includes(u)));
}

/** The units a figure's measure word allows; `undefined` when it has none (a bare number). */
export function figureUnits(figure: Figure): readonly Unit[] | undefined {
  if (figure.kind === 'percent') return ['percent'];
  if (figure.kind === 'percentagePoints') return ['percentagePoints'];
  if (figure.unitText === undefined) return undefined;
  return UNIT_WORDS.get(figure.unitText) ?? [];
}

/** Clause-level gap words between a term and its figure that keep the link tight (共, 为, 达到 …). */
const LINK_WORDS = /^[\s共计合总为是达到了约近超过逾不足至仅有各类项件个名人次的分别]*$/;

/**
 * Local ids that stand for the same count in fields of work that do not tell them apart: a 受理 of legal aid or
 * mediation is its `cases`.
 */
const SAME_ROLE: Readonly<Record<string, readonly string[]>> = {
  accepted: ['cases', 'received'],
  received: ['cases', 'accepted'],
  cases: ['received', 'accepted'],
  casesConcluded: ['concluded'],
  concluded: ['casesConcluded'],
};

const domainOfId = (id: string) => id.slice(0, id.indexOf('.'));
const localOfId = (id: string) => id.slice(id.indexOf('.') + 1);
const round = (x: number) => Math.round(x * 100) / 100;

/** Where a parenthesis that closes just before `end` opens (结案(包括…)86件), or `end` when none does. */
function skipAside(text: string, from: number, end: number): number {
  let i = end;
  while (i > from && /\s/.test(text[i - 1] as string)) i--;
  if (text[i - 1] !== ')') return end;
  const open = text.lastIndexOf('(', i - 1);
  return open >= from ? open : end;
}

/** The text of a range without its parenthesised asides, as long as before (asides blanked). */
function withoutAsides(text: string): string {
  return text.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
}

/**
 * The field of work of the words around a figure: the nearest domain word before it in its clause (not inside the
 * words of the term itself), else the noun right after it, else its sentence, its paragraph and its section headings.
 */
export function figureDomain(ctx: MapContext, hit?: TermHit): string | undefined {
  const { search, sentence, clause, figure } = ctx;
  const clauseWords = withoutAsides(search.slice(clause.start, figure.start));
  const masked =
    hit === undefined || hit.start < clause.start
      ? clauseWords
      : clauseWords.slice(0, hit.start - clause.start) +
        ' '.repeat(Math.max(0, Math.min(hit.end, figure.start) - hit.start)) +
        clauseWords.slice(Math.min(hit.end, figure.start) - clause.start);
  // The term's own words name a field (收到行政复议案件, 不服行政复议决定被诉的4件): that beats the words around it —
  // when it is a field the term is said in (调解结案 is said of 复议 and 诉讼 cases: its 调解 names neither), and the
  // only one (成功调解 is said of 调解, 复议 and 诉讼 alike: the passage tells which).
  if (hit !== undefined && new Set(hit.term.indicators.map((i) => domainOfId(i.id))).size === 1) {
    const own = search.slice(hit.start, hit.end);
    const inTerm = lastDomain(own, own.length, ctx.domains);
    if (inTerm && hit.term.indicators.some((i) => domainOfId(i.id) === inTerm.domain)) return inTerm.domain;
  }
  const inClause = lastDomain(masked, masked.length, ctx.domains);
  if (inClause) return inClause.domain;
  const noun = search.slice(figure.end, Math.min(clause.end, figure.end + 8));
  const after = lastDomain(noun, noun.length, ctx.domains);
  if (after) return after.domain;
  // Words in asides (结案(包括案前调解…)86件) give details, not the passage's field.
  const inSentence = lastDomain(
    withoutAsides(search.slice(sentence.start, clause.start)),
    clause.start - sentence.start,
    ctx.domains,
  );
  if (inSentence) return inSentence.domain;
  const lineStart = search.lastIndexOf('\n', sentence.start - 1) + 1;
  const inLine = lastDomain(
    withoutAsides(search.slice(lineStart, sentence.start)),
    sentence.start - lineStart,
    ctx.domains,
  );
  if (inLine) return inLine.domain;
  for (const s of sectionsAt(ctx.sections, figure.start)) {
    const d = lastDomain(s.heading, s.heading.length, ctx.domains);
    if (d) return d.domain;
  }
  return ctx.domainHint;
}

/**
 * Measure words of lengths of time and terms of office (三年行动, 连续两届, 6个月): no indicator counts in them, so a
 * figure with one is no indicator's value (days and hours, which time limits count in, are units of the catalog).
 */
const SPANS_OF_TIME: ReadonlySet<string> = new Set(['年', '个月', '月', '周', '届']);

/** The indicators a term names for a figure, each scored; the same role in the passage's domain added. */
function score(
  ctx: MapContext,
  hit: TermHit,
  base: number,
  rule: string,
  wantRate: boolean | 'either',
  unitFree = false,
): Candidate[] {
  if (SPANS_OF_TIME.has(ctx.figure.unitText ?? '')) return [];
  const units = figureUnits(ctx.figure);
  const domain = figureDomain(ctx, hit);
  const unitFactor = (ind: Indicator) =>
    unitFree
      ? 1
      : units === undefined
        ? 0.8
        : units.includes(ind.unit as Unit)
          ? 1
          : units.length === 0
            ? 0.7
            : kindred(units, ind.unit as Unit)
              ? 0.75
              : 0.4;
  const manyDomains = new Set(hit.term.indicators.map((i) => domainOfId(i.id))).size > 1;
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (ind: Indicator, c: number, r: string) => {
    if (seen.has(ind.id) || (wantRate !== 'either' && (ind.unit === 'percent') !== wantRate)) return;
    seen.add(ind.id);
    out.push({ indicator: ind.id, confidence: round(c), rule: r });
  };
  for (const ind of hit.term.indicators) {
    let c = base * unitFactor(ind);
    const inDomain = domain === undefined || domainOfId(ind.id) === domain;
    if (!inDomain) c *= hit.term.indicators.length > 1 ? 0.7 : 0.85;
    // The indicator the word is the name of beats one that lists it among its synonyms — unless no domain is in
    // sight and the word names indicators of several (办结 alone): then it is a guess, left ambiguous.
    if (
      hit.term.indicators.length > 1 &&
      ind.name !== hit.term.word &&
      !(domain === undefined && manyDomains)
    )
      c *= 0.97;
    add(ind, c, rule);
    // 新收行政复议申请: the word of another field said in this one names this field's indicator of the same role.
    if (!inDomain && domain !== undefined) {
      const local = localOfId(ind.id);
      for (const l of [local, ...(SAME_ROLE[local] ?? [])]) {
        const alt = ctx.catalog.get(`${domain}.${l}`);
        if (alt !== undefined && alt.kind === ind.kind) {
          add(alt, base * unitFactor(alt) * 0.95, `${rule}+domain`);
          break;
        }
      }
    }
  }
  return out;
}

/**
 * A figure of the clause other than ours that a term starts right after (or inside the measure word of: 16项指标7项,
 * 项指标 is the 16's): the term is that figure's counted noun.
 */
function belongsToOther(ctx: MapContext, hit: TermHit): boolean {
  return ctx.figures.some(
    (f) =>
      f !== ctx.figure &&
      ['quantity', 'percent', 'multiple'].includes(f.kind) &&
      f.start < hit.start &&
      hit.start - f.end <= 1 &&
      !/[、,，;；和及与]/.test(ctx.search.slice(f.end, hit.start)) &&
      f.start >= ctx.clause.start,
  );
}

/**
 * Whether the words between a term and its figure hold a noun that the term's clause modifies (办结归档的案卷228件:
 * the figure counts 案卷, 办结 only says which): a 的 followed by more than link words.
 */
function modifiesNoun(gap: string): boolean {
  const at = gap.lastIndexOf('的');
  return at >= 0 && !LINK_WORDS.test(gap.slice(at + 1)) && /[\u4e00-\u9fff]/.test(gap.slice(at + 1));
}

/** A later figure of the clause that a term stands right before (only link words between): it is its subject. */
function subjectOfLater(ctx: MapContext, hit: TermHit): boolean {
  return ctx.figures.some(
    (f) =>
      f.start >= hit.end &&
      f.start < ctx.clause.end &&
      ['quantity', 'percent'].includes(f.kind) &&
      LINK_WORDS.test(ctx.search.slice(hit.end, f.start)),
  );
}

/** Quotation marks and title marks around names (“行政复议与调解对接”, 《…条例》). */
const NAME_MARKS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['《', '》'],
];

/** The name mark pair a hit stands inside, as [open, close] offsets, when the name is more than the hit's words. */
function nameAround(search: string, hit: TermHit): readonly [number, number] | undefined {
  for (const [open, close] of NAME_MARKS) {
    const o = search.lastIndexOf(open, hit.start - 1);
    if (o < 0 || search.lastIndexOf(close, hit.start - 1) > o) continue;
    const c = search.indexOf(close, hit.end);
    if (c < 0 || search.lastIndexOf(open, c) > o) continue;
    // “法律明白人”: a term quoted whole is the term itself.
    if (o + 1 === hit.start && c === hit.end) continue;
    return [o, c];
  }
  return undefined;
}

/**
 * The term nearest before a figure that is not a word inside a name: “行政复议与调解对接”等3篇信息 counts pieces of
 * news, not 调解 cases; a term inside a name is skipped and the search goes on before the name.
 */
function outsideNames(
  search: string,
  from: number,
  end: number,
  find: (from: number, end: number) => TermHit | undefined,
): TermHit | undefined {
  let to = end;
  for (;;) {
    const hit = find(from, to);
    if (hit === undefined) return undefined;
    const name = nameAround(search, hit);
    if (name === undefined) return hit;
    to = name[0];
  }
}

/**
 * Verbs that pick some of what a noun names: taking part, being honoured or chosen, joining, making up — said of
 * the noun itself or of a second counted noun after it (6家律所38名律师参与: the firms took part too).
 */
const SELECTING =
  /^\s*(?:[\d.]+[余多]?[名家个位人][\u4e00-\u9fff]{1,6}?)?[已均都]?(?:参加|参与|参训|获得|获评|荣获|获|受到|被评|被授予|入选|加入|吸纳|组成)/;

/**
 * Whether the counted noun after a figure is the subject of a verb that picks some of them (180名人民调解员参加了培训班,
 * 26名人民调解员获得表彰, 6家律所38名律师参与服务): the figure counts those who took part, not the stock the noun names.
 */
function predicateAfter(search: string, from: number, clauseEnd: number): boolean {
  return SELECTING.test(search.slice(from, clauseEnd));
}

/** A term that names only what is counted (行政诉讼案件, 行政复议申请), not what was done with it. */
const COUNTED_NOUN = /(案件|申请|案件数)$/;

/**
 * 审结行政诉讼案件61件: a verb term right before a term that names only what is counted names the indicator, when
 * it is said in the noun's field (the noun's field words stay in sight and choose among the verb's indicators).
 */
function verbOfNoun(
  ctx: MapContext,
  noun: TermHit,
  base: number,
  rule: string,
  wantRate: boolean,
): { hit: TermHit; scored: Candidate[] } | undefined {
  if (!COUNTED_NOUN.test(noun.term.word)) return undefined;
  const verb = termBefore(ctx.terms, ctx.search, ctx.clause.start, noun.start);
  if (verb === undefined || noun.start - verb.end > 1 || COUNTED_NOUN.test(verb.term.word)) return undefined;
  const fields = new Set(noun.term.indicators.map((i) => domainOfId(i.id)));
  const scored = score(ctx, verb, base, rule, wantRate).filter((c) => fields.has(domainOfId(c.indicator)));
  return scored.length === 0 ? undefined : { hit: verb, scored };
}

/** 安置率、帮教率分别为99.86%、99.84%: the k-th figure after 分别 is the k-th of the terms listed before it. */
function respectiveTerm(ctx: MapContext, wantRate: boolean): { hit: TermHit } | undefined {
  const { search, clause, figure, terms } = ctx;
  const words = search.slice(clause.start, figure.start);
  const at = words.lastIndexOf('分别');
  if (at < 0) return undefined;
  const list = search.slice(clause.start, clause.start + at);
  const hits: TermHit[] = [];
  let end = list.length;
  for (;;) {
    const hit = termBefore(terms, search, clause.start, clause.start + end);
    if (hit === undefined) break;
    hits.unshift(hit);
    const sep = search.slice(clause.start, hit.start).search(/[、和及与]\s*$/);
    if (sep < 0) break;
    end = sep;
  }
  if (hits.length < 2) return undefined;
  const group = ctx.figures.filter(
    (f) =>
      f.start >= clause.start + at &&
      f.start < clause.end &&
      (f.kind === 'percent') === wantRate &&
      ['quantity', 'percent'].includes(f.kind),
  );
  const k = group.findIndex((f) => f.start === figure.start);
  if (group.length !== hits.length || k < 0) return undefined;
  return { hit: hits[k] as TermHit };
}

function pick(
  ctx: MapContext,
  scored: Candidate[],
  hits: ReadonlyMap<string, TermHit>,
): Mapped | 'ambiguous' | undefined {
  if (scored.length === 0) return undefined;
  const best = new Map<string, Candidate>();
  for (const c of scored) {
    const b = best.get(c.indicator);
    if (b === undefined || c.confidence > b.confidence) best.set(c.indicator, c);
  }
  const ranked = [...best.values()].sort((a, b) => b.confidence - a.confidence);
  const [first, second] = ranked as [Candidate, Candidate | undefined];
  if (second !== undefined && second.confidence === first.confidence) return 'ambiguous';
  const indicator = ctx.catalog.get(first.indicator) as Indicator;
  const hit = hits.get(first.rule.replace(/\+domain$/, ''));
  return {
    indicator,
    confidence: first.confidence,
    rule: first.rule,
    candidates: ranked,
    ...(hit === undefined ? {} : { term: { start: hit.start, end: hit.end } }),
  };
}

/**
 * The indicator of a level figure: every catalog term that may name it — the one ending nearest before it in its
 * clause (`term-before`, `term-before-gap`), the counted noun right after its measure word (`term-after`), one
 * later in the clause (`term-later`), the k-th of a list before 分别 (`term-respective`) — scored by closeness,
 * unit and domain; two candidates that score the same make it `ambiguous`.
 *
 * @param ctx - the figure and its surroundings
 * @returns the indicator, `ambiguous`, or `undefined` when no term names one
 */
export function mapLevel(ctx: MapContext): Mapped | 'ambiguous' | undefined {
  const { search, figure, clause, terms } = ctx;
  const wantRate = figure.kind === 'percent';
  if (figure.kind === 'percentagePoints' || figure.kind === 'multiple') return undefined;
  const grouped = categoriesOf(ctx);
  if (grouped !== undefined) return grouped;
  const scored: Candidate[] = [];
  const hits = new Map<string, TermHit>();
  // 反馈537个问题: the verb before the figure and the noun after its measure word together name the indicator.
  const split = splitTerm(ctx);
  if (split !== undefined) {
    hits.set('term-split', split);
    scored.push(...score(ctx, split, 0.9, 'term-split', wantRate));
  }
  const respective = respectiveTerm(ctx, wantRate);
  if (respective !== undefined) {
    hits.set('term-respective', respective.hit);
    scored.push(...score(ctx, respective.hit, 0.93, 'term-respective', wantRate));
  }
  const end = skipAside(search, clause.start, figure.start);
  const found = outsideNames(search, clause.start, end, (from, to) => termBefore(terms, search, from, to));
  // 受理审结案件21件: two stages said together name neither; the plain 案件 after them counts the cases handled.
  const before = found !== undefined && twoStages(search, found, end) ? undefined : found;
  if (before !== undefined && respective === undefined) {
    const gap = search.slice(before.end, end);
    const tight = LINK_WORDS.test(gap);
    const base = belongsToOther(ctx, before)
      ? 0.5
      : modifiesNoun(gap)
        ? 0.45
        : tight
          ? 0.95
          : gap.length <= 6
            ? 0.85
            : gap.length <= 16
              ? 0.7
              : 0.55;
    const rule = tight ? 'term-before' : 'term-before-gap';
    const verb = verbOfNoun(ctx, before, base, rule, wantRate);
    hits.set(rule, verb?.hit ?? before);
    if (verb !== undefined) scored.push(...verb.scored);
    scored.push(...score(ctx, before, verb === undefined ? base : base * 0.9, rule, wantRate));
  }
  // 518名法治副校长: the counted noun right after the measure word.
  const adjacent = termAfter(terms, search, figure.end, Math.min(clause.end, figure.end + 16));
  if (adjacent && adjacent.start <= figure.end + (search[figure.end] === '的' ? 1 : 0) && !wantRate) {
    hits.set('term-after', adjacent);
    const subject = predicateAfter(search, adjacent.end, clause.end);
    scored.push(
      ...score(ctx, adjacent, 0.9, 'term-after', wantRate).map((c) =>
        subject && ctx.catalog.get(c.indicator)?.kind === 'stock'
          ? { ...c, confidence: round(c.confidence * 0.5) }
          : c,
      ),
    );
  } else {
    const later = termAfter(terms, search, figure.end, clause.end);
    // 3个市直部门、3个乡镇作为先进单位: a term that is the counted noun of a later figure is not this one's.
    // 团体心理辅导1次、课堂学习8期: nor one that is the subject right before a later figure.
    if (later !== undefined && !belongsToOther(ctx, later) && !subjectOfLater(ctx, later)) {
      hits.set('term-later', later);
      scored.push(...score(ctx, later, 0.6, 'term-later', wantRate));
      // 2名个人荣获…先进集体、先进个人 (or 表现突出单位和个人): a second later term, for the unit to choose; the one
      // whose noun the figure counts (2名个人: 先进个人) is as sure as the first.
      const next = coordinatedTerm(terms, search, later) ?? termAfter(terms, search, later.end, clause.end);
      if (next !== undefined) {
        const counted = search.slice(figure.end, figure.end + 2);
        const base = counted.length === 2 && next.term.word.endsWith(counted) ? 0.6 : 0.55;
        hits.set('term-later-next', next);
        scored.push(...score(ctx, next, base, 'term-later-next', wantRate));
      }
    }
  }
  scored.push(...genericCases(ctx, end));
  // 开展旁听庭审活动20余场: events a term names are those; plain 活动 only when no term before names them.
  if (before === undefined) scored.push(...genericActivities(ctx, end));
  const mapped = bySubject(ctx, pick(ctx, scored, hits));
  return mapped === undefined || mapped === 'ambiguous' ? mapped : established(ctx, mapped);
}

/** Verbs between a doer and what it does in an indicator's name (法律明白人开展法治宣传活动). */
const DOER_VERB = /(?:开展|组织|举办|提供|参与|办理)$/;

/** For each indicator, those named as it done by someone: [the doer's words, the indicator]. */
const DONE_BY = new WeakMap<Catalog, ReadonlyMap<string, readonly (readonly [string, Indicator])[]>>();

function doneBy(catalog: Catalog): ReadonlyMap<string, readonly (readonly [string, Indicator])[]> {
  let map = DONE_BY.get(catalog);
  if (map !== undefined) return map;
  const out = new Map<string, (readonly [string, Indicator])[]>();
  for (const whole of catalog.indicators) {
    for (const part of catalog.indicators) {
      if (part === whole || !part.name.endsWith(whole.name) || part.unit !== whole.unit) continue;
      const doer = part.name.slice(0, -whole.name.length).replace(DOER_VERB, '');
      if (doer.length >= 2 && doer !== part.name.slice(0, -whole.name.length))
        out.set(whole.id, [...(out.get(whole.id) ?? []), [doer, part]]);
    }
  }
  map = out;
  DONE_BY.set(catalog, map);
  return map;
}

/** 899名“法律明白人”开展…活动2432场次: the doer named before the figure, when the catalog counts its work apart. */
function bySubject(
  ctx: MapContext,
  mapped: Mapped | 'ambiguous' | undefined,
): Mapped | 'ambiguous' | undefined {
  if (mapped === undefined || mapped === 'ambiguous' || mapped.term === undefined) return mapped;
  const own = ctx.search.slice(ctx.clause.start, mapped.term.start);
  const words = LINK_WORDS.test(own) ? ctx.search.slice(ctx.sentence.start, mapped.term.start) : own;
  const found = doneBy(ctx.catalog)
    .get(mapped.indicator.id)
    ?.find(([doer]) => words.includes(doer));
  if (found === undefined) return mapped;
  const c = { indicator: found[1].id, confidence: mapped.confidence, rule: `${mapped.rule}+doer` };
  return { ...mapped, ...c, indicator: found[1], candidates: [c, ...mapped.candidates] };
}

/** The measure words of a count of categories (18类, 7大类). */
const CATEGORY_UNIT = /^大?类$/;

/** 18类47项, 7大类23个问题: categories before the count they group are the …类别 part of that count (or of its whole). */
function categoriesOf(ctx: MapContext): Mapped | undefined {
  const { figure, figures, search, catalog } = ctx;
  if (figure.kind !== 'quantity' || !CATEGORY_UNIT.test(figure.unitText ?? '')) return undefined;
  const next = figures.find((f) => f.start >= figure.end);
  // The next figure must count things, not categories again (1类2类…: no recursion along a chain of them).
  if (
    next === undefined ||
    next.kind !== 'quantity' ||
    CATEGORY_UNIT.test(next.unitText ?? '') ||
    search.slice(figure.end, next.start).trim() !== ''
  )
    return undefined;
  const things = mapLevel({ ...ctx, figure: next });
  if (things === undefined || things === 'ambiguous') return undefined;
  const { relations } = catalog;
  const parts = (whole: string) =>
    relations.flatMap((r) => (r.kind === 'partOf' && r.whole === whole ? [catalog.get(r.part)] : []));
  // 7大类23个问题已完成整改: the problems rectified are some of the problems, whose categories these are.
  const wholes = relations.flatMap((r) =>
    r.kind === 'partOf' && r.part === things.indicator.id ? [r.whole] : [],
  );
  const category = [things.indicator.id, ...wholes].flatMap(parts).find((i) => i?.name.endsWith('类别'));
  if (category === undefined) return undefined;
  const c = { indicator: category.id, confidence: things.confidence, rule: 'categories-of-next' };
  return { ...c, indicator: category, candidates: [c] };
}

/** 反馈8类537个问题: a term written around its figure, verb before and noun after (the hit spans the verb). */
function splitTerm(ctx: MapContext): TermHit | undefined {
  const { search, figure, figures, clause } = ctx;
  // 检查发现3类问题: a count of categories is not a count of the things.
  if (figure.kind !== 'quantity' || figure.unitText === undefined || CATEGORY_UNIT.test(figure.unitText))
    return undefined;
  let end = figure.start;
  const before = [...figures].reverse().find((f) => f.end <= end && f.start >= clause.start);
  if (before?.end === end && CATEGORY_UNIT.test(before.unitText ?? '')) end = before.start;
  while (end > clause.start && /[了共计]/.test(search[end - 1] as string)) end--;
  const verb = search.slice(Math.max(clause.start, end - 4), end);
  const noun = search.slice(figure.end, Math.min(clause.end, figure.end + 6));
  const index = new Map(ctx.terms.map((t) => [t.word, t]));
  let best: TermHit | undefined;
  let bestLength = 0;
  for (let i = 1; i <= verb.length; i++) {
    if (!/^[\u4e00-\u9fff]+$/.test(verb.slice(-i))) break;
    for (let j = 1; j <= noun.length; j++) {
      const term = index.get(verb.slice(-i) + noun.slice(0, j));
      if (term !== undefined && i + j >= 3 && i + j > bestLength) {
        best = { term, start: end - i, end };
        bestLength = i + j;
      }
    }
  }
  return best;
}

/** Verbs that bring a body into being in the period (设立, 成立, 组建, 新建); 已/累计 before one says it stands today. */
const ESTABLISH = /(?<![已共累计])(?:新|先后)?(成立|设立|新设|组建|新建)/;

/**
 * 设立…人民调解委员会4个: a stock (the committees there are) named after a verb that brings it into being counts the
 * ones established, when the catalog has that count (成立调委会).
 */
function established(ctx: MapContext, mapped: Mapped): Mapped {
  const { indicator } = mapped;
  if (indicator.kind !== 'stock') return mapped;
  const upTo = Math.min(mapped.term?.start ?? ctx.figure.start, ctx.figure.start);
  if (!ESTABLISH.test(ctx.search.slice(ctx.clause.start, upTo))) return mapped;
  for (const word of [indicator.name, ...(indicator.synonyms ?? [])]) {
    for (const verb of ['成立', '新成立', '设立', '新设', '组建', '新建']) {
      const flow = ctx.terms
        .find((t) => t.word === verb + word)
        ?.indicators.find((i) => i.kind !== 'stock' && i.unit === indicator.unit);
      if (flow !== undefined) return { ...mapped, indicator: flow, rule: `${mapped.rule}+established` };
    }
  }
  return mapped;
}

/** Verbs of the first stage of a case (taking it in) and of the last (closing it). */
const INTAKE = /(?:受理|收到|新收|立案|收案)$/;
const CLOSING = /^(?:审结|办结|结案|调结)/;

/**
 * `true` when a closing verb follows an intake verb with nothing between (受理审结案件): one figure of both. The
 * term found may be 结案 read across 审结|案件.
 */
function twoStages(search: string, hit: TermHit, end: number): boolean {
  const at =
    /^结/.test(hit.term.word) && /[审办]/.test(search[hit.start - 1] ?? '') ? hit.start - 1 : hit.start;
  return (
    CLOSING.test(search.slice(at, at + 2)) &&
    INTAKE.test(search.slice(Math.max(0, at - 2), at)) &&
    /^(?:各类)?案件数?[\s共计为达到了]*$/.test(search.slice(at + 2, end))
  );
}

/** Plain 案件 before a figure (办理案件967件, 已完成案件数3511件), with the verb before it: what the cases of a field are. */
const GENERIC_CASES = /(受理|办理|承办|办结|审结|新收|收到|完成)(?:各类)?案件数?[\s共计为达到了]*$/;
const VERB_ROLES: Readonly<Record<string, readonly string[]>> = {
  受理: ['accepted', 'cases', 'received'],
  新收: ['received', 'cases'],
  收到: ['received', 'cases'],
  办结: ['concluded', 'casesConcluded'],
  审结: ['concluded', 'casesConcluded'],
};

/**
 * 司法鉴定机构办理案件967件: a figure of plain 案件, which no catalog term names, counts the cases of the field its
 * words are in — the field's indicator of the verb's role (受理 accepted, 办结 concluded, else cases handled).
 */
function genericCases(ctx: MapContext, end: number): Candidate[] {
  const m = GENERIC_CASES.exec(ctx.search.slice(ctx.clause.start, end));
  if (m === null || ctx.figure.kind !== 'quantity') return [];
  const units = figureUnits(ctx.figure);
  if (units !== undefined && !units.includes('cases')) return [];
  const domain = figureDomain(ctx);
  if (domain === undefined) return [];
  const both = INTAKE.test(ctx.search.slice(0, ctx.clause.start + m.index));
  for (const local of (both ? undefined : VERB_ROLES[m[1] as string]) ?? ['cases']) {
    const ind = ctx.catalog.get(`${domain}.${local}`);
    if (ind !== undefined && ind.unit === 'cases')
      return [{ indicator: ind.id, confidence: 0.8, rule: 'generic-cases' }];
  }
  return [];
}

/** Plain 活动 right before a figure (开展“法援惠民生”系列活动28场次, 专项法治宣传服务活动82场). */
const GENERIC_ACTIVITIES = /活动[\s共计为达到了]*$/;

/** 开展…系列活动28场次: plain 活动 are the events (`activities`) of the field the words are in. */
function genericActivities(ctx: MapContext, end: number): Candidate[] {
  if (ctx.figure.kind !== 'quantity' || !GENERIC_ACTIVITIES.test(ctx.search.slice(ctx.clause.start, end)))
    return [];
  const units = figureUnits(ctx.figure);
  if (units === undefined || !units.includes('times')) return [];
  const domain = figureDomain(ctx);
  const ind = domain === undefined ? undefined : ctx.catalog.get(`${domain}.activities`);
  return ind?.unit === 'times' ? [{ indicator: ind.id, confidence: 0.8, rule: 'generic-activities' }] : [];
}

/**
 * The indicator named as the subject of a change or share (受理案件同比下降38.5%: 受理案件), before the words of the
 * measure.
 *
 * @param ctx - the figure and its surroundings
 * @param wordsStart - where the words of the measure begin
 * @param wantRate - a change in percentage points is a change of a rate; a change in per cent may be of either
 * @param rule - the rule name
 * @returns the indicator, `ambiguous`, or `undefined` when no term names one
 */
export function mapSubject(
  ctx: MapContext,
  wordsStart: number,
  wantRate: boolean | 'either',
  rule: string,
): Mapped | 'ambiguous' | undefined {
  const hit = termBefore(ctx.terms, ctx.search, ctx.clause.start, wordsStart);
  if (hit === undefined) return undefined;
  const hits = new Map([[rule, hit]]);
  // A change in per cent, in points or a multiple (同比下降24.3% of 经费 in yuan) is not in the unit of its subject;
  // a difference (同比增加12件) is.
  const unitFree = ctx.figure.kind !== 'quantity';
  return pick(ctx, score(ctx, hit, 0.85, rule, wantRate, unitFree), hits);
}

/** The indicators the term nearest before a figure names, for the candidates of an ambiguous figure. */
export function ambiguousCandidates(ctx: MapContext): Candidate[] {
  const hit = termBefore(ctx.terms, ctx.search, ctx.clause.start, ctx.figure.start);
  return (hit?.term.indicators ?? []).map((i) => ({ indicator: i.id, confidence: 0.5, rule: 'term-before' }));
}

/**
 * An indicator that is a cell of another (legalAid.criminalCases) as that other and the cell.
 *
 * @param indicator - the indicator
 * @param catalog - the catalog that holds the other
 * @returns the indicator to write and the cell's dimensions
 */
export function asCell(
  indicator: Indicator,
  catalog: Catalog,
): { indicator: Indicator; dimensions: Record<string, string> } {
  const slice = indicator.sliceOf;
  const base = slice === undefined ? undefined : catalog.get(slice.indicator);
  if (slice === undefined || base === undefined) return { indicator, dimensions: {} };
  return { indicator: base, dimensions: { ...slice.dimensions } };
}
