/**
 * Keys given twice in one JSON object: `JSON.parse` keeps the last silently, so the data read is not the data
 * written. Two cheap tests tell whether a text can hold any — its length against the shortest text of what was
 * parsed, then its colons against the keys parsed — and only then does a scan find them.
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
  const n = shallowKeys(value);
  return n >= 0 ? n : deepKeys(value);
}

/**
 * The keys of an object of primitives and objects of primitives (an observation and its `source`), counted
 * without a stack; -1 for anything else.
 */
function shallowKeys(value: unknown): number {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return -1;
  let n = 0;
  for (const k in value) {
    n++;
    const x = (value as Record<string, unknown>)[k];
    if (typeof x !== 'object' || x === null) continue;
    const flat = flatKeys(x);
    if (flat < 0) return -1;
    n += flat;
  }
  return n;
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

/**
 * {@link countKeys} for any value, iteratively (no recursion, so any depth); objects that {@link shallowKeys} can
 * count (a dataset's million observations) are counted in place, not pushed (measured: half the time on a whole file).
 */
function deepKeys(value: unknown): number {
  let n = 0;
  const stack: unknown[] = [value];
  const visit = (x: unknown): void => {
    if (typeof x !== 'object' || x === null) return;
    const shallow = shallowKeys(x);
    if (shallow >= 0) n += shallow;
    else stack.push(x);
  };
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      continue;
    }
    for (const k in v) {
      n++;
      visit((v as Record<string, unknown>)[k]);
    }
  }
  return n;
}

/**
 * Whether a JSON text may repeat a key: it is at least 5 characters longer than the shortest text of its parsed
 * value, and it has more colons than that value has keys (colons inside strings count too, so `true` only calls
 * for the exact scan).
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
  // A member given twice adds at least `"":0,` (5 characters) to the shortest text of the value kept; whitespace
  // and escapes only lengthen a text. So a text shorter than that cannot repeat a key: the usual case, and cheaper
  // than counting colons (measured: about half the time on generated NDJSON lines).
  // Valid JSON holds a line break only as whitespace: with 5 of them the bound cannot hold (a pretty-printed file),
  // and working it out over a whole dataset costs more than counting colons (measured).
  if (!hasLineBreaks(text, 5) && text.length < shortestJson(parsed, 0) + 5) return false;
  let colons = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) colons++;
  return colons > 0 && colons !== countKeys(parsed);
}

/** Whether `text` has at least `n` line feeds (a few `indexOf` calls, not a scan of the text). */
function hasLineBreaks(text: string, n: number): boolean {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf('\n', at + 1);
    if (at === -1) return false;
  }
  return true;
}

/**
 * A lower bound of the length of any JSON text without whitespace that parses to `value` with no key repeated
 * (exact for strings without escapes and for whole numbers; parts nested deeper than 8 count as nothing).
 */
function shortestJson(value: unknown, depth: number): number {
  if (typeof value === 'string') return value.length + 2;
  if (typeof value === 'number') return shortestNumber(value);
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (value === null) return 4;
  if (typeof value !== 'object' || depth > 8) return 0;
  if (Array.isArray(value)) {
    let n = value.length > 0 ? value.length + 1 : 2;
    for (const x of value) n += shortestJson(x, depth + 1);
    return n;
  }
  // `{` and, per member, `"key":value` and the `,` or `}` after it.
  let n = 1;
  for (const k in value) {
    const x = (value as Record<string, unknown>)[k];
    n += k.length + 4 + (typeof x === 'string' ? x.length + 2 : shortestJson(x, depth + 1));
  }
  return n === 1 ? 2 : n;
}

/** The shortest JSON number that reads as `x`: a whole number's digits, or fewer as `1e3` for 1000; else 1. */
function shortestNumber(x: number): number {
  if (!Number.isSafeInteger(x) || x === 0) return 1;
  let a = x < 0 ? -x : x;
  let zeros = 0;
  while (a % 10 === 0) {
    a /= 10;
    zeros++;
  }
  let digits = 1;
  for (; a >= 10; digits++) a = (a - (a % 10)) / 10;
  const plain = digits + zeros;
  const exponent = zeros === 0 ? plain : digits + 1 + (zeros < 10 ? 1 : 2);
  return (x < 0 ? 1 : 0) + Math.min(plain, exponent);
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
