/**
 * Figures written as spreadsheets show them — `45,771`, `96.5%`, ` 44180 `, full-width `４５７７１` — recognised,
 * with the canonical figure to write instead (what `fazhi fix` writes).
 * @module
 */

/** Why a figure is not written canonically. */
export type SpreadsheetFormatting = 'padding' | 'full_width' | 'thousands_separator' | 'percent_sign';

/** A figure as a spreadsheet writes it, and its canonical form. */
export interface SpreadsheetFigure {
  /** The figure to write: a plain decimal such as `45771` or `96.5`. */
  readonly fix: string;
  /** What was changed, in the order it was undone. */
  readonly formatting: readonly SpreadsheetFormatting[];
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^([+-]?)(\d{1,3}(?:,\d{3})+)(\.\d+)?$/;

/**
 * The canonical figure for a value written as a spreadsheet shows it, or `undefined` when the value is no such
 * figure (or already canonical). A trailing `%` is undone only where a percentage is expected.
 *
 * @param written - the value as written
 * @param percent - the figure is a percentage (its indicator or its `unit` is `percent`)
 * @returns the fix and what it undoes, or `undefined`
 * @example
 * ```ts
 * spreadsheetFigure('45,771', false) // { fix: '45771', formatting: ['thousands_separator'] }
 * spreadsheetFigure('９６.５％', true) // { fix: '96.5', formatting: ['full_width', 'percent_sign'] }
 * ```
 */
export function spreadsheetFigure(written: string, percent: boolean): SpreadsheetFigure | undefined {
  const formatting: SpreadsheetFormatting[] = [];
  // Spaces a spreadsheet or a copy from a document leaves around a figure (ASCII, no-break, ideographic): trim()
  // removes them all, in linear time (a regex for trailing spaces backtracks over long runs).
  let s = written.trim();
  if (s !== written) formatting.push('padding');
  const narrow = toHalfWidth(s);
  if (narrow !== s) {
    formatting.push('full_width');
    s = narrow.trim();
  }
  if (s.endsWith('%')) {
    if (!percent) return undefined;
    s = s.slice(0, -1).trim();
    formatting.push('percent_sign');
  }
  const grouped = GROUPED.exec(s);
  if (grouped !== null) {
    s = `${grouped[1]}${(grouped[2] as string).replaceAll(',', '')}${grouped[3] ?? ''}`;
    formatting.push('thousands_separator');
  }
  if (formatting.length === 0 || !DECIMAL.test(s)) return undefined;
  return { fix: s, formatting };
}

/** Full-width digits and signs (`４５，７７１．５％`) and the minus sign U+2212 as their ASCII forms. */
function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e\u2212]/g, (c) =>
    c === '\u2212' ? '-' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

const WORDS: Readonly<Record<SpreadsheetFormatting, readonly [string, string]>> = {
  padding: ['spaces around it', '前后有空格'],
  full_width: ['full-width characters', '全角字符'],
  thousands_separator: ['thousands separators', '千位分隔符'],
  percent_sign: ['a percent sign', '百分号'],
};

/**
 * The words for what a fix undoes, in English and Chinese: "thousands separators and a percent sign".
 *
 * @param formatting - what the fix undoes
 * @returns the phrase in both languages
 * @example
 * ```ts
 * formattingWords(['thousands_separator']) // ['thousands separators', '千位分隔符']
 * ```
 */
export function formattingWords(formatting: readonly SpreadsheetFormatting[]): [string, string] {
  const en = formatting.map((f) => WORDS[f][0]);
  const zh = formatting.map((f) => WORDS[f][1]);
  const last = en.pop();
  return [en.length > 0 ? `${en.join(', ')} and ${last}` : (last ?? ''), zh.join('、')];
}
