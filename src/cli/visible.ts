/**
 * Text from data made safe for a terminal or a log: control characters are shown as `\u001b`-style escapes, so a
 * quote or a file name cannot move the cursor, clear the screen, recolour the output, reorder it with bidi
 * controls or forge lines of its own.
 */

// C0 and C1 controls, DEL, line and paragraph separators, bidi embeddings, overrides and isolates: one class, linear.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_BREAKS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROLS_BUT_LINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeControl(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Escapes every control character, line breaks included: for text that must stay on one line.
 *
 * @param text - text from data (a message, a path, a file name)
 * @returns the text with controls escaped
 * @example
 * ```ts
 * visible('a\u001b[2Jb') // 'a\\u001b[2Jb'
 * ```
 */
export function visible(text: string): string {
  return text.replace(CONTROLS, escapeControl);
}

/**
 * Escapes every control character but the line break (`\n` or `\r\n`, given back as `\n`), which the caller
 * indents: for a quote that spans lines.
 *
 * @param text - text from data
 * @returns the text with controls other than line breaks escaped
 * @example
 * ```ts
 * visibleLines('a\r\nb\rc') // 'a\nb\\u000dc'
 * ```
 */
export function visibleLines(text: string): string {
  return text.replaceAll('\r\n', '\n').replace(CONTROLS_BUT_LINES, escapeControl);
}

/**
 * Escapes every control character but CR and LF, for output whose format encodes those itself (GitHub's workflow
 * commands turn them into `%0D` and `%0A`).
 *
 * @param text - text from data
 * @returns the text with controls other than CR and LF escaped
 * @example
 * ```ts
 * visibleBreaks('a\r\n\u001bb') // 'a\r\n\\u001bb'
 * ```
 */
export function visibleBreaks(text: string): string {
  return text.replace(CONTROLS_BUT_BREAKS, escapeControl);
}
