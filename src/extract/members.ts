/** The catalog's words for the members of its dimensions (刑事案件, 村(居)民调委会, 一审), and finding them in a text. */
import { appliesTo, type Dimension, type DimensionMember } from '../model/dimension.js';

/** One word for a member of a dimension. */
export interface MemberTerm {
  /** The word as reports print it (parentheses half-width: search a text through {@link searchable}). */
  readonly word: string;
  /** The dimension. */
  readonly dimension: Dimension;
  /** The member the word names. */
  readonly member: DimensionMember;
}

/** A member word found in a text. */
export interface MemberHit {
  /** The word and its member. */
  readonly term: MemberTerm;
  /** Offset of its first character. */
  readonly start: number;
  /** Offset just past it. */
  readonly end: number;
}

/**
 * A copy of the text, as long as it, to search for words in: full-width parentheses and blanks made half-width, so
 * that 民事（行政）案件 and 民事(行政)案件 are one word. Offsets into it are offsets into the text.
 *
 * @param text - the report text
 * @returns the searchable copy
 */
export function searchable(text: string): string {
  return text.replace(/[（）\u3000]/g, (c) => (c === '（' ? '(' : c === '）' ? ')' : ' '));
}

/**
 * Every name and synonym of the dimensions' members, longest first; single characters (市, 村) are left out: they
 * are parts of too many other words.
 *
 * @param dimensions - the catalog's dimensions
 * @returns the member words
 */
export function memberTerms(dimensions: readonly Dimension[]): MemberTerm[] {
  const out: MemberTerm[] = [];
  for (const dimension of dimensions) {
    for (const member of dimension.members) {
      for (const word of new Set([member.name, ...(member.synonyms ?? [])])) {
        const w = searchable(word.trim());
        if ([...w].length < 2) continue;
        out.push({ word: w, dimension, member });
      }
    }
  }
  return out.sort((a, b) => b.word.length - a.word.length);
}

/**
 * The member words in `text[from, to)`, left to right, none inside another: at each place the longest word wins.
 *
 * @param terms - from {@link memberTerms}
 * @param text - the searchable text (see {@link searchable})
 * @param from - first offset
 * @param to - offset just past the range
 * @returns the hits; a word that names members of several dimensions gives one hit per dimension
 */
export function findMembers(
  terms: readonly MemberTerm[],
  text: string,
  from: number,
  to: number,
): MemberHit[] {
  const hay = text.slice(from, to);
  const found: MemberHit[] = [];
  for (const term of terms) {
    for (let at = hay.indexOf(term.word); at >= 0; at = hay.indexOf(term.word, at + 1)) {
      const start = from + at;
      const end = start + term.word.length;
      // Inside a longer word already found (刑事 inside 刑事案件): the longer one says it.
      if (found.some((h) => h.start <= start && end <= h.end && h.end - h.start > end - start)) continue;
      if (found.some((h) => h.start === start && h.end === end && h.term.dimension.id === term.dimension.id))
        continue;
      found.push({ term, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * How closely a dimension belongs to an indicator: named outright (2) beats a whole domain (`mediation.*`, 1),
 * and a dimension made for few indicators beats one spread over many (the tier of anything).
 */
function closeness(dimension: Dimension, indicatorId: string): number {
  const named = dimension.indicators.includes(indicatorId) ? 2 : 1;
  return named + 1 / (1 + dimension.indicators.length);
}

/**
 * The cell a set of member words names for an indicator: for each dimension that applies, the member named nearest
 * the end; where one word names members of two dimensions (村(社区) is a committee type and a tier), the dimension
 * closer to the indicator.
 *
 * @param hits - member words found around a figure, in text order
 * @param indicatorId - the figure's indicator
 * @returns dimension id → member id, and the hits used
 */
export function cellOf(
  hits: readonly MemberHit[],
  indicatorId: string,
): { dimensions: Record<string, string>; used: MemberHit[] } {
  const all = hits.filter((h) => appliesTo(h.term.dimension, indicatorId));
  // 其他 is the catch-all of every dimension: when it could be the `other` of several, it says none of them.
  const applicable = all.filter(
    (h) =>
      h.term.member.id !== 'other' ||
      all.filter((o) => o.start === h.start && o.end === h.end && o.term.member.id === 'other').length === 1,
  );
  const chosen = new Map<string, MemberHit>();
  for (const h of applicable) {
    const rivals = applicable.filter((o) => o !== h && o.start < h.end && h.start < o.end);
    // One word is one cell: of two dimensions it names equally close to the indicator, the one the catalog lists
    // first (房屋征收 is the matter, the statistics' own breakdown, before the agency's field).
    const beaten = rivals.some((o) => {
      if (o.term.dimension.id === h.term.dimension.id) return false;
      const [co, ch] = [closeness(o.term.dimension, indicatorId), closeness(h.term.dimension, indicatorId)];
      const sameWord = o.start === h.start && o.end === h.end;
      return (
        co > ch ||
        o.end - o.start > h.end - h.start ||
        (sameWord && co === ch && applicable.indexOf(o) < applicable.indexOf(h))
      );
    });
    if (beaten) continue;
    chosen.set(h.term.dimension.id, h);
  }
  const dimensions: Record<string, string> = {};
  for (const [id, h] of chosen) dimensions[id] = h.term.member.id;
  return { dimensions, used: [...chosen.values()] };
}
