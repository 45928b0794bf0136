/**
 * Finding where bytes stop being UTF-8, by the same rules as `TextDecoder` (Unicode's table of well-formed
 * sequences: no overlong forms, no surrogates, nothing past U+10FFFF). Only run once a decoder has said the bytes
 * are not UTF-8, to say where. @internal
 */

/** How many bytes a sequence starting with this lead byte has, and the range its second byte must fall in. */
function lead(b: number): readonly [number, number, number] | undefined {
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return [3, 0x80, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f];
  return undefined;
}

/**
 * The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1.
 *
 * @param bytes - the bytes
 * @param final - whether the bytes end the input (then a sequence cut off at the end is malformed too)
 * @returns the offset, or -1 when every complete sequence is well formed
 * @example
 * ```ts
 * firstInvalidUtf8(Uint8Array.from([0x61, 0xc9, 0xf3]), true) // 1 (GBK, not UTF-8)
 * ```
 */
export function firstInvalidUtf8(bytes: Uint8Array, final: boolean): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const l = lead(b);
    if (l === undefined) return i;
    const [size, lo, hi] = l;
    for (let k = 1; k < size; k++) {
      if (i + k >= n) return final ? i : -1;
      const c = bytes[i + k] as number;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += size;
  }
  return -1;
}

/**
 * How many bytes at the end form the beginning of a sequence that the next bytes must complete (0 to 3).
 *
 * @param bytes - the bytes read so far (only the last three matter)
 * @returns the length of the incomplete tail
 * @example
 * ```ts
 * incompleteTail(Uint8Array.from([0x61, 0xe5, 0xae])) // 2: "审" is e5 ae a1
 * ```
 */
export function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back] as number;
    if (b >= 0x80 && b <= 0xbf) continue;
    const l = lead(b);
    return l !== undefined && l[0] > back ? back : 0;
  }
  return 0;
}
