/** Whether a printed rate is n/d rounded half-up, allocation-free for the validator's hot path. @internal */
import { mantissaOf, placesOf, roundScaled } from '../internal/whole.js';

/**
 * Whether `reported` equals n/d as a percentage rounded half-up at its printed precision, on the Number path
 * only: `undefined` when that path cannot decide (then use `compareReported`).
 * @param n - whole numerator, a safe integer
 * @param d - whole denominator, a non-zero safe integer
 * @param reported - the printed percentage
 * @returns whether half-up reproduces it, or `undefined`
 * @example
 * ```ts
 * halfUpMatches(12, 54, '22.2') // true
 * ```
 */
export function halfUpMatches(n: number, d: number, reported: string | number): boolean | undefined {
  // Untrimmed: a figure written with spaces is left to `compareReported` (trimming each costs more than it saves).
  const written = typeof reported === 'number' ? String(reported) : reported;
  const m = mantissaOf(written, true);
  if (Number.isNaN(m)) return undefined;
  const q = roundScaled(n, d, placesOf(written) + 2, 'half-up');
  if (Number.isNaN(q)) return undefined;
  return (n < 0 !== d < 0 ? -q : q) === m;
}
