/**
 * The candidate closest to a mistyped word, for "did you mean …?" hints: within two edits (or one for words of up
 * to four letters), case-insensitive.
 *
 * @param word - what the user typed
 * @param candidates - the valid words
 * @returns the closest candidate, or `undefined` when none is close
 * @example
 * ```ts
 * closest('valdate', ['validate', 'rates']) // 'validate'
 * closest('xyz', ['validate', 'rates'])     // undefined
 * ```
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  const limit = w.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    // The distance is at least the difference in length: a long word (a 4 MB CSV cell) costs nothing here.
    if (Math.abs(c.length - w.length) > limit) continue;
    const d = distance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent transpositions (a swap is one typo, not two), in three rows of memory. */
function distance(a: string, b: string): number {
  let twoUp: number[] = [];
  let up: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (twoUp[j - 2] as number) + 1);
      }
      row.push(d);
    }
    twoUp = up;
    up = row;
  }
  return up[b.length] as number;
}
