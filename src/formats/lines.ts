/** One line of text with its 1-based number, or a marker that a line was too long to keep. */
export type TextLine =
  | { readonly text: string; readonly line: number; readonly tooLong?: undefined }
  | { readonly text?: undefined; readonly line: number; readonly tooLong: true };

/**
 * Receives each complete line: its text (without `\n` or `\r\n`), or `undefined` when the line was longer than
 * the limit, and its 1-based number.
 */
export type LineSink = (text: string | undefined, line: number) => void;

/** An incremental line splitter: feed it chunks, get back the complete lines in each. */
export interface LineSplitter {
  /**
   * Adds a chunk and hands each line it completes to `sink`, in order (no object is built per line: this is the
   * streaming readers' hot path).
   */
  each(chunk: string, sink: LineSink): void;
  /** Ends the input; returns the last line if it had no newline. */
  end(): TextLine[];
  /** The 1-based number of the line the next character pushed belongs to. */
  currentLine(): number;
}

/**
 * Creates a line splitter (`\n` or `\r\n`) that works in bounded memory: only the unfinished line is held, and a
 * line longer than `maxLineLength` is reported as `tooLong` and skipped instead of being buffered.
 *
 * @param maxLineLength - the longest line kept, in characters
 * @returns a splitter to feed chunk by chunk
 * @example
 * ```ts
 * const s = createLineSplitter(1000)
 * s.each('a\nb', (text, line) => console.log(line, text)) // 1 a
 * s.end()                                                  // [{ text: 'b', line: 2 }]
 * ```
 */
export function createLineSplitter(maxLineLength: number): LineSplitter {
  let rest = '';
  let line = 0;
  // After an overflow the rest of that line is dropped up to the next newline.
  let skipping = false;
  const each = (chunk: string, sink: LineSink): void => {
    let start = 0;
    let nl = chunk.indexOf('\n');
    while (nl !== -1) {
      line++;
      if (skipping) {
        skipping = false;
      } else {
        let text = rest.length > 0 ? rest + chunk.slice(start, nl) : chunk.slice(start, nl);
        rest = '';
        if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
        sink(text.length > maxLineLength ? undefined : text, line);
      }
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    if (!skipping && start < chunk.length) {
      if (rest.length + chunk.length - start > maxLineLength) {
        sink(undefined, line + 1);
        rest = '';
        skipping = true;
      } else {
        rest += chunk.slice(start);
      }
    }
  };
  return {
    each,
    end() {
      if (skipping || rest.length === 0) return [];
      line++;
      const text = rest.charCodeAt(rest.length - 1) === 13 ? rest.slice(0, -1) : rest;
      rest = '';
      return [{ text, line }];
    },
    currentLine() {
      return line + 1;
    },
  };
}
