/** The catalog's words for its indicators, and finding them around a figure. */
import type { Catalog } from '../catalog/catalog.js';
import type { Indicator } from '../model/indicator.js';

/** One word of the catalog (a name or a synonym) and the indicators it names. */
export interface Term {
  /** The word as reports print it. */
  readonly word: string;
  /** Every indicator whose name or synonym it is. */
  readonly indicators: readonly Indicator[];
}

/** A term found in a text. */
export interface TermHit {
  /** The term. */
  readonly term: Term;
  /** Offset of its first character. */
  readonly start: number;
  /** Offset just past it. */
  readonly end: number;
}

/**
 * Every name and synonym of a catalog's indicators, longest first (so 调解成功率 is tried before 调解).
 *
 * @param catalog - the catalog
 * @returns the terms
 */
export function catalogTerms(catalog: Catalog): Term[] {
  const byWord = new Map<string, Indicator[]>();
  for (const ind of catalog.indicators) {
    for (const word of new Set([ind.name, ...(ind.synonyms ?? [])])) {
      const w = word.trim();
      if (w.length < 2 && !/[\u4e00-\u9fff]/.test(w)) continue;
      const list = byWord.get(w) ?? [];
      list.push(ind);
      byWord.set(w, list);
    }
  }
  return [...byWord.entries()]
    .map(([word, indicators]) => ({ word, indicators }))
    .sort((a, b) => b.word.length - a.word.length);
}

/**
 * The term that ends nearest before `end` (the longer one when two end at the same place), not starting before
 * `from`; a term inside a longer term found at the same spot is not counted.
 *
 * @param terms - from {@link catalogTerms}
 * @param text - the text
 * @param from - the earliest offset a term may start at
 * @param end - terms must end at or before this offset
 * @returns the nearest hit, or `undefined`
 */
export function termBefore(
  terms: readonly Term[],
  text: string,
  from: number,
  end: number,
): TermHit | undefined {
  const hay = text.slice(from, end);
  let best: TermHit | undefined;
  for (const term of terms) {
    const at = hay.lastIndexOf(term.word);
    if (at < 0) continue;
    const hit = { term, start: from + at, end: from + at + term.word.length };
    if (best === undefined || hit.end > best.end || (hit.end === best.end && hit.start < best.start))
      best = hit;
  }
  return best;
}

/**
 * The term that starts nearest after `start` and ends by `end` (the longer one when two start at the same place).
 *
 * @param terms - from {@link catalogTerms}
 * @param text - the text
 * @param start - terms must start at or after this offset
 * @param end - the latest offset a term may end at
 * @returns the nearest hit, or `undefined`
 */
export function termAfter(
  terms: readonly Term[],
  text: string,
  start: number,
  end: number,
): TermHit | undefined {
  const hay = text.slice(start, end);
  let best: TermHit | undefined;
  for (const term of terms) {
    const at = hay.indexOf(term.word);
    if (at < 0) continue;
    const hit = { term, start: start + at, end: start + at + term.word.length };
    if (best === undefined || hit.start < best.start || (hit.start === best.start && hit.end > best.end))
      best = hit;
  }
  return best;
}

/**
 * The second noun of a modifier shared by two (表现突出单位和个人: 表现突出个人; 先进集体和个人: 先进个人), as a term
 * of the catalog, spanning the modifier and that noun; `undefined` when the catalog has no such word.
 *
 * @param terms - from {@link catalogTerms}
 * @param text - the text
 * @param hit - the first noun's term (表现突出单位), followed by 和/及/与 and the second noun
 * @returns the second noun's term
 */
export function coordinatedTerm(terms: readonly Term[], text: string, hit: TermHit): TermHit | undefined {
  const second = /^(?:和|及|与)([\u4e00-\u9fff]{1,3})/.exec(text.slice(hit.end, hit.end + 4));
  if (second === null) return undefined;
  const word = hit.term.word;
  const noun = second[1] as string;
  for (let n = noun.length; n >= 1; n--) {
    for (let k = 1; k <= Math.min(3, word.length - 1); k++) {
      const term = terms.find((t) => t.word === word.slice(0, word.length - k) + noun.slice(0, n));
      if (term !== undefined) return { term, start: hit.start, end: hit.end + 1 + n };
    }
  }
  return undefined;
}
