import type { TextSource } from './record.js';
import { firstInvalidUtf8, incompleteTail } from './utf8.js';

/** Options of {@link textChunks}. */
export interface TextChunkOptions {
  /**
   * Called once, before the chunk holding it is yielded, with the offset in that chunk (in UTF-16 units) of the
   * first bytes that are not UTF-8 — decoded as U+FFFD from there on. A U+FFFD that the bytes really encode is
   * not such a place.
   */
  readonly onNotUtf8?: (offset: number) => void;
}

/**
 * Text chunks from any {@link TextSource}: bytes are decoded as UTF-8 (split characters handled), and one leading
 * byte order mark is dropped — the same one whether the source is a string or bytes.
 *
 * @param source - a string, or an (async) iterable of strings or byte chunks
 * @param options - where to hear of bytes that are not UTF-8
 * @returns the text in chunks
 * @example
 * ```ts
 * for await (const chunk of textChunks(fs.createReadStream('data.csv'))) process(chunk)
 * ```
 */
export async function* textChunks(
  source: TextSource,
  options: TextChunkOptions = {},
): AsyncGenerator<string> {
  if (typeof source === 'string') {
    yield stripBom(source);
    return;
  }
  // Strict decoding costs nothing more while the bytes are UTF-8; at the first bad byte a lenient decoder takes
  // over, fed again with the bytes of a character the strict one held back.
  let strict: TextDecoder | undefined;
  let lenient: TextDecoder | undefined;
  let held: Uint8Array = new Uint8Array(0);
  let first = true;
  let reported = false;
  const report = (offset: number): void => {
    if (reported) return;
    reported = true;
    options.onNotUtf8?.(offset);
  };
  /** The text of a chunk, BOM dropped at the start of the input, offsets reported in that text. */
  function* emit(text: string, badAt: number): Generator<string> {
    let t = text;
    let bad = badAt;
    if (first && t.length > 0) {
      first = false;
      if (t.charCodeAt(0) === 0xfeff) {
        t = t.slice(1);
        bad = bad > 0 ? bad - 1 : bad;
      }
    }
    if (bad >= 0) report(bad);
    if (t.length > 0) yield t;
  }
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    if (typeof chunk === 'string') {
      yield* emit(chunk, -1);
      continue;
    }
    if (lenient !== undefined) {
      yield* emit(lenient.decode(chunk, { stream: true }), -1);
      continue;
    }
    strict ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    try {
      const text = strict.decode(chunk, { stream: true });
      held = tailOf(chunk.length >= 3 ? chunk : concat(held, chunk));
      yield* emit(text, -1);
    } catch {
      const bytes = concat(held, chunk);
      lenient = new TextDecoder('utf-8', { ignoreBOM: true });
      const at = Math.max(0, firstInvalidUtf8(bytes, false));
      const offset = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, at)).length;
      yield* emit(lenient.decode(bytes, { stream: true }), offset);
    }
  }
  if (lenient !== undefined) {
    const tail = lenient.decode();
    if (tail) yield* emit(tail, -1);
  } else if (strict !== undefined) {
    try {
      const tail = strict.decode();
      if (tail) yield* emit(tail, -1);
    } catch {
      // The input ends inside a character.
      yield* emit(new TextDecoder('utf-8', { ignoreBOM: true }).decode(held), 0);
    }
  }
}

/** A copy of the bytes of a character cut off at the end (a stream may reuse its buffers). */
function tailOf(bytes: Uint8Array): Uint8Array {
  return bytes.slice(bytes.length - incompleteTail(bytes));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
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
