/**
 * Where the text as read has lost the beginning of a figure's sentence: an excerpt or page that starts in the middle
 * of one (件,成功化解14件), or a line of a page printed in columns, whose first words continue the line above in its
 * column, not the line above in the text (区法院选任 / 人民陪审员144人).
 */
import type { Span } from './segment.js';

/** A measure word left alone at the start of a sentence: the words it belonged to are on a page not in the text. */
const STRANDED = /^\s*[件人个次名宗起场项家份]\s*[,，;；]/;

/** Text on both sides of a wide run of blanks: the line holds several columns of a page. */
const COLUMNS = /\S[ \u3000]{6,}\S/;

/**
 * `true` when the words that opened a figure's sentence are not in front of it: its sentence opens with a stranded
 * measure word, or the term that named it opens a line of columns after another such line (the verb before the
 * term — 选任 人民陪审员 — may stand at the end of the line above in its column).
 *
 * @param text - the text as read
 * @param sentence - the figure's full sentence
 * @param termStart - where the words that named its indicator start
 * @returns whether its subject may be lost
 */
export function beginningLost(text: string, sentence: Span, termStart: number): boolean {
  if (STRANDED.test(text.slice(sentence.start, sentence.end))) return true;
  const lineStart = text.lastIndexOf('\n', termStart - 1) + 1;
  if (text.slice(lineStart, termStart).trim() !== '') return false;
  const lineEnd = text.indexOf('\n', termStart);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (!COLUMNS.test(line)) return false;
  const above = text
    .slice(0, Math.max(0, lineStart - 1))
    .split('\n')
    .reverse()
    .find((l) => l.trim() !== '');
  return above !== undefined && COLUMNS.test(above);
}
