import { describe, expect, it } from 'vitest';
import { cagr, PercentagePoints, per100k, ppChange, rate, yoyChange } from '../../src/index.js';

describe('changes between periods', () => {
  it('同比 is relative to the previous value', () => {
    const r = yoyChange(200, 151.4);
    expect(r.toPercent(1)).toBe('-24.3');
    expect(r.basis).toBe('previous');
    expect(yoyChange(0, 5).isDefined).toBe(false);
  });

  it('百分点 is a difference, not a ratio', () => {
    const pp = ppChange('94.2', '96.5');
    expect(pp).toBeInstanceOf(PercentagePoints);
    expect(String(pp)).toBe('2.3');
    expect(yoyChange('94.2', '96.5').toPercent(2)).toBe('2.44');
    expect(String(ppChange(rate(1, 4), rate(1, 2)))).toBe('25');
    expect(ppChange(rate(1, 3), rate(1, 2)).toFixed(2)).toBe('16.67');
    expect(String(ppChange(rate(1, 3), rate(1, 2)))).toBe('16.666666666667');
    expect(JSON.stringify({ change: ppChange('96.5', '94.2') })).toBe('{"change":"-2.3"}');
    expect(() => ppChange(rate(1, 0), '5')).toThrow(RangeError);
  });

  it('compound annual growth', () => {
    expect(cagr(100, 121, 2)).toBe('10.00');
    expect(cagr(100, 100, 5)).toBe('0.00');
    expect(cagr(0, 100, 5)).toBeUndefined();
    expect(cagr(100, -5, 2)).toBeUndefined();
    expect(() => cagr(1, 2, 0)).toThrow(RangeError);
  });

  it('per 100,000 people', () => {
    expect(per100k(550, 500000).toDecimal(0)).toBe('110');
    expect(per100k(1, 0).isDefined).toBe(false);
  });
});
