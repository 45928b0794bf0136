#!/usr/bin/env node
// What fazhi costs the people who install it: packs the built package (`npm pack`), installs the tarball into a
// scratch folder and bundles from there, as an app would, with esbuild (minified, gzip level 9, dependencies
// external): each entry whole (`export * from 'fazhi/…'`) and single imports such as `import { rate }`.
// test/package/size.test.ts holds the figures under byte ceilings; run alone (after `npm run build`) it prints them.
// Usage: node scripts/package-size.mjs [--json]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The single imports measured besides whole entries: what one function costs an app. */
export const PROBES = {
  "import { rate } from 'fazhi'": "export { rate } from 'fazhi';",
  "import { compareReported, rate } from 'fazhi'": "export { compareReported, rate } from 'fazhi';",
  "import { validateDataset } from 'fazhi'": "export { validateDataset } from 'fazhi';",
};

/** The subpaths of package.json "exports" that are code (not package.json or the JSON Schema). */
export function codeSubpaths() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return Object.keys(pkg.exports).filter((k) => !k.endsWith('.json'));
}

/** How an app's bundler is imitated: one minified ES module for any platform (scripts/size-breakdown.mjs too). */
export const BUNDLE_OPTIONS = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2022',
  charset: 'utf8',
};

async function bundle(dir, contents) {
  const result = await build({
    stdin: { contents, resolveDir: dir, loader: 'js' },
    ...BUNDLE_OPTIONS,
    // fazhi's own code only: every other package stays an import, as it would be shared in an app.
    plugins: [
      {
        name: 'dependencies-external',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path === 'fazhi' || args.path.startsWith('fazhi/')
              ? undefined
              : { path: args.path, external: true },
          );
        },
      },
    ],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    // The package files the bundle took code from (not those it looked at and dropped), relative to the package.
    files: Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {})
      .filter(([f, input]) => f.includes('node_modules/fazhi/') && input.bytesInOutput > 0)
      .map(([f]) => f.slice(f.indexOf('node_modules/fazhi/') + 'node_modules/fazhi/'.length)),
  };
}

/**
 * Packs the built package and measures it.
 * @returns the tarball's size, and each entry's and probe's minified and gzipped bytes
 */
export async function measurePackage() {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-size-'));
  try {
    execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, stdio: 'ignore' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (tarball === undefined) throw new Error('npm pack produced no tarball');
    const installed = join(dir, 'node_modules', 'fazhi');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['xzf', join(dir, tarball), '-C', installed, '--strip-components', '1']);
    const entries = {};
    for (const subpath of codeSubpaths()) {
      const specifier = subpath === '.' ? 'fazhi' : `fazhi/${subpath.slice(2)}`;
      entries[subpath] = await bundle(dir, `export * from '${specifier}';`);
    }
    const probes = {};
    for (const [name, contents] of Object.entries(PROBES)) probes[name] = await bundle(dir, contents);
    return { tarball: { bytes: statSync(join(dir, tarball)).size }, entries, probes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The measurements as the README's table.
 * @param m - what {@link measurePackage} returned
 * @param ceilings - the test's ceilings, to print beside each figure
 * @returns markdown
 */
export function sizeTable(m, ceilings = { entries: {}, probes: {} }) {
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const rows = [
    "| What an app bundles (fazhi's own code; minified, gzip -9) | minified | minified + gzip | ceiling |",
    '|---|---:|---:|---:|',
    ...Object.entries(m.entries).map(
      ([k, v]) =>
        `| \`export * from '${k === '.' ? 'fazhi' : `fazhi/${k.slice(2)}`}'\` | ${kib(v.minified)} | ${kib(v.gzip)} | ${ceilings.entries[k] ? kib(ceilings.entries[k]) : ''} |`,
    ),
    ...Object.entries(m.probes).map(
      ([k, v]) =>
        `| \`${k}\` | ${kib(v.minified)} | ${kib(v.gzip)} | ${ceilings.probes[k] ? kib(ceilings.probes[k]) : ''} |`,
    ),
    '',
    `Tarball (\`npm pack\`): ${(m.tarball.bytes / 1000).toFixed(1)} kB${ceilings.tarball ? ` (ceiling ${(ceilings.tarball / 1000).toFixed(0)} kB)` : ''}.`,
  ];
  return rows.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const m = await measurePackage();
  console.log(process.argv.includes('--json') ? JSON.stringify(m, null, 2) : sizeTable(m));
}
