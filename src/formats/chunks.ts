import { type DecodeOptions, decodeChunks, stripBom } from './encoding.js';
import type { TextSource } from './record.js';

export { stripBom };

/**
 * Text chunks from any {@link TextSource}: bytes are decoded in the encoding given or, by default, the one a byte
 * order mark names, else UTF-8 or GB18030 as the content shows (split characters handled); a leading byte order mark
 * is dropped.
 *
 * @param source - a string, or an (async) iterable of strings or byte chunks
 * @param options - the encoding (`auto` by default), and a callback told which one was used
 * @returns the text in chunks
 * @example
 * ```ts
 * for await (const chunk of textChunks(fs.createReadStream('data.csv'))) process(chunk)
 * ```
 */
export function textChunks(source: TextSource, options: DecodeOptions = {}): AsyncGenerator<string> {
  return decodeChunks(source, options);
}
