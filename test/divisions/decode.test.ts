import { describe, expect, it } from 'vitest';
import { decodeDivisions } from '../../src/divisions/decode.js';

describe('decodeDivisions', () => {
  it('expands shortened codes and derives level and parent from the code order', () => {
    const rows = decodeDivisions(['430000湖南省3100湘西土家族苗族自治州26古丈县', '120000天津市0102河东区']);
    expect(rows).toEqual([
      { code: '430000', name: '湖南省', level: 'province' },
      { code: '433100', name: '湘西土家族苗族自治州', level: 'prefecture', parent: '430000' },
      { code: '433126', name: '古丈县', level: 'county', parent: '433100' },
      { code: '120000', name: '天津市', level: 'province' },
      { code: '120102', name: '河东区', level: 'county', parent: '120000' },
    ]);
  });

  it('attaches a county to its province when no prefecture shares its first four digits', () => {
    const rows = decodeDivisions(['420000湖北省1200咸宁市01咸安区9004仙桃市']);
    expect(rows.map((d) => [d.code, d.parent])).toEqual([
      ['420000', undefined],
      ['421200', '420000'],
      ['421201', '421200'],
      ['429004', '420000'],
    ]);
  });

  it('decodes nothing from nothing', () => {
    expect(decodeDivisions([])).toEqual([]);
  });
});
