/**
 * Keys given twice in one JSON object: `JSON.parse` keeps the last silently, so the data read is not the data
 * written. A cheap count tells whether a text can hold any (a colon outside strings separates each key from its
 * value, so fewer keys parsed than colons in the text is the only sign); only then does a scan find them.
 * @internal
 */
import type { Issue } from '../errors.js';
import { readIssue } from './read-issues.js';

/**
 * The number of keys of every object in a parsed JSON value (iterative: any depth).
 *
 * @param value - a parsed JSON value
 * @returns the count of keys
 * @example
 * ```ts
 * countKeys({ a: 1, b: { c: 2 } }) // 3
 * ```
 */
export function countKeys(value: unknown): number {
  // An observation is an object of primitives and objects of primitives (`source`): count it without a stack.
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    let n = 0;
    for (const k in value) {
      n++;
      const x = (value as Record<string, unknown>)[k];
      if (typeof x !== 'object' || x === null) continue;
      const flat = flatKeys(x);
      n += flat >= 0 ? flat : deepKeys(x);
    }
    return n;
  }
  return deepKeys(value);
}

/** The keys of an object whose values are all primitives, or -1 for anything else. */
function flatKeys(value: object): number {
  if (Array.isArray(value)) return -1;
  let n = 0;
  for (const k in value) {
    const x = (value as Record<string, unknown>)[k];
    if (typeof x === 'object' && x !== null) return -1;
    n++;
  }
  return n;
}

/** {@link countKeys} for any value, iteratively (no recursion, so any depth). */
function deepKeys(value: unknown): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) stack.push(x);
      continue;
    }
    for (const k in v) {
      n++;
      const x = (v as Record<string, unknown>)[k];
      if (typeof x === 'object' && x !== null) stack.push(x);
    }
  }
  return n;
}

/**
 * Whether a JSON text may repeat a key: it has more colons than its parsed value has keys (colons inside strings
 * count too, so `true` only calls for the exact scan).
 *
 * @param text - the JSON text
 * @param parsed - `JSON.parse(text)`
 * @returns whether to scan for repeated keys
 * @example
 * ```ts
 * mayRepeatKeys('{"a":1,"a":2}', { a: 2 }) // true
 * ```
 */
export function mayRepeatKeys(text: string, parsed: unknown): boolean {
  let colons = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) colons++;
  return colons > 0 && colons !== countKeys(parsed);
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function join(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (IDENT.test(key)) return base === '' ? key : `${base}.${key}`;
  return `${base}[${JSON.stringify(key)}]`;
}

/** An open array or object during the scan. */
interface Frame {
  readonly path: string;
  /** The keys seen so far and the line of each (objects only). */
  readonly keys: Map<string, number> | undefined;
  /** The next element's index (arrays), or the key whose value comes next (objects). */
  next: number | string;
}

/**
 * Every key given a second time in its object, as `duplicate_key` issues: the path of the value kept (the last),
 * the line of the repeated key (`line` added to the lines of a line-based file), both lines in `details`.
 * Expects text that `JSON.parse` accepts.
 *
 * @param text - the JSON text
 * @param base - the path of the text's value in the dataset (`observations[3]` for an NDJSON line)
 * @param firstLine - the 1-based line the text starts on
 * @returns the issues, in text order
 * @example
 * ```ts
 * findDuplicateKeys('{"value":1,"value":2}', 'observations[0]', 4)[0]?.path // 'observations[0].value'
 * ```
 */
export function findDuplicateKeys(text: string, base = '', firstLine = 1): Issue[] {
  const out: Issue[] = [];
  const stack: Frame[] = [];
  let line = firstLine;
  let i = 0;
  const n = text.length;
  let backslash = text.indexOf('\\');
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      i++;
    } else if (c === 34) {
      // A string: a key when an object awaits one (then a colon follows), else a value.
      const start = i;
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) return out;
        let backslashes = 0;
        for (let k = q - 1; k > start && text.charCodeAt(k) === 92; k--) backslashes++;
        j = q + 1;
        if (backslashes % 2 === 0) break;
      }
      // The next backslash, looked up again only once passed: one scan of the text, not one per string.
      if (backslash !== -1 && backslash < start) backslash = text.indexOf('\\', start);
      const escaped = backslash !== -1 && backslash < j;
      i = j;
      const top = stack[stack.length - 1];
      let k = i;
      while (k < n && isSpace(text.charCodeAt(k))) k++;
      if (top?.keys !== undefined && text.charCodeAt(k) === 58) {
        const key = escaped ? (JSON.parse(text.slice(start, j)) as string) : text.slice(start + 1, j - 1);
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, line);
        else out.push(duplicateKey(join(top.path, key), key, first, line));
        top.next = key;
      }
    } else if (c === 123 || c === 91) {
      const top = stack[stack.length - 1];
      const path = top === undefined ? base : join(top.path, top.next);
      stack.push({ path, keys: c === 123 ? new Map() : undefined, next: 0 });
      i++;
    } else if (c === 125 || c === 93) {
      stack.pop();
      i++;
    } else if (c === 44) {
      const top = stack[stack.length - 1];
      if (top !== undefined && top.keys === undefined) top.next = (top.next as number) + 1;
      i++;
    } else i++;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function duplicateKey(path: string, key: string, first: number, again: number): Issue {
  const shown = key.length > 60 ? `${key.slice(0, 57)}...` : key;
  return {
    ...readIssue(
      'duplicate_key',
      again,
      `Key "${shown}" is given twice in one object (lines ${first} and ${again}): JSON keeps only the last value, so the first is silently lost; remove one`,
      `同一对象中键“${shown}”出现两次（第 ${first} 行和第 ${again} 行）：JSON 只保留后一个值，前一个被悄悄丢弃；请删去其一`,
      { key: shown, firstLine: first, line: again },
    ),
    path,
  };
}
