// Decimals past the format's limits are refused before any work grows with them (issue 13: "1e999999999" made the
// CLI grow to 4 GB; rate('1e10000000', 3) took 15 s; 1,100-digit operands were rounded by decimal.js).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareReported, LIMITS, rate, roundDecimal, toDecimalString, yoyChange } from '../../src/index.js';

const { maxDecimalLength, maxDecimalExponent, maxDecimalDigits } = LIMITS;

describe('exponent notation within the limits', () => {
  it('refuses exponents past the limit without expanding them', () => {
    for (const text of [
      '1e999999999',
      '1e99999999',
      `1e${maxDecimalExponent + 1}`,
      '0e999999',
      `1e-${maxDecimalExponent + 1}`,
    ]) {
      expect(toDecimalString(text)).toBeUndefined();
      expect(() => rate(text, 3)).toThrow(RangeError);
    }
    expect(() => rate('1e10000000', 3).toPercent(2)).toThrow(/exponent is beyond ±100/);
    expect(() => yoyChange('1e999999999', 1)).toThrow(/超出 fazhi 的限制/);
  });

  it('reads exponents at the limit', () => {
    expect(toDecimalString(`0.000001e${maxDecimalExponent}`)).toBe(`1${'0'.repeat(94)}`);
    expect(toDecimalString(`1e-${maxDecimalExponent - 1}`)).toBe(`0.${'0'.repeat(98)}1`);
    expect(toDecimalString('1.5E+4')).toBe('15000');
    expect(toDecimalString('-0e5')).toBe('0');
  });

  it('JS numbers obey the same limits', () => {
    expect(toDecimalString(1e21)).toBe('1000000000000000000000');
    expect(toDecimalString(1e300)).toBeUndefined();
    expect(() => rate(Number.MAX_VALUE, 1)).toThrow(RangeError);
    expect(() => rate(5e-324, 1)).toThrow(RangeError);
  });
});

describe('length and digits', () => {
  it('a decimal string is at most maxDecimalLength characters', () => {
    const atLimit = `0.${'1'.repeat(maxDecimalLength - 2)}`;
    expect(toDecimalString(atLimit)).toBe(atLimit);
    expect(toDecimalString(`${atLimit}1`)).toBeUndefined();
    expect(() => rate(`${atLimit}1`, 1)).toThrow(/longer than 100 characters/);
  });

  it('a decimal has at most maxDecimalDigits digits written out', () => {
    const big = `9${'0'.repeat(maxDecimalDigits - 1)}`;
    expect(toDecimalString(big)).toBe(big);
    expect(toDecimalString(`${big}0`)).toBeUndefined();
    expect(toDecimalString(`9e${maxDecimalDigits - 1}`)).toBe(big);
    expect(toDecimalString(`9e${maxDecimalDigits}`)).toBeUndefined();
    expect(() => rate(`1e-${maxDecimalDigits}`, 1)).toThrow(/more than 100 digits/);
  });

  it('rates of operands near the digit limit are exact (no decimal.js precision in the way)', () => {
    // The case scaled to the limit: (5·10^90 − 1) / 10^93 = 0.4999…% → "0", exactly.
    const n = (5n * 10n ** 90n - 1n).toString();
    expect(rate(n, (10n ** 93n).toString()).toPercent(0)).toBe('0');
    expect(rate((5n * 10n ** 90n).toString(), (10n ** 93n).toString()).toPercent(0)).toBe('1');
    // Past the limit, refused rather than rounded: 5·10^1100 − 1 used to give "1".
    expect(() => rate((5n * 10n ** 1100n - 1n).toString(), (10n ** 1103n).toString())).toThrow(RangeError);
  });

  it('toPercent of any in-limit rate equals the BigInt oracle', () => {
    const digits = fc.stringMatching(/^[1-9]\d{0,79}$/);
    fc.assert(
      fc.property(digits, digits, fc.integer({ min: 0, max: 20 }), (n, d, places) => {
        const N = BigInt(n);
        const D = BigInt(d);
        const scaled = N * 100n * 10n ** BigInt(places);
        const q = scaled / D;
        const half = (scaled % D) * 2n >= D ? q + 1n : q;
        const s = half.toString().padStart(places + 1, '0');
        const expected = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
        expect(rate(n, d).toPercent(places)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('printed precision of exponent notation', () => {
  it('counts the exponent', () => {
    // 965/1000 = 96.5%; "9.65e1" is printed to one place.
    const r = compareReported(rate(965, 1000), '9.65e1');
    expect(r.places).toBe(1);
    expect(r.consistent).toBe(true);
    expect(compareReported(rate(1, 3), '3.3e1').places).toBe(0);
    // "6e-67" is printed to 67 places: more than any rounding can be asked for.
    expect(() => compareReported(rate(1, 3), '6e-67')).toThrow(RangeError);
  });

  it('roundDecimal refuses out-of-limit input with a RangeError, bad syntax with a TypeError', () => {
    expect(() => roundDecimal('1e999999999', 2)).toThrow(RangeError);
    expect(() => roundDecimal('twelve', 2)).toThrow(TypeError);
  });
});
