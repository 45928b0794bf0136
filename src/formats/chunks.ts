import type { TextSource } from './record.js';

/**
 * Text chunks from any {@link TextSource}: bytes are decoded as UTF-8 (split characters handled), a leading byte
 * order mark is dropped.
 *
 * @param source - a string, or an (async) iterable of strings or byte chunks
 * @returns the text in chunks
 * @example
 * ```ts
 * for await (const chunk of textChunks(fs.createReadStream('data.csv'))) process(chunk)
 * ```
 */
export async function* textChunks(source: TextSource): AsyncGenerator<string> {
  if (typeof source === 'string') {
    yield stripBom(source);
    return;
  }
  let decoder: TextDecoder | undefined;
  let first = true;
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    let text: string;
    if (typeof chunk === 'string') {
      text = chunk;
    } else {
      decoder ??= new TextDecoder('utf-8');
      text = decoder.decode(chunk, { stream: true });
    }
    if (first && text.length > 0) {
      text = stripBom(text);
      first = false;
    }
    if (text.length > 0) yield text;
  }
  const tail = decoder?.decode();
  if (tail) yield first ? stripBom(tail) : tail;
}

/**
 * Drops a leading UTF-8 byte order mark (U+FEFF), which spreadsheet programs write at the start of CSV files.
 *
 * @param text - any text
 * @returns the text without a leading BOM
 * @example
 * ```ts
 * stripBom('\uFEFFjurisdiction,year') // 'jurisdiction,year'
 * ```
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
