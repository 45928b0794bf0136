#!/usr/bin/env node
// Prints what a bundler ships for `import * as x from 'fazhi'` and from 'fazhi/divisions' (minified, and gzipped).
// Bundles the built dist/ files (run `npx tsup` first) with the esbuild that tsup uses.
// Usage: node scripts/measure-size.mjs [--json]
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entries = { fazhi: 'dist/index.js', 'fazhi/divisions': 'dist/divisions.js' };
const dependencies = ['zod', 'decimal.js', 'date-fns'];

for (const file of Object.values(entries)) {
  if (!existsSync(join(root, file))) {
    console.error(`${file} is missing: run npx tsup first`);
    process.exit(1);
  }
}

const measure = async (file, external) => {
  const result = await build({
    // `export *` keeps every export alive, like `import * as x` used as a whole.
    stdin: { contents: `export * from ${JSON.stringify(join(root, file))};`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    charset: 'utf8',
    external,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
};

const rows = [];
for (const [name, file] of Object.entries(entries)) {
  rows.push({ entry: name, dependencies: 'external', ...(await measure(file, dependencies)) });
  rows.push({ entry: name, dependencies: 'bundled', ...(await measure(file, [])) });
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log('| entry | dependencies (zod, decimal.js, date-fns) | minified | minified + gzip |');
  console.log('|---|---|---:|---:|');
  for (const r of rows)
    console.log(`| \`${r.entry}\` | ${r.dependencies} | ${kb(r.minified)} | ${kb(r.gzip)} |`);
}
