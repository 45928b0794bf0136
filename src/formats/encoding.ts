/**
 * Text encodings of data files: UTF-8, UTF-16 with a byte order mark, GB18030 (and its subset GBK, the default of
 * a Chinese Excel), decoded with the platform's `TextDecoder`; `auto` tells them apart.
 * @module
 */
import { firstInvalidUtf8, incompleteTail } from './utf8.js';

/** An encoding fazhi reads text files in. */
export type TextEncodingName = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

/** What `encoding` options accept: a {@link TextEncodingName}, or `auto` to detect it. */
export type EncodingOption = 'auto' | TextEncodingName;

/** Every encoding fazhi reads, as `--encoding` names them. */
export const TEXT_ENCODINGS: readonly TextEncodingName[] = ['utf8', 'utf16le', 'utf16be', 'gb18030'];

/** How each encoding is shown to people. */
export const ENCODING_LABELS: Readonly<Record<TextEncodingName, string>> = {
  utf8: 'UTF-8',
  utf16le: 'UTF-16LE',
  utf16be: 'UTF-16BE',
  gb18030: 'GB18030',
};

/** The `TextDecoder` label of each encoding. */
const DECODER_LABELS: Readonly<Record<TextEncodingName, string>> = {
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  gb18030: 'gb18030',
};

/** Other names people write for the same encodings (GBK and GB2312 are subsets of GB18030). */
const ALIASES: Readonly<Record<string, TextEncodingName>> = {
  'utf-8': 'utf8',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  'utf-16': 'utf16le',
  utf16: 'utf16le',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  'gb-18030': 'gb18030',
};

/**
 * The encoding an option value names, accepting common aliases (`utf-8`, `gbk`, `gb2312`, `UTF-16LE`).
 *
 * @param name - what the user wrote
 * @returns the encoding option, or `undefined` when the name is not one fazhi reads
 * @example
 * ```ts
 * encodingOption('GBK')  // 'gb18030'
 * encodingOption('auto') // 'auto'
 * ```
 */
export function encodingOption(name: string): EncodingOption | undefined {
  const key = name.toLowerCase();
  if (key === 'auto' || (TEXT_ENCODINGS as readonly string[]).includes(key)) return key as EncodingOption;
  return ALIASES[key];
}

/** Options of the decoders: the encoding, and a callback told which one was used. */
export interface DecodeOptions {
  /** The encoding of byte input; `auto` (the default) detects it. Strings are taken as they are. */
  readonly encoding?: EncodingOption;
  /**
   * Called once, before the first text is produced from bytes, with the encoding used and whether it was detected
   * (`auto`) rather than given.
   */
  readonly onEncoding?: (encoding: TextEncodingName, detected: boolean) => void;
  /**
   * Called once, before the chunk holding them is produced, with the offset in that chunk (in UTF-16 units) of
   * the first bytes that are not valid in the encoding — decoded as U+FFFD from there on. A U+FFFD that the bytes
   * really encode is no such place.
   */
  readonly onInvalidBytes?: (offset: number) => void;
}

/** The byte order marks fazhi recognises, longest first. */
const BOMS: readonly (readonly [TextEncodingName, readonly number[]])[] = [
  ['gb18030', [0x84, 0x31, 0x95, 0x33]],
  ['utf8', [0xef, 0xbb, 0xbf]],
  ['utf16le', [0xff, 0xfe]],
  ['utf16be', [0xfe, 0xff]],
];

/**
 * The encoding a byte order mark at the start of `bytes` names.
 *
 * @param bytes - the first bytes of a file
 * @returns the encoding and the mark's length, `undefined` when there is no mark, or `'more'` when `bytes` is too
 *   short to tell
 * @example
 * ```ts
 * bomEncoding(Uint8Array.of(0xff, 0xfe, 0x6a, 0x00)) // { encoding: 'utf16le', length: 2 }
 * ```
 */
export function bomEncoding(
  bytes: Uint8Array,
): { readonly encoding: TextEncodingName; readonly length: number } | undefined | 'more' {
  let short = false;
  for (const [encoding, mark] of BOMS) {
    const n = Math.min(mark.length, bytes.length);
    let match = true;
    for (let i = 0; i < n; i++) if (bytes[i] !== mark[i]) match = false;
    if (!match) continue;
    if (n === mark.length) return { encoding, length: mark.length };
    short = true;
  }
  return short ? 'more' : undefined;
}

/**
 * Tells UTF-8 from GB18030 in bytes without a byte order mark: text that is not valid UTF-8 but valid GB18030 is
 * GB18030; text valid in both (short GBK text can be valid UTF-8, the "联通" case) stays UTF-8 when its UTF-8
 * reading is plausible text (Chinese, or Latin letters and punctuation such as "café" or "°C"), else goes to the
 * reading whose characters look more like Chinese text; a tie is UTF-8.
 *
 * @param bytes - a sample that starts at a character boundary
 * @param final - the sample is the whole rest of the input
 * @returns the encoding, or `undefined` when the sample holds too little evidence (only ASCII so far)
 * @example
 * ```ts
 * sniffEncoding(Uint8Array.of(0xc9, 0xf3, 0xbd, 0xe1), true) // 'gb18030' (审结 in GBK)
 * ```
 */
export function sniffEncoding(bytes: Uint8Array, final: boolean): 'utf8' | 'gb18030' | undefined {
  const utf8 = tryDecode('utf-8', bytes, final);
  const gb = tryDecode('gb18030', bytes, final);
  if (utf8 !== undefined && !NON_ASCII.test(utf8)) {
    // Only ASCII so far (an incomplete character may be held back): identical in both, so wait for more.
    return final ? 'utf8' : undefined;
  }
  if (utf8 === undefined) return gb === undefined ? 'utf8' : 'gb18030';
  if (gb === undefined) return 'utf8';
  // GBK misread as UTF-8 gives Cyrillic, Greek, modifier letters…; real UTF-8 data holds hanzi or Latin text.
  if (chineseShare(utf8) > 0 || onlyLatinText(utf8)) return 'utf8';
  return chineseShare(gb) > chineseShare(utf8) ? 'gb18030' : 'utf8';
}

const NON_ASCII = /[\u0080-\uffff]/;

function tryDecode(label: string, bytes: Uint8Array, final: boolean): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes, { stream: !final });
  } catch {
    return undefined;
  }
}

/** `true` when every non-ASCII character is a Latin-1 or Latin Extended-A letter or sign, or general punctuation. */
function onlyLatinText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0xa0 && c <= 0x17f) || (c >= 0x2000 && c <= 0x206f) || c === 0xfeff) continue;
    return false;
  }
  return true;
}

/** The share of non-ASCII characters that Chinese text is made of: hanzi, CJK and full-width punctuation. */
function chineseShare(text: string): number {
  let all = 0;
  let chinese = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    all++;
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x206f) ||
      c === 0xb7
    ) {
      chinese++;
    }
  }
  return all === 0 ? 0 : chinese / all;
}

/**
 * Decodes a whole file's bytes: the byte order mark (dropped) or, under `auto`, the content decides the encoding.
 *
 * @param bytes - the file's bytes
 * @param encoding - the encoding, or `auto`
 * @returns the text (without a byte order mark) and the encoding used
 * @example
 * ```ts
 * decodeBytes(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61), 'auto') // { text: 'a', encoding: 'utf8', detected: true }
 * ```
 */
export function decodeBytes(
  bytes: Uint8Array,
  encoding: EncodingOption = 'auto',
): {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly detected: boolean;
  /** Offset in `text` of the first bytes not valid in the encoding (read as U+FFFD), or -1. */
  readonly invalidAt: number;
} {
  const bom = bomEncoding(bytes);
  const mark = typeof bom === 'object' ? bom : undefined;
  let chosen: TextEncodingName;
  if (encoding !== 'auto') chosen = encoding;
  else if (mark !== undefined) chosen = mark.encoding;
  else chosen = sniffWhole(bytes);
  const skip = mark !== undefined && mark.encoding === chosen ? mark.length : 0;
  const body = bytes.subarray(skip);
  const label = DECODER_LABELS[chosen];
  let text: string;
  let invalidAt = -1;
  try {
    text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(body);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    text = new TextDecoder(label, { ignoreBOM: true }).decode(body);
    const at = chosen === 'utf8' ? firstInvalidUtf8(body, true) : -1;
    invalidAt =
      at >= 0
        ? new TextDecoder(label, { ignoreBOM: true }).decode(body.subarray(0, at)).length
        : Math.max(0, text.indexOf('\uFFFD'));
  }
  // One byte order mark is dropped, as from a string: the mark skipped, or else one decoded.
  if (skip === 0 && text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    if (invalidAt > 0) invalidAt--;
  }
  return { text, encoding: chosen, detected: encoding === 'auto', invalidAt };
}

/** How far past the first non-ASCII byte a whole file is sniffed: the size of a chunk of a streaming read. */
const SNIFF_WINDOW = 1 << 16;

/**
 * The encoding of a whole file's bytes (no byte order mark), sniffed from a sample as the streaming readers do:
 * everything up to one chunk past the first non-ASCII byte. Sniffing the whole file decoded it twice more (UTF-8
 * and GB18030, strings as large as the file) before the real decoding: measured on a 188 MB file, ~0.35 GB more
 * peak RSS and ~0.6 s.
 */
function sniffWhole(bytes: Uint8Array): TextEncodingName {
  // Whole ASCII blocks are skipped by the native decoder, the block with the first non-ASCII byte byte by byte.
  let first = 0;
  while (first < bytes.length && asciiText(bytes.subarray(first, first + SNIFF_WINDOW)) !== undefined) {
    first += SNIFF_WINDOW;
  }
  while (first < bytes.length && (bytes[first] as number) < 0x80) first++;
  if (first >= bytes.length) return 'utf8';
  const end = first + SNIFF_WINDOW;
  if (end >= bytes.length) return sniffEncoding(bytes, true) ?? 'utf8';
  return sniffEncoding(bytes.subarray(0, end), false) ?? 'utf8';
}

/**
 * Text chunks from a string or an (async) iterable of strings or byte chunks. Bytes are decoded in the given
 * encoding or, under `auto` (the default), in the one a byte order mark names, else UTF-8 or GB18030 as the content
 * shows (see {@link sniffEncoding}); characters split across chunks are handled, a leading byte order mark is
 * dropped.
 *
 * @param source - a string, or an (async) iterable of strings or byte chunks
 * @param options - the encoding, and a callback told which one was used
 * @returns the text in chunks
 * @example
 * ```ts
 * for await (const chunk of decodeChunks(fs.createReadStream('data.csv'), { encoding: 'auto' })) process(chunk)
 * ```
 */
export async function* decodeChunks(
  source: string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  options: DecodeOptions = {},
): AsyncGenerator<string> {
  if (typeof source === 'string') {
    yield stripBom(source);
    return;
  }
  const wanted = options.encoding ?? 'auto';
  let decoder: ChunkDecoder | undefined;
  // Offset of the first invalid bytes in the text about to be produced, or -1.
  let bad = -1;
  let told = false;
  // Under auto, bytes held until they show their encoding (ASCII, the same in all but UTF-16, passes meanwhile).
  let pending: Uint8Array | undefined;
  let sawBytes = false;
  let first = true;
  const out = (text: string): string => {
    let t = text;
    if (first && t.length > 0) {
      first = false;
      if (t.charCodeAt(0) === 0xfeff) {
        t = t.slice(1);
        if (bad > 0) bad--;
      }
    }
    if (bad >= 0 && !told) {
      told = true;
      options.onInvalidBytes?.(bad);
    }
    bad = -1;
    return t;
  };
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    const r = (decoder as ChunkDecoder).decode(bytes, stream);
    if (r.bad >= 0 && bad < 0) bad = r.bad;
    return r.text;
  };
  // Decides the encoding from the held bytes when they tell; returns their text, or undefined to keep holding.
  const settle = (final: boolean): string | undefined => {
    const bytes = pending as Uint8Array;
    let encoding: TextEncodingName | undefined;
    let skip = 0;
    if (wanted !== 'auto') encoding = wanted;
    else {
      const bom = first ? bomEncoding(bytes) : undefined;
      if (bom === 'more' && !final) return undefined;
      if (typeof bom === 'object') {
        encoding = bom.encoding;
        skip = bom.length;
        // The mark is the one byte order mark dropped: a second one is text, as in a string source.
        first = false;
      } else {
        const ascii = asciiText(bytes);
        if (ascii !== undefined) {
          pending = undefined;
          return ascii;
        }
        encoding = sniffEncoding(bytes, final);
        if (encoding === undefined) return undefined;
      }
    }
    pending = undefined;
    options.onEncoding?.(encoding, wanted === 'auto');
    decoder = createChunkDecoder(encoding);
    return decode(bytes.subarray(skip), !final);
  };
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    let text: string | undefined;
    if (typeof chunk === 'string') text = chunk;
    else if (decoder !== undefined) text = decode(chunk, true);
    else {
      sawBytes ||= chunk.length > 0;
      pending = pending === undefined ? chunk : concat(pending, chunk);
      text = settle(false);
    }
    if (text !== undefined) {
      const t = out(text);
      if (t.length > 0) yield t;
    }
  }
  let tail = '';
  if (decoder !== undefined) tail = decode(new Uint8Array(0), false);
  else if (pending !== undefined && pending.length > 0) tail = settle(true) ?? '';
  // Bytes that were all ASCII: read as UTF-8, which they are.
  if (decoder === undefined && sawBytes)
    options.onEncoding?.(wanted === 'auto' ? 'utf8' : wanted, wanted === 'auto');
  const t = out(tail);
  if (t.length > 0) yield t;
}

/** A streaming decoder that also says where the first invalid bytes are. */
interface ChunkDecoder {
  /** The text of the next bytes, and the offset in it of the first invalid bytes (-1 when none, or not the first). */
  decode(bytes: Uint8Array, stream: boolean): { readonly text: string; readonly bad: number };
}

/**
 * A {@link ChunkDecoder}. UTF-8 decodes strictly while the bytes are valid (no cost over a lenient decoder) and,
 * at the first bad byte, hands over to a lenient one fed again with any bytes of a character the strict one held
 * back; the bad byte is then located exactly. The other encodings decode leniently, with a strict decoder beside
 * them until the first error, which is placed at the first U+FFFD of that chunk.
 */
function createChunkDecoder(encoding: TextEncodingName): ChunkDecoder {
  const label = DECODER_LABELS[encoding];
  const lenientDecoder = (): TextDecoder => new TextDecoder(label, { ignoreBOM: true });
  if (encoding !== 'utf8') {
    const lenient = lenientDecoder();
    let strict: TextDecoder | undefined = new TextDecoder(label, { fatal: true, ignoreBOM: true });
    return {
      decode(bytes, stream) {
        const text = lenient.decode(bytes, { stream });
        if (strict === undefined) return { text, bad: -1 };
        try {
          strict.decode(bytes, { stream });
          return { text, bad: -1 };
        } catch {
          strict = undefined;
          return { text, bad: Math.max(0, text.indexOf('\uFFFD')) };
        }
      },
    };
  }
  const strict = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  let lenient: TextDecoder | undefined;
  let held: Uint8Array = new Uint8Array(0);
  return {
    decode(bytes, stream) {
      if (lenient !== undefined) return { text: lenient.decode(bytes, { stream }), bad: -1 };
      try {
        const text = strict.decode(bytes, { stream });
        // A copy of the bytes of a character cut off at the end (a stream may reuse its buffers).
        const tail = bytes.length >= 3 ? bytes : concat(held, bytes);
        held = stream ? tail.slice(tail.length - incompleteTail(tail)) : new Uint8Array(0);
        return { text, bad: -1 };
      } catch {
        const all = concat(held, bytes);
        lenient = lenientDecoder();
        const at = firstInvalidUtf8(all, !stream);
        const bad = at < 0 ? 0 : lenientDecoder().decode(all.subarray(0, at)).length;
        return { text: lenient.decode(all, { stream }), bad };
      }
    },
  };
}

/** The text of bytes that are all ASCII, or undefined (a native decode: no loop over bytes in JavaScript). */
function asciiText(bytes: Uint8Array): string | undefined {
  try {
    const text = ASCII_PROBE.decode(bytes);
    // Valid UTF-8 has as many characters as bytes only when every byte is ASCII.
    return text.length === bytes.length ? text : undefined;
  } catch {
    return undefined;
  }
}

const ASCII_PROBE = new TextDecoder('utf-8', { fatal: true });

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const c = new Uint8Array(a.length + b.length);
  c.set(a, 0);
  c.set(b, a.length);
  return c;
}

/**
 * Drops a leading byte order mark (U+FEFF), which spreadsheet programs write at the start of CSV files.
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

/**
 * Decode options that also remember the encoding used, for readers that name it in their messages.
 *
 * @param options - the caller's options (their `onEncoding` is still called)
 * @returns the options to decode with, and a getter of the encoding used so far (`utf8` until told)
 * @example
 * ```ts
 * const tracked = trackEncoding(options)
 * for await (const chunk of decodeChunks(source, tracked.options)) if (bad) notUtf8(line, tracked.encoding())
 * ```
 */
export function trackEncoding<T extends DecodeOptions>(
  options: T,
): { readonly options: T; encoding(): TextEncodingName } {
  let used: TextEncodingName = 'utf8';
  return {
    options: {
      ...options,
      onEncoding: (e: TextEncodingName, detected: boolean) => {
        used = e;
        options.onEncoding?.(e, detected);
      },
    },
    encoding: () => used,
  };
}
