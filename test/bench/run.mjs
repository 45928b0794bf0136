// `npm run bench [-- --quick]`: generates seeded national-scale data into .bench-data/ and measures, each in its
// own process, time and peak RSS of: the JSON floor (read + JSON.parse) against full validation of the 1M-
// observation JSON file; the NDJSON floor (stream split + JSON.parse) against streaming validation of the 3.2M-
// observation NDJSON file; and derived-rate computation. Uses the built dist/ (npm run bench builds first).
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { divisions } from '../../dist/divisions.js';
import { CSV_COLUMNS, defaultCatalog, observationToCsvRow } from '../../dist/index.js';
import { jsonDatasetPieces, metadata, ndjsonLines, observations, writeAll } from './generate.mjs';

const quick = process.argv.includes('--quick');
const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = `${root}.bench-data/`;
const years = Array.from({ length: 10 }, (_, i) => 2015 + i);
const sizes = quick ? { ndjson: 320, json: 100 } : { ndjson: 3200, json: 1000 };
const seed = 20240601;

async function ensure(file, params, write) {
  const manifest = `${file}.params.json`;
  const wanted = JSON.stringify(params);
  if (existsSync(file) && existsSync(manifest) && readFileSync(manifest, 'utf8') === wanted) return;
  const t = performance.now();
  process.stdout.write(`generating ${file.replace(root, '')} … `);
  await write(createWriteStream(file));
  writeFileSync(manifest, wanted);
  process.stdout.write(`${((performance.now() - t) / 1000).toFixed(1)} s\n`);
}

function run(args) {
  return new Promise((resolve, reject) => {
    const hook = fileURLToPath(new URL('./rss-hook.mjs', import.meta.url));
    const t = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', `file://${hook}`, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (b) => {
      // The CLI's report can be large; keep only its start.
      if (out.length < 1 << 20) out += b;
    });
    child.stderr.on('data', (b) => {
      err += b;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t) / 1e9;
      const bench = /BENCH (\{.*\})/.exec(err);
      if (!bench)
        return reject(new Error(`no report from ${args.join(' ')} (exit ${code}): ${err.slice(-2000)}`));
      resolve({ seconds, code, ...JSON.parse(bench[1]), stdout: out });
    });
  });
}

const phase = fileURLToPath(new URL('./phase.mjs', import.meta.url));
const cli = `${root}dist/cli.js`;

mkdirSync(dataDir, { recursive: true });
const ndjsonFile = `${dataDir}${quick ? 'quick' : 'national'}.ndjson`;
const jsonFile = `${dataDir}${quick ? 'quick' : 'national'}.json`;
const ndjsonJurisdictions = divisions.slice(0, sizes.ndjson);
const jsonJurisdictions = divisions.slice(0, sizes.json);
await ensure(ndjsonFile, { v: 1, n: sizes.ndjson, seed }, (s) =>
  writeAll(
    s,
    ndjsonLines(
      observations({
        catalog: defaultCatalog,
        jurisdictions: ndjsonJurisdictions.map((d) => d.code),
        years,
        seed,
      }),
    ),
  ),
);
await ensure(jsonFile, { v: 1, n: sizes.json, seed }, (s) =>
  writeAll(
    s,
    jsonDatasetPieces(
      metadata(jsonJurisdictions, years),
      observations({
        catalog: defaultCatalog,
        jurisdictions: jsonJurisdictions.map((d) => d.code),
        years,
        seed,
      }),
    ),
  ),
);

// The same observations as long CSV, to show the CSV reader streams as well.
const csvFile = `${dataDir}${quick ? 'quick' : 'national'}.csv`;
await ensure(csvFile, { v: 1, n: sizes.ndjson, seed }, (s) =>
  writeAll(
    s,
    (function* () {
      yield `${CSV_COLUMNS.join(',')}\n`;
      for (const o of observations({
        catalog: defaultCatalog,
        jurisdictions: ndjsonJurisdictions.map((d) => d.code),
        years,
        seed,
      })) {
        yield `${observationToCsvRow(o)}\n`;
      }
    })(),
  ),
);

const mb = (f) => Math.round(statSync(f).size / 1024 / 1024);
const results = {
  date: new Date().toISOString(),
  node: process.version,
  quick,
  files: {
    ndjson: { path: ndjsonFile.replace(root, ''), mb: mb(ndjsonFile) },
    json: { path: jsonFile.replace(root, ''), mb: mb(jsonFile) },
    csv: { path: csvFile.replace(root, ''), mb: mb(csvFile) },
  },
  phases: {},
};

// The province the report phase is about: 湖北 (117 jurisdictions) nationally, 河北 in the quick data (11–14 only).
const province = quick ? '130000' : '420000';
const phases = [
  ['json-floor', [phase, 'json-floor', jsonFile]],
  ['json-validate-cli', [cli, 'validate', jsonFile, '--format', 'json', '--max-issues', '100']],
  ['json-validate-lib', [phase, 'json-validate-lib', jsonFile]],
  ['ndjson-floor', [phase, 'ndjson-floor', ndjsonFile]],
  ['ndjson-read', [phase, 'ndjson-read', ndjsonFile]],
  ['ndjson-validate-cli', [cli, 'validate', ndjsonFile, '--format', 'json', '--max-issues', '100']],
  ['csv-validate-cli', [cli, 'validate', csvFile, '--format', 'json', '--max-issues', '100']],
  ['rates-ndjson-stream', [phase, 'rates-ndjson', ndjsonFile]],
  ['rates-json', [phase, 'rates-json', jsonFile]],
  // Issue 11: the whole national panel in memory, then the HTML report of one province streamed from the file.
  ['panel-ndjson-national', [phase, 'panel-ndjson', ndjsonFile]],
  [
    'report-ndjson-province-cli',
    [cli, 'report', ndjsonFile, '--jurisdiction', province, '-o', `${dataDir}report-${province}.html`],
  ],
];
// `--phases a,b` runs only those phases (the data is still generated when missing).
const only = process.argv
  .find((a) => a.startsWith('--phases='))
  ?.slice('--phases='.length)
  .split(',');
for (const [name, args] of phases) {
  if (only !== undefined && !only.includes(name)) continue;
  const r = await run(args);
  let detail;
  if (args[0] === cli && args[1] === 'report') {
    const html = args[args.length - 1];
    const htmlMB = existsSync(html) ? Number((statSync(html).size / 1048576).toFixed(1)) : undefined;
    detail = { exit: r.code, summary: r.stdout.trim(), htmlMB };
  } else if (args[0] === cli) {
    const report = JSON.parse(r.stdout.length >= 1 << 20 ? '{}' : r.stdout || '{}');
    detail = report.files?.[0]
      ? {
          observations: report.files[0].observations,
          errors: report.files[0].errors,
          warnings: report.files[0].warnings,
          infos: report.files[0].infos,
          exit: r.code,
        }
      : { exit: r.code };
  } else {
    detail = JSON.parse(r.stdout.trim().split('\n').pop() || '{}');
  }
  results.phases[name] = {
    seconds: Number(r.seconds.toFixed(2)),
    maxRssMB: r.maxRssMB,
    rssAtQuartersMB: r.rssAtQuartersMB,
    ...detail,
  };
  console.log(
    `${name.padEnd(22)} ${r.seconds.toFixed(2).padStart(7)} s  peak RSS ${String(r.maxRssMB).padStart(5)} MB  ${JSON.stringify(detail)}`,
  );
}

const p = results.phases;
if (only !== undefined) {
  writeFileSync(`${dataDir}results-phases.json`, `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nresults of the chosen phases written to .bench-data/results-phases.json');
  process.exit(0);
}
const ratio = (a, b) => Number((p[a].seconds / p[b].seconds).toFixed(2));
results.ratios = {
  jsonValidateOverFloor: ratio('json-validate-cli', 'json-floor'),
  jsonValidateLibOverFloor: ratio('json-validate-lib', 'json-floor'),
  ndjsonValidateOverFloor: ratio('ndjson-validate-cli', 'ndjson-floor'),
};
console.log(
  `\nJSON ${results.files.json.mb} MB: validation ${results.ratios.jsonValidateOverFloor}× its floor (library alone ${results.ratios.jsonValidateLibOverFloor}×); goal ≤ 1.5×`,
);
console.log(
  `NDJSON ${results.files.ndjson.mb} MB: streaming validation ${results.ratios.ndjsonValidateOverFloor}× its floor, peak RSS ${p['ndjson-validate-cli'].maxRssMB} MB (goal < 200 MB); RSS at 25/50/75/100% of the run: ${p['ndjson-validate-cli'].rssAtQuartersMB.join(' / ')} MB`,
);
if (p['report-ndjson-province-cli']) {
  console.log(
    `Report of one province from the ${results.files.ndjson.mb} MB NDJSON: ${p['report-ndjson-province-cli'].seconds} s, peak RSS ${p['report-ndjson-province-cli'].maxRssMB} MB, ${p['report-ndjson-province-cli'].htmlMB} MB of HTML; whole national panel: ${p['panel-ndjson-national'].seconds} s, peak RSS ${p['panel-ndjson-national'].maxRssMB} MB`,
  );
}
writeFileSync(`${dataDir}results${quick ? '-quick' : ''}.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nresults written to .bench-data/results${quick ? '-quick' : ''}.json`);
