// Magnitudes as reports print them, against a reference (issue 13: '2千多次' gave undefined, '共9千' gave 9 and
// '共2万亿' 20000).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, parseQuantity } from '../../src/index.js';
import { MAGNITUDES } from '../fuzz/oracles.js';

/** The reference: digits × 10^power, exactly, written canonically. */
function reference(digits: string, power: number): string {
  const [int = '', frac = ''] = digits.split('.');
  const all = BigInt(int + frac) * 10n ** BigInt(Math.max(0, power - frac.length));
  const places = Math.max(0, frac.length - power);
  if (places === 0) return all.toString();
  const s = all.toString().padStart(places + 1, '0');
  const r = `${s.slice(0, -places)}.${s.slice(-places)}`.replace(/0+$/, '').replace(/\.$/, '');
  return r;
}

describe('parseQuantity magnitudes', () => {
  it.each([
    ['2千多次', { value: '2000', qualifier: 'moreThan', unitText: '次' }],
    ['共9千', { value: '9000', qualifier: 'exact' }],
    ['共2万亿', { value: '2000000000000', qualifier: 'exact' }],
    ['3千万元', { value: '30000000', qualifier: 'exact', unitText: '元' }],
    ['1.2万亿元', { value: '1200000000000', qualifier: 'exact', unitText: '元' }],
    ['10余万人', { value: '100000', qualifier: 'moreThan', unitText: '人' }],
    ['5千克', { value: '5', qualifier: 'exact', unitText: '千克' }],
    ['3至5千件', { value: '3000', qualifier: 'range', upper: '5000', unitText: '件' }],
  ])('%s', (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });

  it('every magnitude, with and without 余/多, against the reference', () => {
    const figure = fc.oneof(
      fc.stringMatching(/^[1-9]\d{0,5}$/),
      fc.stringMatching(/^[1-9]\d{0,3}\.\d{1,3}$/),
      fc.stringMatching(/^0\.\d{0,2}[1-9]$/),
    );
    fc.assert(
      fc.property(
        figure,
        fc.constantFrom(...MAGNITUDES),
        fc.constantFrom('', '余', '多'),
        fc.constantFrom('', '件', '人', '元', '次', '人次'),
        fc.constantFrom('', '共', '累计'),
        (digits, [word, power], more, unit, prefix) => {
          const text = `${prefix}${digits}${word}${more}${unit}`;
          const p = parseQuantity(text);
          expect(p, text).toEqual({
            value: reference(digits, power),
            qualifier: more ? 'moreThan' : 'exact',
            ...(unit ? { unitText: unit } : {}),
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a figure past the decimal limits is not one figure', () => {
    expect(parseQuantity(`${'1'.repeat(LIMITS.maxDecimalDigits + 1)}件`)).toBeUndefined();
    expect(parseQuantity(`${'1'.repeat(95)}万亿`)).toBeUndefined();
  });
});

describe('words that only look like magnitudes', () => {
  it.each([
    ['1.5个百分点', undefined],
    ['2百分点', undefined],
    ['3千分之', undefined],
    ['5千米', { value: '5', qualifier: 'exact', unitText: '千米' }],
  ])('%s', (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });
});
