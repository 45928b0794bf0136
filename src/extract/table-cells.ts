/** What a table's cells look like in text, whatever the layout: a number cell, a word cell, and a header row's words. */

/** A cell that holds one number (132, 35.6%, -30.0%, 1,234) or is empty (a dash). */
export const NUMBER_CELL = /^[-−－+]?[\d.,，]+\s*[%％‰]?$|^[-−－—]$/;

/** A heading of prose (一、, （二）, 1.): it opens a section, it is no cell. */
const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、])/;

/**
 * A cell of words (a row header 省人社厅, a column header 收案数): short, with a CJK character or a letter, and none of
 * the punctuation that ends a clause of prose.
 *
 * @param text - the cell's words, trimmed
 * @returns `true` for a word cell
 */
export function isWordCell(text: string): boolean {
  return (
    text.length > 0 &&
    [...text].length <= 24 &&
    /[\u4e00-\u9fffA-Za-z]/.test(text) &&
    !/[。，,；;：:！？!?]/.test(text) &&
    !HEADING.test(text) &&
    !NUMBER_CELL.test(text)
  );
}

/**
 * The column headers of a table whose rows hold `width` numbers, from the words of its header: the words once, or
 * repeated for a two-up layout (收案数 受理数 收案数 受理数: two tables side by side under one header), with or
 * without the corner word that names the row headers (单位, 地区). The corner is `''` when not printed. Within one
 * copy of the header every word differs.
 *
 * @param words - the header's words in order
 * @param width - how many numbers each row holds
 * @returns the headers, the corner first, or `undefined` when the words do not fit
 */
export function fitHeader(words: readonly string[], width: number): string[] | undefined {
  const n = words.length;
  for (let p = 1; p <= n; p++) {
    if (n % p !== 0 || words.some((w, i) => w !== words[i % p])) continue;
    const base = words.slice(0, p);
    // Each column is named once (a word printed twice in one header is two tables' or none).
    if (new Set(base).size < p) return undefined;
    if (p === width) return ['', ...base];
    if (p === width + 1) return base;
    return undefined;
  }
  return undefined;
}
