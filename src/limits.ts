/**
 * The limits of the fazhi data format. They are part of the format, the same whatever the file type: work and
 * memory stay bounded for any input, and a breach is a finding (`limit_exceeded`, or a reading issue for a line
 * or record), never a crash. docs/reliability.md explains each one.
 *
 * @example
 * ```ts
 * LIMITS.maxDecimalDigits // 100
 * ```
 */
export const LIMITS = {
  /** Characters of a decimal written as a string (`value`, `upper`, a printed rate): `"96.52"`, `"1.5e4"`. */
  maxDecimalLength: 100,
  /** Largest exponent, in absolute value, of a decimal in exponent notation (`1.5e4`, `6e-3`). */
  maxDecimalExponent: 100,
  /**
   * Digits of a decimal written out in full (`1.5e4` → `15000`, 5 digits; `1e-3` → `0.001`, 4), the size every
   * exact computation works on.
   */
  maxDecimalDigits: 100,
  /**
   * Characters of any other string in a dataset: a quote, a note, a name, a CSV field (the longest in the 29
   * modelled reports has 204).
   */
  maxStringLength: 4_096,
  /** Levels of nesting of arrays and objects in a dataset (a dataset needs about 6). */
  maxDepth: 64,
  /** Characters of one NDJSON line or one CSV record (a quoted field may span lines); longer ones are skipped. */
  maxLineLength: 16 * 1024 * 1024,
  /**
   * Observations of one jurisdiction and year, which the cross-observation rules hold in memory together (a real
   * report has a few hundred).
   */
  maxGroupObservations: 10_000,
} as const;

/** The name of one of the {@link LIMITS}. */
export type LimitName = keyof typeof LIMITS;
