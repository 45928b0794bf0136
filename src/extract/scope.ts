/**
 * The words around a figure that set its scope: 截至 (as of, or the part of the year up to a date), 累计/以来
 * (cumulative), 1—4月/上半年/2021年8月1日至2022年7月31日/“十四五”期间 (a period), a year that opens its sentence.
 */
import type { Figure } from './scan-figures.js';
import type { Span } from './segment.js';

/** A window of days, both ends included. */
export interface Window {
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day, `YYYY-MM-DD`. */
  readonly end: string;
}

/** The scope a figure's context gives it. */
export interface FigureScope {
  /** The date the figure stands at (a stock 截至 a date, 截至目前 with a known report date). */
  asOf?: string;
  /** Counted since a programme began (累计 since a start, 以来), not within the year. */
  cumulative?: boolean;
  /** When the count began (自2019年以来). */
  since?: string;
  /** The window a flow covers when it is not the calendar year (1—4月, 上半年, 截至11月30日). */
  period?: Window;
  /** The year the figure is about when the sentence names another year than the report's. */
  year?: number;
  /** The figure counts cases carried over from last year (含…结转). */
  includesCarriedOver?: boolean;
  /** The reporting government's own level (本级, 省直部门, its legal aid centre) rather than its whole area. */
  coverage?: 'ownLevel';
  /** The words that set the scope, for the rule name. */
  readonly words: string[];
}

/**
 * What the words of a sentence say about time, before the figures are known: a window (1—4月, 2021年8月1日至
 * 2022年7月31日), a 截至 date, 目前 (the report's date). A cue that opens a sentence holds for the rest of its
 * paragraph.
 */
export interface ScopeCue {
  /** A window of the year or across years. */
  readonly period?: Window;
  /** The date after 截至/截止. */
  readonly date?: string;
  /** 截至目前, 至今, 目前: the report's date. */
  readonly now?: boolean;
  /** The words, for the rule name. */
  readonly words: readonly string[];
}

/** What {@link figureScope} needs to know about the report and the figure. */
export interface ScopeContext {
  /** The report's year. */
  readonly year: number;
  /** The date 截至目前/目前 refers to, when known (the publication date). */
  readonly asOf?: string;
  /** The last day the report covers when it is not the end of its year (a 1—4月 progress report). */
  readonly periodEnd?: string;
  /** The figure's indicator is a stock (在册, 在矫): a 截至 date is its date, and 目前 reaches it. */
  readonly stock?: boolean;
  /** A cue of an earlier sentence of the paragraph that still holds. */
  readonly carried?: ScopeCue;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

const HALVES: readonly [string, number, number][] = [
  ['上半年', 1, 6],
  ['下半年', 7, 12],
  ['前三季度', 1, 9],
  ['一至三季度', 1, 9],
  ['1至3季度', 1, 9],
  ['一季度', 1, 3],
  ['第一季度', 1, 3],
];

// The five-year plans reports count by: “十四五”期间 is 2021–2025.
const PLANS: readonly [string, number][] = [
  ['十五', 2001],
  ['十一五', 2006],
  ['十二五', 2011],
  ['十三五', 2016],
  ['十四五', 2021],
  ['十五五', 2026],
];

/** The ISO day of a date figure, completed with `year` when printed without one; a month alone is its last day. */
function dayOf(f: Figure, year: number, firstDay = false): string | undefined {
  const v = f.value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (/^--\d{2}-\d{2}$/.test(v)) return `${year}${v.slice(1)}`;
  const ym = /^(\d{4})-(\d{2})$/.exec(v);
  if (ym) return firstDay ? `${ym[1]}-${ym[2]}-01` : lastDay(Number(ym[1]), Number(ym[2]));
  const m = /^--(\d{2})$/.exec(v);
  if (m) return firstDay ? `${year}-${m[1]}-01` : lastDay(year, Number(m[1]));
  return undefined;
}

const yearOf = (day: string) => Number(day.slice(0, 4));

/**
 * The time cue of the words of a sentence before an offset: the last window, 截至 date or 目前 they name.
 *
 * @param text - the report text
 * @param sentence - the sentence
 * @param figures - every figure of the text (the dates and windows among them)
 * @param year - the report's year, for dates printed without one
 * @param upTo - read the sentence up to here
 * @returns the cue (no fields but `words` when the words say nothing about time)
 */
export function sentenceCue(
  text: string,
  sentence: Span,
  figures: readonly Figure[],
  year: number,
  upTo: number,
): ScopeCue {
  const before = text.slice(sentence.start, upTo);
  const earlier = figures.filter((f) => f.start >= sentence.start && f.end <= upTo);
  let period: Window | undefined;
  let date: string | undefined;
  let at = -1;
  const words: string[] = [];
  const take = (where: number, found: { period?: Window; date?: string }, word: string) => {
    if (where < at) return;
    at = where;
    period = found.period;
    date = found.date;
    words.splice(0, words.length, word);
  };
  for (const [i, f] of earlier.entries()) {
    const after = text.slice(f.end, Math.min(upTo, f.end + 8));
    const lead = text.slice(Math.max(sentence.start, f.start - 4), f.start);
    if (f.kind === 'months') {
      const wy = /^(\d{4})/.exec(f.text)?.[1];
      const y = wy === undefined ? year : Number(wy);
      take(
        f.start,
        { period: { start: `${y}-${pad(Number(f.value))}-01`, end: lastDay(y, Number(f.upper)) } },
        f.text,
      );
      continue;
    }
    if (f.kind !== 'date') continue;
    // 2021年8月1日至2022年7月31日, 2015年5月至当年底: a window between two days.
    const next = earlier[i + 1];
    const joiner = next === undefined ? '' : text.slice(f.end, next.start);
    const start = dayOf(f, year, true);
    if (start !== undefined && next?.kind === 'date' && /^\s*(?:至|到|—|–|-|~|～)\s*$/.test(joiner)) {
      const end = dayOf(next, yearOf(start));
      if (end !== undefined && end > start)
        take(f.start, { period: { start, end } }, text.slice(f.start, next.end));
      continue;
    }
    if (start !== undefined && /^\s*(?:至|到)(?:当年|本年|年)(?:底|末)/.test(after)) {
      take(f.start, { period: { start, end: `${yearOf(start)}-12-31` } }, `${f.text}至年底`);
      continue;
    }
    // 自3月以来, 3月份以来: from that month to the end of the report's period.
    if (start !== undefined && /^\s*(?:份)?(?:以来|起)/.test(after) && /^\d{4}-\d{2}-01$/.test(start)) {
      take(f.start, { period: { start, end: `${yearOf(start)}-12-31` } }, `${f.text}以来`);
      continue;
    }
    if (/(?:截至|截止|截止到|截至到)\s*$/.test(lead)) {
      const day = dayOf(f, year);
      if (day !== undefined) take(f.start, { date: day }, `截至${f.text}`);
    }
  }
  for (const [word, m1, m2] of HALVES) {
    const where = before.lastIndexOf(word);
    if (where >= 0)
      take(
        sentence.start + where,
        { period: { start: `${year}-${pad(m1)}-01`, end: lastDay(year, m2) } },
        word,
      );
  }
  for (const [plan, first] of PLANS) {
    const where = before.lastIndexOf(plan);
    // “十四五”期间, 十四五时期, “十四五”以来: the plan's five years (十五 alone is also a number: need the quote marks).
    if (where < 0) continue;
    const tail = before.slice(where + plan.length, where + plan.length + 4);
    if (
      !/^[”"’]?(?:期间|时期|以来)/.test(tail) ||
      (plan === '十五' && !/[“"‘]$/.test(before.slice(0, where)))
    )
      continue;
    take(
      sentence.start + where,
      { period: { start: `${first}-01-01`, end: `${first + 4}-12-31` } },
      `${plan}期间`,
    );
  }
  // A later sentence that names the report's own year (2024年度共接受…) speaks of the year again: a 截至 or 目前
  // read before it holds no more.
  const ownYear = earlier
    .filter(
      (f) => f.kind === 'year' && Number(f.value) === year && opensClause(text, sentence.start, f.start),
    )
    .at(-1);
  const nowAt = Math.max(
    ...[...before.matchAll(/(?:截至|截止|至)(?:到)?目前|至今/g)].map((m) => m.index),
    -1,
  );
  if (ownYear !== undefined && ownYear.start > at && ownYear.start > sentence.start + nowAt) {
    return { words: [] };
  }
  const now = nowAt >= 0;
  return {
    ...(period === undefined ? {} : { period }),
    ...(date === undefined ? {} : { date }),
    ...(now ? { now } : {}),
    words,
  };
}

/** `true` when only blanks stand between a clause's start (or `from`) and `at`. */
function opensClause(text: string, from: number, at: number): boolean {
  let i = at;
  while (i > from && /[ \t\u3000]/.test(text[i - 1] as string)) i--;
  return i === from || /[，,。；;：:\n]/.test(text[i - 1] as string);
}

/** `true` when a cue says something about time. */
export function hasCue(cue: ScopeCue | undefined): cue is ScopeCue {
  return cue !== undefined && (cue.period !== undefined || cue.date !== undefined || cue.now === true);
}

/** The last clause of a sentence's words, without the comma that ends it. */
function clauseBeforeLast(words: string): string | undefined {
  const end = words.search(/[，,：:]\s*$/);
  if (end < 0) return undefined;
  const head = words.slice(0, end);
  const start = Math.max(
    head.lastIndexOf('，'),
    head.lastIndexOf(','),
    head.lastIndexOf('：'),
    head.lastIndexOf(':'),
  );
  return head.slice(start + 1);
}

/**
 * The scope of a figure from the words before it in its sentence (and 含…结转 right after it in its clause), or
 * from a cue of an earlier sentence of its paragraph.
 *
 * @param text - the report text
 * @param figure - the figure
 * @param sentence - the figure's sentence
 * @param clause - the figure's clause
 * @param figures - every figure of the text, to read the dates and years before this one
 * @param context - the report's year, dates and period, whether the figure is a stock, the paragraph's cue
 * @returns the scope
 */
export function figureScope(
  text: string,
  figure: Figure,
  sentence: Span,
  clause: Span,
  figures: readonly Figure[],
  context: ScopeContext,
): FigureScope {
  const scope: FigureScope = { words: [] };
  const before = text.slice(sentence.start, figure.start);
  const clauseBefore = text.slice(clause.start, figure.start);
  const earlier = figures.filter((f) => f.start >= sentence.start && f.end <= figure.start);
  let year = context.year;
  // A year at the start of the sentence, not compared with (较2019年), sets the year of its figures.
  const firstYear = earlier.find((f) => f.kind === 'year' && f.upper === undefined);
  const opensWithYear = firstYear !== undefined && text.slice(sentence.start, firstYear.start).length <= 4;
  if (firstYear && opensWithYear) {
    const lead = text.slice(sentence.start, firstYear.start);
    const follows = text.slice(firstYear.end, firstYear.end + 3);
    if (!/[较比同自从]/.test(lead) && !/^(?:以来|起|至)/.test(follows)) {
      const y = Number(firstYear.value);
      if (y !== context.year && y < context.year && y > context.year - 10) {
        scope.year = y;
        year = y;
        scope.words.push(firstYear.text);
      }
    }
  }
  const own = sentenceCue(text, sentence, figures, year, figure.start);
  const cue = hasCue(own) ? own : opensWithYear ? undefined : context.carried;
  const overYear = /全年|年内|本年度/.test(clauseBefore);
  const yearEnd = `${year}-12-31`;
  if (cue?.period !== undefined) {
    if (context.stock) {
      if (cue.period.end !== yearEnd) scope.asOf = cue.period.end;
    } else if (!(cue.period.start === `${year}-01-01` && cue.period.end === yearEnd)) {
      scope.period = cue.period;
    }
    scope.words.push(...cue.words);
  } else if (cue?.date !== undefined && cue.date !== yearEnd) {
    // 截至11月30日: a stock stands at that day; a flow counts the year up to it.
    if (!context.stock && cue.date.startsWith(`${year}-`) && !overYear) {
      scope.period = { start: `${year}-01-01`, end: cue.date };
    } else {
      scope.asOf = cue.date;
    }
    scope.words.push(...cue.words);
  }
  // 截至目前 covers the rest of its sentence; 目前/现有 only its own clause (and stocks, from anywhere before).
  if (scope.asOf === undefined && scope.period === undefined && context.asOf !== undefined && !overYear) {
    const previousClause = clauseBeforeLast(text.slice(sentence.start, clause.start));
    const nowClause = previousClause !== undefined && /^(?:目前|现在|当前)$/.test(previousClause.trim());
    const stockNow = context.stock === true && (/目前|现有/.test(before) || context.carried?.now === true);
    if (own.now || /目前|现有|现已/.test(clauseBefore) || nowClause || stockNow) {
      scope.asOf = context.asOf;
      scope.words.push('目前');
    }
  }
  // A report of part of the year (1—4月进展): a figure with no time words of its own covers the year up to its end.
  if (
    scope.asOf === undefined &&
    scope.period === undefined &&
    context.periodEnd?.startsWith(`${year}-`) &&
    context.periodEnd !== yearEnd
  ) {
    if (context.stock) scope.asOf = context.periodEnd;
    else scope.period = { start: `${year}-01-01`, end: context.periodEnd };
    scope.words.push(`至${context.periodEnd}`);
  }
  // 累计 is a running total when a start is in sight (截至目前, 试点以来, 自2019年以来); 全县累计调解280件 with no
  // start, or after 全年 or a year that opens the sentence, is the total of the period.
  // 累计接收…927名,解除614名: 累计 covers the counts listed after it in its sentence, each clause only a verb and
  // its figure (no subject, no time words of its own).
  const listed =
    !context.stock &&
    /^[\u4e00-\u9fff]{1,6}$/.test(clauseBefore.trim()) &&
    /累计/.test(text.slice(sentence.start, clause.start));
  const running = (listed ? `累计${clauseBefore}` : clauseBefore).replace(/今年以来|年初以来|本年以来/g, '');
  const anchor = /以来|迄今|历年|至今|(?:截至|截止|至)(?:到)?目前/.test(
    before.replace(/今年以来|年初以来|本年以来/g, ''),
  );
  const sinceWords = /以来|迄今|历年/.test(running);
  if (
    (sinceWords || (/累计/.test(running) && anchor)) &&
    !overYear &&
    !(opensWithYear && Number(firstYear?.value) === year)
  ) {
    if (scope.period === undefined) {
      scope.cumulative = true;
      scope.words.push('累计');
      const since = /(?:自|从)?(\d{4})年(?:(\d{1,2})月)?[^，。；]*?以来/.exec(before);
      if (since) scope.since = since[2] ? `${since[1]}-${pad(Number(since[2]))}` : (since[1] as string);
    }
  }
  const after = text.slice(figure.end, Math.min(clause.end + 12, text.length));
  if (/^\s*[（(]\s*(?:含|包含|包括)[^）)]*结转/.test(after)) {
    scope.includesCarriedOver = true;
    scope.words.push('含结转');
  }
  return scope;
}
