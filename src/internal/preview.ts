/**
 * Short, safe descriptions of arbitrary values for messages: bounded in size and work, never throwing, whatever a
 * JavaScript caller passes (a BigInt, an object without a prototype, a cycle, a Proxy, a throwing getter, an
 * array nested ten thousand deep). `String(v)` and `JSON.stringify(v)` do none of that.
 * @internal
 */

/**
 * A JSON-like preview of a value, at most `max` characters (then cut with "...").
 *
 * @param value - anything
 * @param max - the longest preview
 * @returns the preview, e.g. `"twelve"`, `12`, `[1,2]`, `{"a":1}`, `10n`
 * @example
 * ```ts
 * preview('x'.repeat(100), 10) // '"xxxxxx...'
 * ```
 */
export function preview(value: unknown, max = 60): string {
  let out = '';
  try {
    out = write(value, max + 1, 0);
  } catch {
    out = typeof value === 'object' && value !== null ? 'an object' : typeof value;
  }
  return out.length > max ? `${out.slice(0, max - 3)}...` : out;
}

/** The preview of one value, stopping once `room` characters are written. */
function write(v: unknown, room: number, depth: number): string {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v.length > room ? v.slice(0, room) : v);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(v);
    case 'bigint':
      return `${v.toString()}n`;
    case 'symbol':
      return `Symbol(${v.description ?? ''})`;
    case 'function':
      return 'function';
  }
  if (v === null) return 'null';
  if (depth >= 3) return Array.isArray(v) ? '[...]' : '{...}';
  const array = Array.isArray(v);
  let out = array ? '[' : '{';
  let first = true;
  const keys = array ? undefined : Object.keys(v as object);
  const n = array ? (v as unknown[]).length : (keys as string[]).length;
  for (let k = 0; k < n && out.length < room; k++) {
    if (!first) out += ',';
    first = false;
    const key = array ? k : (keys as string[])[k];
    let item: unknown;
    try {
      item = (v as Record<string | number, unknown>)[key as string | number];
    } catch {
      item = '?';
    }
    if (!array) out += `${JSON.stringify(String(key).slice(0, room))}:`;
    out += write(item, room - out.length, depth + 1);
  }
  return out + (array ? ']' : '}');
}

/**
 * A value as it may go into an issue's `details`: JSON-safe and bounded. Strings, finite numbers, booleans and
 * null stay as they are (a string cut at `max` characters, with "…"); anything else becomes its preview.
 *
 * @param value - anything
 * @param max - the longest string kept
 * @returns a JSON-safe value
 * @example
 * ```ts
 * detailValue(12n) // "12n"
 * ```
 */
export function detailValue(value: unknown, max = 1000): string | number | boolean | null {
  if (typeof value === 'string') return value.length > max ? `${value.slice(0, max)}…` : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean' || value === null) return value;
  return preview(value, 200);
}
