/** Where a figure stands in a report: its clause, its sentence, and the headings of the sections around it. */

/** A half-open range of offsets into the text. */
export interface Span {
  /** First offset. */
  readonly start: number;
  /** Offset just past the end. */
  readonly end: number;
}

/** A heading line (一、…, （二）…, 3. …) and the part of the text it governs. */
export interface Section extends Span {
  /** The heading's words, up to its first full stop. */
  readonly heading: string;
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for (1); outer levels govern inner ones. */
  readonly level: number;
}

const HEADING_RES: readonly [RegExp, number][] = [
  [/^\s*(?:第[一二三四五六七八九十]+[章节部分]|[一二三四五六七八九十]+、)/, 1],
  [/^\s*[（(][一二三四五六七八九十]+[)）]/, 2],
  [/^\s*\d{1,2}[.．、](?!\d)/, 3],
  [/^\s*[（(]\d{1,2}[)）]/, 4],
];

/**
 * The headings of a text and the spans they govern: a section runs to the next heading of the same or an outer level.
 *
 * @param text - the report text
 * @returns the sections in text order
 */
export function findSections(text: string): Section[] {
  const found: { start: number; heading: string; level: number }[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const [re, level] of HEADING_RES) {
      if (re.test(line)) {
        const stop = line.search(/[。；;！？]/);
        found.push({ start: lineStart, heading: (stop < 0 ? line : line.slice(0, stop)).trim(), level });
        break;
      }
    }
    lineStart += line.length + 1;
  }
  return found.map((s, i) => {
    let end = text.length;
    for (let j = i + 1; j < found.length; j++) {
      if ((found[j] as (typeof found)[number]).level <= s.level) {
        end = (found[j] as (typeof found)[number]).start;
        break;
      }
    }
    return { ...s, end };
  });
}

/**
 * The headings that govern an offset, innermost first.
 *
 * @param sections - from {@link findSections}
 * @param index - an offset into the text
 * @returns the governing sections, innermost first
 */
export function sectionsAt(sections: readonly Section[], index: number): Section[] {
  return sections.filter((s) => s.start <= index && index < s.end).sort((a, b) => b.level - a.level);
}

const SENTENCE_END = /[。！？；;!?\n]/;
const CLAUSE_END = /[。！？；;!?\n，,：:]/;

function bounds(text: string, index: number, stop: RegExp): Span {
  let start = index;
  while (start > 0 && !stop.test(text[start - 1] as string)) start--;
  let end = index;
  while (end < text.length && !stop.test(text[end] as string)) end++;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

/**
 * The sentence around an offset: between full stops, semicolons, question or exclamation marks and line breaks.
 *
 * @param text - the report text
 * @param index - an offset inside the sentence
 * @returns its span, blanks trimmed
 */
export function sentenceAt(text: string, index: number): Span {
  return bounds(text, index, SENTENCE_END);
}

/**
 * The clause around an offset: the sentence cut at commas and colons too. An ASCII comma between digits
 * (1,234) is a thousands separator, not a clause break.
 *
 * @param text - the report text
 * @param index - an offset inside the clause
 * @returns its span, blanks trimmed
 */
export function clauseAt(text: string, index: number): Span {
  let start = index;
  while (start > 0 && !isClauseBreak(text, start - 1)) start--;
  let end = index;
  while (end < text.length && !isClauseBreak(text, end)) end++;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

function isClauseBreak(text: string, i: number): boolean {
  const c = text[i] as string;
  if (!CLAUSE_END.test(c)) return false;
  if (c === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5)))
    return false;
  return true;
}

const FULL_STOP = /[。！？!?\n]/;

/**
 * The full sentence around an offset: between full stops, question or exclamation marks and line breaks (a
 * semicolon does not end it: a list of parts runs on through 其中…;…;…。).
 *
 * @param text - the report text
 * @param index - an offset inside the sentence
 * @returns its span, blanks trimmed
 */
export function fullSentenceAt(text: string, index: number): Span {
  return bounds(text, index, FULL_STOP);
}

/** 分别为, 依次为: a list of items follows, each a name and its figure (排名前五位分别为浦东新区1269件;杨浦区911件). */
const LIST_OPENER = /(?:分别|依次)(?:为|是)/g;

/**
 * Where the last list opener (分别为, 依次为) between two offsets stands, and where its items begin.
 *
 * @param text - the report text
 * @param from - first offset searched
 * @param to - offset just past the range
 * @returns the opener's offset and the offset just past it, or `undefined`
 */
export function lastListOpener(text: string, from: number, to: number): Span | undefined {
  const m = [...text.slice(from, to).matchAll(LIST_OPENER)].at(-1);
  return m === undefined ? undefined : { start: from + m.index, end: from + m.index + m[0].length };
}
