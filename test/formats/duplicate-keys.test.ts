import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countKeys, findDuplicateKeys, mayRepeatKeys } from '../../src/formats/duplicate-keys.js';

// Numbers whose shortest text is not what JSON.stringify writes (1e3 for 1000) or that it cannot write exactly.
const number = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -0, 1000, -1000, 2020, 1e15, 9007199254740991, 1e21, 1e-7, 0.001, 96.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const key = fc.string({
  unit: fc.constantFrom('a', 'b', '"', '\\', ':', '法', ' ', '\n', '😀'),
  maxLength: 4,
});
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 6 }),
    number,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
}));
const object = fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 });

/** A JSON text of `o` with the member at `at` written twice, the first time with `first` as its value. */
function withRepeat(o: Record<string, unknown>, at: number, first: unknown, spaced: boolean): string {
  const members = Object.entries(o).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  const [k] = Object.entries(o)[at % members.length] ?? [''];
  members.splice(at % members.length, 0, `${JSON.stringify(k)}:${JSON.stringify(first)}`);
  return `{${members.join(spaced ? ', ' : ',')}}`;
}

describe('mayRepeatKeys: the cheap tests before the scan for keys given twice', () => {
  it('never lets a repeated key pass, at any depth, whatever the numbers and strings', () => {
    fc.assert(
      fc.property(object, fc.nat(), value, fc.boolean(), (o, at, first, spaced) => {
        const text = withRepeat(o, at, first, spaced);
        expect(mayRepeatKeys(text, JSON.parse(text))).toBe(true);
        // Nested one level down, inside an array, the repeat must still be caught.
        const nested = `{"observations":[${text}],"n":1}`;
        expect(mayRepeatKeys(nested, JSON.parse(nested))).toBe(true);
        expect(findDuplicateKeys(nested).length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('passes texts without repeats as written by JSON.stringify, so that only they skip the scan', () => {
    fc.assert(
      fc.property(object, (o) => {
        const text = JSON.stringify(o);
        if (mayRepeatKeys(text, JSON.parse(text))) expect(findDuplicateKeys(text)).toEqual([]);
      }),
    );
    const line = JSON.stringify({
      jurisdiction: '433126',
      year: 2024,
      indicator: 'litigation.lost',
      value: '12',
      source: { report: 'r', quote: '败诉12件' },
    });
    expect(mayRepeatKeys(line, JSON.parse(line))).toBe(false);
  });

  it('reads the shortest number a text can write: 1e3 is shorter than 1000', () => {
    // `{"a":1e3,"a":1}` is 15 characters, only 1 more than `{"a":1,"a":1}` would be with 1000 written out.
    expect(mayRepeatKeys('{"a":1e3,"a":1}', { a: 1 })).toBe(true);
    expect(mayRepeatKeys('{"b":0,"a":1e3}', { b: 0, a: 1000 })).toBe(false);
    expect(mayRepeatKeys('{"b":0, "a": 1e21}', { b: 0, a: 1e21 })).toBe(false);
  });
});

describe('countKeys', () => {
  /** The plain recursive count, as the definition says. */
  const keysOf = (v: unknown): number =>
    Array.isArray(v)
      ? v.reduce((n: number, x) => n + keysOf(x), 0)
      : typeof v === 'object' && v !== null
        ? Object.values(v).reduce((n: number, x) => n + 1 + keysOf(x), 0)
        : 0;

  it('counts every key of every object, at any depth, as a plain recursion does', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(countKeys(v)).toBe(keysOf(v));
        // A dataset: observations (objects of primitives and flat objects) inside an array inside an object.
        const dataset = { observations: [v, { a: 1, source: { b: 2 } }, [v]], n: { m: v } };
        expect(countKeys(dataset)).toBe(keysOf(dataset));
      }),
      { numRuns: 300 },
    );
  });
});
