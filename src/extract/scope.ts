/** The words around a figure that set its scope: 截至 (as of), 累计/以来 (cumulative), 1—4月/上半年 (period), a year. */
import type { Figure } from './scan-figures.js';
import type { Span } from './segment.js';

/** The scope a figure's context gives it. */
export interface FigureScope {
  /** The date the figure stands at (截至11月30日, 截至目前 with a known report date). */
  asOf?: string;
  /** Counted since a programme began (累计, 以来). */
  cumulative?: boolean;
  /** When the count began (自2019年以来). */
  since?: string;
  /** A part of the year (1—4月, 上半年). */
  period?: { start: string; end: string };
  /** The year the figure is about when the sentence names another year than the report's. */
  year?: number;
  /** The figure counts cases carried over from last year (含…结转). */
  includesCarriedOver?: boolean;
  /** The words that set the scope, for the rule name. */
  readonly words: string[];
}

/** What {@link figureScope} needs to know about the report. */
export interface ScopeContext {
  /** The report's year. */
  readonly year: number;
  /** The date 截至目前/目前 refers to, when known (the publication date). */
  readonly asOf?: string;
  /** The figure's indicator is a stock (在册, 在矫): 目前 earlier in its sentence reaches it. */
  readonly stock?: boolean;
  /** A 截至 date of the sentence before that still holds for stocks. */
  readonly carriedAsOf?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

const HALVES: readonly [RegExp, number, number][] = [
  [/上半年/, 1, 6],
  [/下半年/, 7, 12],
  [/前三季度/, 1, 9],
  [/(?:第一|一)季度/, 1, 3],
];

/**
 * The scope of a figure from the words before it in its sentence (and 含…结转 right after it in its clause).
 *
 * @param text - the report text
 * @param figure - the figure
 * @param sentence - the figure's sentence
 * @param clause - the figure's clause
 * @param figures - every figure of the text, to read the dates and years before this one
 * @param context - the report's year and the date 截至目前 refers to
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
  const earlier = figures.filter((f) => f.start >= sentence.start && f.end <= figure.start);
  let year = context.year;
  // A year at the start of the sentence, not compared with (较2019年), sets the year of its figures.
  const firstYear = earlier.find((f) => f.kind === 'year' && f.upper === undefined);
  if (firstYear) {
    const lead = text.slice(sentence.start, firstYear.start);
    const follows = text.slice(firstYear.end, firstYear.end + 3);
    if (lead.length <= 4 && !/[较比同自从]/.test(lead) && !/^(?:以来|起|至)/.test(follows)) {
      const y = Number(firstYear.value);
      if (y !== context.year && y < context.year && y > context.year - 10) {
        scope.year = y;
        year = y;
        scope.words.push(firstYear.text);
      }
    }
  }
  // 截至/截止(到) a date, or 截至目前/目前/至今 (the report's date).
  const asOfWord = /(?:截至|截止)(?:到|至)?\s*$/;
  for (const f of earlier) {
    if (f.kind !== 'date') continue;
    if (asOfWord.test(text.slice(Math.max(sentence.start, f.start - 4), f.start))) {
      const iso = f.value.startsWith('--') ? `${year}${f.value.slice(1)}` : f.value;
      if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) scope.asOf = iso;
      else if (/^\d{4}-\d{2}$/.test(iso)) scope.asOf = lastDay(Number(iso.slice(0, 4)), Number(iso.slice(5)));
      else if (/^\d{4}-\d{2}$/.test(`${year}-${iso.slice(2)}`))
        scope.asOf = lastDay(year, Number(iso.slice(2)));
      scope.words.push(`截至${f.text}`);
    }
  }
  const clauseBefore = text.slice(clause.start, figure.start);
  // 截至目前 covers the rest of its sentence; 目前/现有 only its own clause (and stocks, see `carriesAsOf`).
  const overYear = /全年|年内|今年以来|本年度/.test(clauseBefore);
  if (scope.asOf === undefined && context.asOf !== undefined && !overYear) {
    const previousClause = clauseBeforeLast(text.slice(sentence.start, clause.start));
    const nowClause = previousClause !== undefined && /^(?:目前|现在|当前)$/.test(previousClause.trim());
    if (/(?:截至|截止|至)(?:到)?目前|至今/.test(before) || /目前|现有|现已/.test(clauseBefore) || nowClause) {
      scope.asOf = context.asOf;
      scope.words.push('目前');
    } else if (context.stock && /目前|现有/.test(before)) {
      scope.asOf = context.asOf;
      scope.words.push('目前');
    }
  }
  if (
    scope.asOf === undefined &&
    context.carriedAsOf !== undefined &&
    !overYear &&
    !/今年以来|全年/.test(before)
  ) {
    scope.asOf = context.carriedAsOf;
    scope.words.push('截至(前句)');
  }
  if (scope.asOf === undefined && /(?:截至|截止|至)(?:\d{4}年)?(?:年底|年末)/.test(before)) {
    scope.asOf = `${year}-12-31`;
    scope.words.push('年底');
  }
  // Windows of months and halves of the year.
  const window = earlier.filter((f) => f.kind === 'months').at(-1);
  if (window) {
    const wy = /^(\d{4})/.exec(window.text)?.[1];
    const y = wy === undefined ? year : Number(wy);
    scope.period = { start: `${y}-${pad(Number(window.value))}-01`, end: lastDay(y, Number(window.upper)) };
    scope.words.push(window.text);
  } else {
    for (const [re, m1, m2] of HALVES) {
      if (re.test(before)) {
        scope.period = { start: `${year}-${pad(m1)}-01`, end: lastDay(year, m2) };
        scope.words.push(re.source);
        break;
      }
    }
  }
  // 累计 …, 自2019年以来 …, 试点以来 …: a running total beyond the year.
  // 2024年…累计 is a total over the year; 累计 or 以来 in the figure's own clause otherwise is a running total.
  if (/累计|以来|迄今|历年/.test(clauseBefore.replace(/今年以来|年初以来|本年以来/g, ''))) {
    if (
      !(
        firstYear &&
        Number(firstYear.value) === year &&
        text.slice(sentence.start, firstYear.start).length <= 4
      )
    ) {
      scope.cumulative = true;
      scope.words.push('累计');
      const since = /(?:自|从)?(\d{4})年(?:(\d{1,2})月)?[^，。；]*?以来/.exec(before);
      if (since) scope.since = since[2] ? `${since[1]}-${pad(Number(since[2]))}` : (since[1] as string);
    }
  }
  const after = text.slice(figure.end, Math.min(clause.end + 12, text.length));
  if (/^\s*[（(]\s*含[^）)]*结转/.test(after)) {
    scope.includesCarriedOver = true;
    scope.words.push('含结转');
  }
  return scope;
}

const CLAUSE_SEPARATORS = new Set(['，', ',', '：', ':']);

/**
 * The clause that ends at the last separator of a text ending in one (and spaces): what
 * `/(?:^|[，,：:])\s*([^，,：:]*)[，,：:]\s*$/` captures, read backwards in linear time (the regex backtracks over long
 * runs of spaces).
 */
function clauseBeforeLast(s: string): string | undefined {
  let end = s.length;
  while (end > 0 && /\s/.test(s.charAt(end - 1))) end--;
  if (end === 0 || !CLAUSE_SEPARATORS.has(s.charAt(end - 1))) return undefined;
  let start = end - 1;
  while (start > 0 && !CLAUSE_SEPARATORS.has(s.charAt(start - 1))) start--;
  let from = start;
  while (from < end - 1 && /\s/.test(s.charAt(from))) from++;
  return s.slice(from, end - 1);
}
