import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as arith from '../../src/internal/arith.js';
import {
  compareTo,
  entryWhole,
  isWholeNonNegative,
  outside,
  plainWhole,
  shortOrder,
} from '../../src/validate/numeric.js';

// Strings that look like figures: digits with optional sign, point, exponent and padding, of every length.
const figureString = fc
  .tuple(
    fc.constantFrom('', '+', '-', ' '),
    fc.stringMatching(/^\d{0,18}$/),
    fc.constantFrom('', '.', '.0', '.5', '.25', 'e2', 'x'),
  )
  .map(([sign, digits, tail]) => `${sign}${digits}${tail}`);

describe('plainWhole: the exact whole-number fast path', () => {
  it('agrees with exact decimal arithmetic on digit strings', () => {
    fc.assert(
      fc.property(figureString, (s) => {
        const n = plainWhole(s);
        if (/^\d{1,15}$/.test(s)) {
          // Exactly the decimal the string denotes, compared as canonical decimal strings (no floats).
          expect(String(n)).toBe(arith.canonical(s));
        } else {
          expect(Number.isNaN(n)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts non-negative safe integers only among numbers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double(), fc.maxSafeInteger()), (v) => {
        const n = plainWhole(v);
        if (Number.isSafeInteger(v) && v >= 0) expect(n).toBe(v);
        else expect(Number.isNaN(n)).toBe(true);
      }),
    );
  });

  it('the 15-digit limit stays exact at its largest value', () => {
    expect(String(plainWhole('999999999999999'))).toBe('999999999999999');
    expect(Number.isNaN(plainWhole('1000000000000000'))).toBe(true);
    expect(Number.isNaN(plainWhole(''))).toBe(true);
  });

  it('entryWhole uses the entry cache when present, else works it out', () => {
    const o = { jurisdiction: '433126', year: 2024, indicator: 'litigation.cases', value: '54' };
    expect(entryWhole({ o, i: 0, line: undefined })).toBe(54);
    expect(entryWhole({ o, i: 0, line: undefined, n: 54 })).toBe(54);
  });
});

describe('outside: one parse for both bounds', () => {
  it('agrees with exact comparison against the bounds', () => {
    const value = fc.oneof(
      figureString.filter((s) => arith.canonical(s) !== undefined),
      fc.integer({ min: -1000, max: 1000 }),
      fc.double({ min: -200, max: 200, noNaN: true }),
    );
    fc.assert(
      fc.property(value, fc.integer({ min: -5, max: 5 }), fc.integer({ min: 0, max: 200 }), (v, lo, hi) => {
        const c = arith.canonical(v);
        if (c === undefined) return;
        const exact = arith.cmp(c, String(lo)) < 0 || arith.cmp(c, String(hi)) > 0;
        expect(outside(v, lo, hi)).toBe(exact);
        expect(outside(v, lo, hi)).toBe(compareTo(v, lo) < 0 || compareTo(v, hi) > 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('decides values just beside a bound', () => {
    expect(outside('100.000000000001', 0, 100)).toBe(true);
    expect(outside('100.0000000000000000001', 0, 100)).toBe(true);
    expect(outside('100.000', 0, 100)).toBe(false);
    expect(outside('-0.0000000000000000001', 0, 100)).toBe(true);
    expect(outside('0', 0, 100)).toBe(false);
  });
});

describe('shortOrder: short figures read without parsing', () => {
  it('orders like the figure against every whole number', () => {
    fc.assert(
      fc.property(figureString, fc.integer({ min: 0, max: 1000 }), (s, b) => {
        const x = shortOrder(s);
        if (!/^(?=.{1,16}$)\d*\.?\d*$/.test(s) || !/\d/.test(s)) {
          expect(Number.isNaN(x)).toBe(true);
          return;
        }
        expect(Math.sign(x - b)).toBe(arith.cmp(arith.canonical(s) as string, String(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('isWholeNonNegative, which reads short figures with it, agrees with exact arithmetic', () => {
    fc.assert(
      fc.property(figureString, (s) => {
        const c = arith.canonical(s);
        if (c === undefined) return;
        expect(isWholeNonNegative(s)).toBe(arith.isInteger(c) && !arith.isNegative(c));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes no lone point, no second point, no sign', () => {
    for (const s of ['', '.', '1.2.3', '+1', '-1', ' 1', '1e3'])
      expect(Number.isNaN(shortOrder(s))).toBe(true);
    expect([shortOrder('5.'), shortOrder('.5'), shortOrder('100.00'), shortOrder('96.52')]).toEqual([
      5, 0.5, 100, 96.5,
    ]);
  });
});
