import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addIntervals,
  contains,
  definitelyGreater,
  formatInterval,
  isPoint,
  overlaps,
  pointInterval,
  QuantitySchema,
  quantityInterval,
  subtractIntervals,
} from '../../src/index.js';

describe('qualified quantities as intervals', () => {
  it('以上/以下 include the number; 余/超过/不足/近 exclude it', () => {
    expect(contains(quantityInterval({ value: '98', qualifier: 'atLeast' }), '98')).toBe(true);
    expect(contains(quantityInterval({ value: '10', qualifier: 'atMost' }), '10')).toBe(true);
    expect(contains(quantityInterval({ value: '15000', qualifier: 'moreThan' }), '15000')).toBe(false);
    expect(contains(quantityInterval({ value: '15000', qualifier: 'moreThan' }), '15001')).toBe(true);
    expect(contains(quantityInterval({ value: '3000', qualifier: 'lessThan' }), '3000')).toBe(false);
    expect(formatInterval(quantityInterval({ value: '15000', qualifier: 'moreThan' }))).toBe('(15000, ∞)');
    expect(formatInterval(quantityInterval({ value: 10, qualifier: 'range', upper: 20 }))).toBe('[10, 20]');
  });

  it('an approximate figure bounds nothing', () => {
    const i = quantityInterval({ value: '30', qualifier: 'approx' });
    expect(contains(i, '-1000')).toBe(true);
    expect(definitelyGreater(i, pointInterval('0'))).toBe(false);
  });

  it('arithmetic on qualified figures yields intervals, never a false exact figure', () => {
    const sum = addIntervals(quantityInterval({ value: '600', qualifier: 'moreThan' }), pointInterval('2'));
    expect(isPoint(sum)).toBe(false);
    expect(formatInterval(sum)).toBe('(602, ∞)');
    expect(formatInterval(subtractIntervals(pointInterval('118'), pointInterval('9')))).toBe('[109, 109]');
    expect(
      formatInterval(subtractIntervals(pointInterval('100'), { lower: { value: '20', inclusive: false } })),
    ).toBe('(-∞, 80)');
  });

  it('a 600余 part can still fit a whole of 700', () => {
    const part = quantityInterval({ value: '600', qualifier: 'moreThan' });
    expect(definitelyGreater(part, pointInterval('700'))).toBe(false);
    expect(definitelyGreater(part, pointInterval('600'))).toBe(true);
    expect(overlaps(part, pointInterval('650'))).toBe(true);
  });

  it('exact points add exactly', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        const s = addIntervals(pointInterval(String(a)), pointInterval(String(b)));
        expect(isPoint(s)).toBe(true);
        expect(s.lower?.value).toBe(String(a + b));
      }),
    );
  });

  it('the Quantity schema is strict', () => {
    expect(QuantitySchema.safeParse({ value: '1.5', qualifier: 'moreThan', unit: 'people' }).success).toBe(
      true,
    );
    expect(QuantitySchema.safeParse({ value: '1.5', qualifer: 'moreThan' }).success).toBe(false);
    expect(QuantitySchema.safeParse({ value: '1,5' }).success).toBe(false);
  });
});
