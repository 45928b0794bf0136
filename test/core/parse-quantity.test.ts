import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/index.js';

describe('parseQuantity', () => {
  it.each([
    ['1.5万余名', { value: '15000', qualifier: 'moreThan', unitText: '名' }],
    ['98%以上', { value: '98', qualifier: 'atLeast', unitText: '%' }],
    ['671.14万元', { value: '6711400', qualifier: 'exact', unitText: '元' }],
    ['近3000人', { value: '3000', qualifier: 'lessThan', unitText: '人' }],
    ['600余次', { value: '600', qualifier: 'moreThan', unitText: '次' }],
    ['约30%', { value: '30', qualifier: 'approx', unitText: '%' }],
    ['30%左右', { value: '30', qualifier: 'approx', unitText: '%' }],
    ['超过100件', { value: '100', qualifier: 'moreThan', unitText: '件' }],
    ['不足10人', { value: '10', qualifier: 'lessThan', unitText: '人' }],
    ['10人以下', { value: '10', qualifier: 'atMost', unitText: '人' }],
    ['10至20件', { value: '10', qualifier: 'range', upper: '20', unitText: '件' }],
    ['1.2亿', { value: '120000000', qualifier: 'exact' }],
    ['1,234件', { value: '1234', qualifier: 'exact', unitText: '件' }],
    ['0.5万余人次', { value: '5000', qualifier: 'moreThan', unitText: '人次' }],
  ])('%s', (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });

  it('refuses text that is not one figure', () => {
    expect(parseQuantity('二十大')).toBeUndefined();
    expect(parseQuantity('约30余人')).toBeUndefined();
    expect(parseQuantity('')).toBeUndefined();
  });
});
