#!/usr/bin/env node
// Where the main entry's gzip bytes are: bundles the built entry as scripts/package-size.mjs does (esbuild,
// minified, dependencies external), gives each byte of the output to the module the source map says it came from,
// and for each module (or folder) prints what gzip -9 of the whole loses without its bytes — its real share of the
// gzip, which a module's own bytesInOutput does not tell (gzip shares repeats across modules).
// Usage (after `npm run build`): node scripts/size-breakdown.mjs [--depth N] [--top N] [--entry dist/index.js]
//   --depth 1 groups by top folder (catalog/, validate/ …), 2 by sub-folder; 0 (default) by module.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { SourceMapConsumer } from 'source-map-js';
import { BUNDLE_OPTIONS } from './package-size.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const depth = Number(arg('depth', 0));
const top = Number(arg('top', 40));
const entry = arg('entry', 'dist/index.js');

const result = await build({
  stdin: { contents: `export * from './${entry}';`, resolveDir: process.cwd(), loader: 'js' },
  ...BUNDLE_OPTIONS,
  write: false,
  sourcemap: 'external',
  outfile: 'breakdown.js',
  logLevel: 'silent',
  plugins: [
    {
      name: 'dependencies-external',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true }));
      },
    },
  ],
});
const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map'))?.text ?? '{}');

// Each output character's module: from one mapping to the next.
const lineStarts = [0];
for (let i = 0; i < js.length; i++) if (js[i] === '\n') lineStarts.push(i + 1);
const marks = [];
new SourceMapConsumer(map).eachMapping((m) =>
  marks.push([(lineStarts[m.generatedLine - 1] ?? 0) + m.generatedColumn, m.source]),
);
marks.sort((a, b) => a[0] - b[0]);
const group = (source) => {
  if (source === undefined) return '(no source)';
  const parts = source.replace(/^.*dist\//, '').split('/');
  return depth > 0 && parts.length > depth ? `${parts.slice(0, depth).join('/')}/` : parts.join('/');
};
const owner = new Array(js.length).fill('(no source)');
marks.forEach(([start, source], i) => {
  owner.fill(group(source), start, marks[i + 1]?.[0] ?? js.length);
});
// The entry's closing `export{a as rate,…}` has no mapping of its own: it would count as the last module's.
const exportList = js.lastIndexOf('export{');
if (exportList !== -1) owner.fill('(export list)', exportList);

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).byteLength;
const total = gzip(js);
const kib = (n) => (n / 1024).toFixed(2).padStart(6);
console.log(`${entry}: ${Buffer.byteLength(js)} bytes minified, ${total} bytes gzip (${kib(total)} KiB)`);
console.log('  share   alone  minified  module');
const rows = [...new Set(owner)].map((g) => {
  let without = '';
  let alone = '';
  for (let i = 0; i < js.length; i++) {
    if (owner[i] === g) alone += js[i];
    else without += js[i];
  }
  return { g, share: total - gzip(without), alone: gzip(alone), bytes: Buffer.byteLength(alone) };
});
rows.sort((a, b) => b.share - a.share);
for (const r of rows.slice(0, top))
  console.log(`${kib(r.share)}  ${kib(r.alone)}  ${String(r.bytes).padStart(8)}  ${r.g}`);
