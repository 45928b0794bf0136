import { describe, expect, it } from 'vitest';
import { divisionChain, getDivision } from '../../src/divisions/index.js';

// The five seed jurisdictions (seeds/reports/README.md) with their real parents (GB/T 2260 / NBS codes).
const seeds = [
  { code: '421200', name: '咸宁市', level: 'prefecture', chain: ['421200 咸宁市', '420000 湖北省'] },
  {
    code: '371083',
    name: '乳山市',
    level: 'county',
    chain: ['371083 乳山市', '371000 威海市', '370000 山东省'],
  },
  {
    code: '360732',
    name: '兴国县',
    level: 'county',
    chain: ['360732 兴国县', '360700 赣州市', '360000 江西省'],
  },
  { code: '120102', name: '河东区', level: 'county', chain: ['120102 河东区', '120000 天津市'] },
  {
    code: '433126',
    name: '古丈县',
    level: 'county',
    chain: ['433126 古丈县', '433100 湘西土家族苗族自治州', '430000 湖南省'],
  },
] as const;

describe('seed jurisdictions', () => {
  for (const seed of seeds) {
    it(`${seed.code} ${seed.name} resolves with level ${seed.level} and its parents`, () => {
      const division = getDivision(seed.code);
      expect(division?.name).toBe(seed.name);
      expect(division?.level).toBe(seed.level);
      expect(division?.parent).toBe(seed.chain[1]?.slice(0, 6));
      expect(divisionChain(seed.code).map((d) => `${d.code} ${d.name}`)).toEqual(seed.chain);
    });
  }

  it('chains end at a province and go up one level at a time', () => {
    for (const seed of seeds) {
      const levels = divisionChain(seed.code).map((d) => d.level);
      expect(levels.at(-1)).toBe('province');
      expect(levels).toEqual(
        seed.level === 'prefecture'
          ? ['prefecture', 'province']
          : seed.code === '120102'
            ? ['county', 'province']
            : ['county', 'prefecture', 'province'],
      );
    }
  });
});
