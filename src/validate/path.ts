/** Formatting of issue paths such as `observations[12].value`. @internal */

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Appends one segment to a JS-like path.
 * @param base - the path so far (`''` for the root)
 * @param key - a property name or array index
 * @returns the longer path, e.g. `observations[3].value`
 * @example
 * ```ts
 * joinPath('observations[3]', 'value') // "observations[3].value"
 * ```
 */
export function joinPath(base: string, key: PropertyKey): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  const k = String(key);
  if (IDENT.test(k)) return base === '' ? k : `${base}.${k}`;
  return `${base}[${JSON.stringify(k)}]`;
}

/**
 * The path of the observation at an index.
 * @param index - 0-based index among the observations
 * @param field - an optional field of it
 * @returns e.g. `observations[12].value`
 * @example
 * ```ts
 * observationPath(12, 'value') // "observations[12].value"
 * ```
 */
export function observationPath(index: number, field?: string): string {
  return field === undefined ? `observations[${index}]` : `observations[${index}].${field}`;
}
