import { describe, expect, it } from 'vitest';
import { isRate, Rate, rate, roundDecimal, toDecimalString } from '../../src/index.js';

describe('rate', () => {
  it('keeps numerator, denominator and basis as canonical decimals', () => {
    const r = rate('044180', 45771.0, 'cases');
    expect(r.numerator).toBe('44180');
    expect(r.denominator).toBe('45771');
    expect(r.basis).toBe('cases');
    expect(isRate(r)).toBe(true);
    expect(r).toBeInstanceOf(Rate);
  });

  it('renders percentages with the public-contract examples', () => {
    expect(rate(44180, 45771).toPercent(2)).toBe('96.52');
    expect(rate(1, 8).toPercent(0, 'half-even')).toBe('12');
    expect(rate(1, 8).toPercent(0)).toBe('13');
    expect(rate(44180, 45771).toPercent(0, 'truncate')).toBe('96');
    expect(rate(1, 8).toPercent(3)).toBe('12.500');
  });

  it('rounds from the exact ratio where floats go wrong', () => {
    // 1.005 is 1.00499999999999989… as a double, so (1.005).toFixed(2) gives "1.00".
    expect(roundDecimal('1.005', 2)).toBe('1.01');
    expect(rate('1.005', 1).toDecimal(2)).toBe('1.01');
    expect(roundDecimal('2.675', 2, 'half-even')).toBe('2.68');
    expect(roundDecimal('-2.5', 0)).toBe('-3');
    expect(roundDecimal('-2.5', 0, 'truncate')).toBe('-2');
  });

  it('is undefined, not NaN, on a zero denominator', () => {
    const r = rate(3, 0);
    expect(r.isDefined).toBe(false);
    expect(r.reason).toBe('zero_denominator');
    expect(r.exact()).toBeUndefined();
    expect(() => r.toPercent()).toThrow(/zero denominator/);
    expect(JSON.parse(JSON.stringify(r))).toEqual({ numerator: '3', denominator: '0' });
  });

  it('gives exact values only when the ratio terminates', () => {
    expect(rate(1, 8).exact()).toBe('0.125');
    expect(rate(1, 3).exact()).toBeUndefined();
    expect(rate(-3, 12).exact()).toBe('-0.25');
  });

  it('rejects inputs that are not finite decimals, in both languages', () => {
    expect(() => rate('abc', 1)).toThrow(/not a finite decimal.*不是有效的数/);
    expect(() => rate(Number.NaN, 1)).toThrow(TypeError);
    expect(() => rate(1, Number.POSITIVE_INFINITY)).toThrow(TypeError);
    expect(() => rate(1, 2).toPercent(-1)).toThrow(RangeError);
  });

  it('prints itself with its basis', () => {
    expect(String(rate(12, 54, 'concluded'))).toBe('12/54 (concluded)');
    expect(rate(12, 54).withBasis('judged').basis).toBe('judged');
  });

  it('canonicalises decimals', () => {
    expect(toDecimalString('012.50')).toBe('12.5');
    expect(toDecimalString('-0')).toBe('0');
    expect(toDecimalString(1e21)).toBe('1000000000000000000000');
    expect(toDecimalString('1e-7')).toBe('0.0000001');
    expect(toDecimalString('12,3')).toBeUndefined();
  });
});
