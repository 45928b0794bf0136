import { describe, expect, it } from 'vitest';
import * as divisionsModule from '../../src/divisions/index.js';
import {
  type DivisionLookup,
  divisionChain,
  divisionLookup,
  divisions,
  findDivisions,
  getDivision,
  isDivisionCode,
} from '../../src/divisions/index.js';

describe('getDivision', () => {
  it('returns provinces without a parent', () => {
    expect(getDivision('430000')).toEqual({ code: '430000', name: '湖南省', level: 'province' });
    expect(getDivision('430000')).not.toHaveProperty('parent');
  });

  it('returns undefined for unknown and malformed codes', () => {
    for (const code of ['999999', '371099', '433100 ', '43312', '4331260', '', 'abcdef', '000000']) {
      expect(getDivision(code)).toBeUndefined();
    }
    expect(getDivision(433126 as unknown as string)).toBeUndefined();
    expect(getDivision(undefined as unknown as string)).toBeUndefined();
  });

  it('skips the statistical grouping rows 市辖区 and 省直辖县级行政区划', () => {
    for (const code of [
      '110100',
      '120100',
      '310100',
      '500100',
      '500200',
      '419000',
      '429000',
      '469000',
      '659000',
    ]) {
      expect(getDivision(code)).toBeUndefined();
    }
  });

  it('hangs municipal districts and counties directly off the municipality', () => {
    expect(getDivision('110105')).toMatchObject({ name: '朝阳区', level: 'county', parent: '110000' });
    expect(getDivision('310115')).toMatchObject({ name: '浦东新区', parent: '310000' });
    expect(getDivision('500229')).toMatchObject({ name: '城口县', parent: '500000' });
  });

  it('hangs directly-administered county-level units off the province', () => {
    expect(divisionChain('429004').map((d) => d.name)).toEqual(['仙桃市', '湖北省']);
    expect(divisionChain('429021').map((d) => d.name)).toEqual(['神农架林区', '湖北省']);
    expect(getDivision('419001')).toMatchObject({ name: '济源市', level: 'county', parent: '410000' });
    expect(getDivision('469002')).toMatchObject({ name: '琼海市', parent: '460000' });
    expect(getDivision('659001')).toMatchObject({ name: '石河子市', parent: '650000' });
  });

  it('keeps prefecture cities without counties once, as prefectures', () => {
    expect(getDivision('441900')).toMatchObject({ name: '东莞市', level: 'prefecture', parent: '440000' });
    expect(getDivision('620200')).toMatchObject({ name: '嘉峪关市', level: 'prefecture' });
    expect(getDivision('620201')).toBeUndefined();
    expect(findDivisions('东莞市')).toHaveLength(1);
  });

  it('returns frozen rows', () => {
    const d = getDivision('433126');
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(divisions)).toBe(true);
  });
});

describe('findDivisions', () => {
  it('returns every 河东区 with its province', () => {
    const found = findDivisions('河东区');
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.map((d) => d.code)).toEqual(['120102', '371312']);
    expect(new Set(found.map((d) => d.province.name))).toEqual(new Set(['天津市', '山东省']));
    expect(found.find((d) => d.code === '371312')?.parent).toBe('371300');
    expect(getDivision('371300')?.name).toBe('临沂市');
  });

  it('narrows by an enclosing division or by level', () => {
    expect(findDivisions('河东区', { within: '370000' }).map((d) => d.code)).toEqual(['371312']);
    expect(findDivisions('河东区', { within: '371300' }).map((d) => d.code)).toEqual(['371312']);
    expect(findDivisions('河东区', { within: '120000' }).map((d) => d.code)).toEqual(['120102']);
    expect(findDivisions('河东区', { within: '430000' })).toEqual([]);
    expect(findDivisions('天津市', { level: 'province' }).map((d) => d.code)).toEqual(['120000']);
    expect(findDivisions('河东区', { level: 'prefecture' })).toEqual([]);
  });

  it('gives a province itself as its province', () => {
    const [hunan] = findDivisions('湖南省');
    expect(hunan?.province.code).toBe('430000');
  });

  it('matches full names only, ignoring surrounding whitespace', () => {
    expect(findDivisions(' 古丈县 ').map((d) => d.code)).toEqual(['433126']);
    expect(findDivisions('古丈')).toEqual([]);
    expect(findDivisions('')).toEqual([]);
    expect(findDivisions('No such place')).toEqual([]);
  });

  it('finds every name of the table, and only rows with that name', () => {
    for (const d of divisions) {
      const found = findDivisions(d.name);
      expect(found.some((m) => m.code === d.code)).toBe(true);
      expect(found.every((m) => m.name === d.name)).toBe(true);
    }
  });
});

describe('divisionChain', () => {
  it('is empty for unknown or malformed codes', () => {
    expect(divisionChain('999999')).toEqual([]);
    expect(divisionChain('1201')).toEqual([]);
    expect(divisionChain(null as unknown as string)).toEqual([]);
  });

  it('starts with the division itself', () => {
    expect(divisionChain('430000').map((d) => d.code)).toEqual(['430000']);
  });
});

describe('isDivisionCode', () => {
  it('accepts codes in the table and nothing else', () => {
    expect(isDivisionCode('371083')).toBe(true);
    expect(isDivisionCode('120000')).toBe(true);
    expect(isDivisionCode('371099')).toBe(false);
    expect(isDivisionCode('120100')).toBe(false);
    expect(isDivisionCode(371083)).toBe(false);
    expect(isDivisionCode(undefined)).toBe(false);
  });
});

describe('DivisionLookup', () => {
  it('is satisfied by divisionLookup and by the module namespace', () => {
    const lookups: DivisionLookup[] = [divisionLookup, divisionsModule];
    for (const lookup of lookups) {
      expect(lookup.getDivision('421200')?.name).toBe('咸宁市');
      expect(lookup.getDivision('000000')).toBeUndefined();
    }
  });
});
