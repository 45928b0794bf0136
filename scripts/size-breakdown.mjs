// gzip contribution per module of the main entry: bundle dist/index.js (minified), attribute output bytes to
// sources by the source map, then gzip(all) - gzip(all without that group's bytes).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
const entry = process.argv[2] ?? 'export * from "./dist/index.js";';
const depth = Number(process.argv[3] ?? 0);
const r = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
  bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'],
  target: 'es2022', charset: 'utf8', write: false, sourcemap: 'external', outfile: '/tmp/sz/out.js', logLevel: 'silent',
  plugins: [{ name: 'ext', setup(b) { b.onResolve({ filter: /^[^./]/ }, (a) => ({ path: a.path, external: true })); } }],
});
const js = r.outputFiles.find((f) => f.path.endsWith('.js')).text;
const map = JSON.parse(r.outputFiles.find((f) => f.path.endsWith('.map')).text);
const c = new SourceMapConsumer(map);
const lines = js.split('\n');
const lineStart = []; let off = 0; for (const l of lines) { lineStart.push(off); off += l.length + 1; }
const marks = [];
c.eachMapping((m) => marks.push([lineStart[m.generatedLine - 1] + m.generatedColumn, m.source]));
marks.sort((a, b) => a[0] - b[0]);
const owner = new Array(js.length).fill('(none)');
for (let i = 0; i < marks.length; i++) { const end = i + 1 < marks.length ? marks[i + 1][0] : js.length; for (let k = marks[i][0]; k < end; k++) owner[k] = marks[i][1]; }
const group = (s) => { if (s === '(none)') return s; s = s.replace(/^.*dist\//, ''); if (depth === 0) return s; const p = s.split('/'); return p.length > depth ? p.slice(0, depth).join('/') + '/' : s; };
const groups = new Map();
for (let k = 0; k < js.length; k++) { const g = group(owner[k]); groups.set(g, (groups.get(g) ?? 0) + 1); }
const gz = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;
const total = gz(js);
console.log(`total minified ${Buffer.byteLength(js)} B, gzip ${total} B (${(total / 1024).toFixed(1)} KiB)`);
const rows = [];
for (const [g, chars] of groups) {
  let without = ''; for (let k = 0; k < js.length; k++) if (group(owner[k]) !== g) without += js[k];
  const only = [...js].filter((_, k) => group(owner[k]) === g).join('');
  rows.push([g, chars, total - gz(without), gz(only)]);
}
rows.sort((a, b) => b[2] - a[2]);
for (const [g, chars, d, alone] of rows.slice(0, Number(process.argv[4] ?? 60))) console.log(`${(d / 1024).toFixed(2).padStart(7)} KiB gz-delta  ${(alone/1024).toFixed(2).padStart(6)} alone  ${String(chars).padStart(7)} chars  ${g}`);
