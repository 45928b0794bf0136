// `npm run bench [-- --quick] [-- --reps N]`: generates seeded national-scale data into .bench-data/ and measures,
// each step in its own process (so that each peak RSS is that step's own), time and peak RSS of: the JSON floor
// (read + JSON.parse) beside validation and rates of the 1M-observation JSON file; the NDJSON floor (stream split +
// JSON.parse) beside streaming validation and rates of the 3.2M-observation NDJSON file; start-up (import, the
// CLI) beside a bare `node -e 0`; and 1 M rates beside integer floors (test/bench/rates.mjs). Every group runs in
// alternating repetitions — floor, subject, subject …, floor, subject … — so that a noisy machine moves both
// sides alike, and reports medians and ranges of times and of each repetition's ratio to its own floor.
// Uses the built dist/ (npm run bench builds first).
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CSV_COLUMNS, defaultCatalog, observationToCsvRow } from 'fazhi';
import { divisions } from 'fazhi/divisions';
import { jsonDatasetPieces, metadata, ndjsonLines, observations, writeAll } from './generate.mjs';

const quick = process.argv.includes('--quick');
const repsArg = process.argv.indexOf('--reps');
const reps = repsArg < 0 ? 3 : Math.max(1, Number(process.argv[repsArg + 1]));
const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = `${root}.bench-data/`;
const years = Array.from({ length: 10 }, (_, i) => 2015 + i);
const sizes = quick ? { ndjson: 320, json: 100 } : { ndjson: 3200, json: 1000 };
const seed = 20240601;
// Issue 8: a quarter of the observations are cells of complete breakdowns (by a catalog dimension) and their
// shares; `--dimensions=0` generates the data without them, for comparison.
const dimensions = Number(
  process.argv.find((a) => a.startsWith('--dimensions='))?.slice('--dimensions='.length) ?? 0.25,
);

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

/** Wall-clock seconds of one short process (start-up measurements: no RSS hook, output discarded). */
function spawnTimed(args) {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}`));
      else resolve(Number(process.hrtime.bigint() - t) / 1e9);
    });
  });
}

const phase = fileURLToPath(new URL('./phase.mjs', import.meta.url));
const cli = `${root}dist/cli/main.js`;

mkdirSync(dataDir, { recursive: true });
// Data of another share of cells goes to its own files, so that both can be kept.
const stem = `${quick ? 'quick' : 'national'}${dimensions === 0.25 ? '' : `-d${dimensions}`}`;
const ndjsonFile = `${dataDir}${stem}.ndjson`;
const jsonFile = `${dataDir}${stem}.json`;
const ndjsonJurisdictions = divisions.slice(0, sizes.ndjson);
const jsonJurisdictions = divisions.slice(0, sizes.json);
await ensure(ndjsonFile, { v: 2, n: sizes.ndjson, seed, dimensions }, (s) =>
  writeAll(
    s,
    ndjsonLines(
      observations({
        catalog: defaultCatalog,
        jurisdictions: ndjsonJurisdictions.map((d) => d.code),
        years,
        seed,
        dimensions,
      }),
    ),
  ),
);
await ensure(jsonFile, { v: 2, n: sizes.json, seed, dimensions }, (s) =>
  writeAll(
    s,
    jsonDatasetPieces(
      metadata(jsonJurisdictions, years),
      observations({
        catalog: defaultCatalog,
        jurisdictions: jsonJurisdictions.map((d) => d.code),
        years,
        seed,
        dimensions,
      }),
    ),
  ),
);

// The same observations as long CSV, to show the CSV reader streams as well.
const csvFile = `${dataDir}${stem}.csv`;
await ensure(csvFile, { v: 2, n: sizes.ndjson, seed, dimensions }, (s) =>
  writeAll(
    s,
    (function* () {
      yield `${CSV_COLUMNS.join(',')}\n`;
      for (const o of observations({
        catalog: defaultCatalog,
        jurisdictions: ndjsonJurisdictions.map((d) => d.code),
        years,
        seed,
        dimensions,
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
  reps,
  dimensions,
  files: {
    ndjson: { path: ndjsonFile.replace(root, ''), mb: mb(ndjsonFile) },
    json: { path: jsonFile.replace(root, ''), mb: mb(jsonFile) },
    csv: { path: csvFile.replace(root, ''), mb: mb(csvFile) },
  },
  groups: {},
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fixed = (x, k = 2) => Number(x.toFixed(k));
const range = (xs, k = 2) => [fixed(Math.min(...xs), k), fixed(Math.max(...xs), k)];

/** What a run reports beside its time: the CLI's counts, or the phase's own JSON line. */
function detailOf(args, r) {
  if (args[0] === cli && args[1] === 'report') {
    const html = args[args.length - 1];
    const htmlMB = existsSync(html) ? Number((statSync(html).size / 1048576).toFixed(1)) : undefined;
    return { exit: r.code, summary: r.stdout.trim(), htmlMB };
  }
  if (args[0] !== cli) return JSON.parse(r.stdout.trim().split('\n').pop() || '{}');
  const report = JSON.parse(r.stdout.length >= 1 << 20 ? '{}' : r.stdout || '{}');
  const f = report.files?.[0];
  return f
    ? { observations: f.observations, errors: f.errors, warnings: f.warnings, infos: f.infos, exit: r.code }
    : { exit: r.code };
}

/**
 * Runs a floor and its subjects in alternating repetitions and summarises each: median and range of the time,
 * of the peak RSS and of the ratio of each repetition to the floor run just before it.
 */
async function group(name, floor, allSubjects) {
  const subjects = allSubjects.filter(([step]) => only === undefined || only.includes(step));
  if (subjects.length === 0) return undefined;
  const runs = Object.fromEntries([floor, ...subjects].map(([step]) => [step, []]));
  for (let rep = 0; rep < reps; rep++) {
    for (const [step, args] of [floor, ...subjects]) {
      const r = await run(args);
      const detail = detailOf(args, r);
      runs[step].push({
        seconds: r.seconds,
        maxRssMB: r.maxRssMB,
        rssAtQuartersMB: r.rssAtQuartersMB,
        detail,
      });
      console.log(
        `${name} ${rep + 1}/${reps}  ${step.padEnd(22)} ${r.seconds.toFixed(2).padStart(7)} s  peak RSS ${String(r.maxRssMB).padStart(5)} MB  ${JSON.stringify(detail)}`,
      );
    }
  }
  const summary = {};
  for (const [step, list] of Object.entries(runs)) {
    const seconds = list.map((x) => x.seconds);
    const ratios = step === floor[0] ? undefined : list.map((x, i) => x.seconds / runs[floor[0]][i].seconds);
    summary[step] = {
      medianSeconds: fixed(median(seconds)),
      rangeSeconds: range(seconds),
      medianRssMB: median(list.map((x) => x.maxRssMB)),
      maxRssMB: Math.max(...list.map((x) => x.maxRssMB)),
      rssAtQuartersMB: list[list.length - 1].rssAtQuartersMB,
      detail: list[list.length - 1].detail,
      ...(ratios ? { floor: floor[0], ratio: fixed(median(ratios)), ratioRange: range(ratios) } : {}),
    };
  }
  results.groups[name] = summary;
  return summary;
}

// `--phases=a,b` runs only those steps (with their floors), and `rates` / `startup` for those steps; the data is
// still generated when missing.
const only = process.argv
  .find((a) => a.startsWith('--phases='))
  ?.slice('--phases='.length)
  .split(',');

const validate = (file) => [cli, 'validate', file, '--format', 'json', '--max-issues', '100'];
// The province the report step is about: 湖北 (117 jurisdictions) nationally, 河北 in the quick data (11–14 only).
const province = quick ? '130000' : '420000';
const json = await group(
  'json',
  ['json-floor', [phase, 'json-floor', jsonFile]],
  [
    ['json-validate-cli', validate(jsonFile)],
    ['json-validate-lib', [phase, 'json-validate-lib', jsonFile]],
    ['rates-json', [phase, 'rates-json', jsonFile]],
  ],
);
const ndjson = await group(
  'ndjson',
  ['ndjson-floor', [phase, 'ndjson-floor', ndjsonFile]],
  [
    ['ndjson-read', [phase, 'ndjson-read', ndjsonFile]],
    ['ndjson-validate-cli', validate(ndjsonFile)],
    ['rates-ndjson-stream', [phase, 'rates-ndjson', ndjsonFile]],
    // The same observations as CSV, set beside the NDJSON floor: the cost of the format as well.
    ['csv-validate-cli', validate(csvFile)],
  ],
);
// Issue 11: the whole national panel in memory, then the HTML report of one province streamed from the file.
const panel = await group(
  'panel',
  ['ndjson-floor', [phase, 'ndjson-floor', ndjsonFile]],
  [
    ['panel-ndjson-national', [phase, 'panel-ndjson', ndjsonFile]],
    [
      'report-ndjson-province-cli',
      [cli, 'report', ndjsonFile, '--jurisdiction', province, '-o', `${dataDir}report-${province}.html`],
    ],
  ],
);

// Start-up: many short runs, each round bare node first; the figure is the median of (subject − bare) per round.
const wanted = (step) => only === undefined || only.includes(step);
if (wanted('startup')) {
  const startupRounds = quick ? 5 : 15;
  const startupSteps = [
    ['bare', ['-e', '0']],
    // zod alone: the part of fazhi's import that is its schema library's (zod's entry loads its 95 modules).
    ['import-zod', ['-e', "import('zod')"]],
    ['import', ['-e', "import('fazhi')"]],
    ['require', ['-e', "require('fazhi')"]],
    ['cli-version', [cli, '--version']],
    ['cli-validate-seeds', [cli, 'validate', 'seeds/data']],
  ];
  const startup = Object.fromEntries(startupSteps.map(([step]) => [step, []]));
  for (let round = 0; round < startupRounds; round++) {
    for (const [step, args] of startupSteps) startup[step].push((await spawnTimed(args)) * 1000);
  }
  results.startupRounds = startupRounds;
  results.startup = Object.fromEntries(
    startupSteps.map(([step]) => {
      const ms = startup[step];
      const over = ms.map((t, i) => t - startup.bare[i]);
      return [
        step,
        { medianMs: fixed(median(ms), 1), rangeMs: range(ms, 1), medianOverBareMs: fixed(median(over), 1) },
      ];
    }),
  );
}

// 1 M rates in one process, alternating with integer floors (see rates.mjs).
if (wanted('rates')) {
  const ratesRun = await run([
    fileURLToPath(new URL('./rates.mjs', import.meta.url)),
    '--pairs',
    String(quick ? 100_000 : 1_000_000),
    '--reps',
    String(Math.max(3, reps)),
  ]);
  results.rates = JSON.parse(ratesRun.stdout.trim().split('\n').pop());
}

const resultsFile = `results${only ? '-phases' : quick ? '-quick' : ''}.json`;
writeFileSync(`${dataDir}${resultsFile}`, `${JSON.stringify(results, null, 2)}\n`);

// The tables the README shows, from this run.
const STARTUP_LABELS = {
  bare: 'floor: `node -e 0`',
  'import-zod': "`import('zod')` (a dependency of fazhi, alone)",
  import: "`import('fazhi')`",
  require: "`require('fazhi')`",
  'cli-version': '`fazhi --version`',
  'cli-validate-seeds': '`fazhi validate seeds/data` (5 datasets)',
};
const s = (x) => `${x.toFixed(2)} s`;
const row = (label, g, step) => {
  const x = g?.[step];
  if (x === undefined) return undefined;
  const ratio =
    x.ratio === undefined
      ? ''
      : `${x.ratio.toFixed(2)}× (${x.ratioRange[0].toFixed(2)}–${x.ratioRange[1].toFixed(2)})`;
  return `| ${label} | ${s(x.medianSeconds)} | ${ratio} | ${x.maxRssMB} MB |`;
};
const ndjsonLabel = `${(sizes.ndjson * 1000) / 1e6}M-observation NDJSON file`;
const lines = [
  `Node ${process.version}, ${reps} alternating repetitions, medians (ranges of the per-repetition ratios in brackets):`,
  '',
  '| Step | Time | × its floor | Peak RSS |',
  '|---|---:|---:|---:|',
  row(`floor: read + \`JSON.parse\` of the ${sizes.json / 1000}M-observation JSON file`, json, 'json-floor'),
  row('`fazhi validate` of that JSON file (all rules)', json, 'json-validate-cli'),
  row('`validateDataset(JSON.parse(…))` (library)', json, 'json-validate-lib'),
  row('`deriveRates` of that JSON file', json, 'rates-json'),
  row(`floor: stream, split lines, \`JSON.parse\` the ${ndjsonLabel}`, ndjson, 'ndjson-floor'),
  row('`fazhi validate` of that NDJSON file (streaming, all rules)', ndjson, 'ndjson-validate-cli'),
  row('derived rates streaming that NDJSON file (`createRateDeriver`)', ndjson, 'rates-ndjson-stream'),
  row('reading only (`readObservationBatches`)', ndjson, 'ndjson-read'),
  row('`fazhi validate` of the same observations as CSV', ndjson, 'csv-validate-cli'),
  row('the national panel in memory (`buildPanelAsync`)', panel, 'panel-ndjson-national'),
  row(`\`fazhi report\` of one province (${province})`, panel, 'report-ndjson-province-cli'),
  ndjson?.['ndjson-validate-cli']
    ? `\nStreaming validation RSS at 25 / 50 / 75 / 100% of the last run: ${ndjson['ndjson-validate-cli'].rssAtQuartersMB.join(' / ')} MB.`
    : undefined,
  ...(results.rates
    ? [
        '',
        `| ${results.rates.count.toLocaleString('en')} pairs of whole counts, one process | median time | × its floor | differences from the floor |`,
        '|---|---:|---:|---:|',
        ...Object.entries(results.rates.steps).map(
          ([k, v]) =>
            `| ${k.startsWith('floor') ? k : `\`${k}\``} | ${v.medianMs.toFixed(0)} ms | ${v.ratio === undefined ? '' : `${v.ratio.toFixed(2)}× (${v.ratioRange[0].toFixed(2)}–${v.ratioRange[1].toFixed(2)})`} | ${v.disagreements ?? ''} |`,
        ),
      ]
    : []),
  ...(results.startup
    ? [
        '',
        `| Start-up (${results.startupRounds} alternating rounds) | median | over bare \`node -e 0\` (median) |`,
        '|---|---:|---:|',
        ...Object.entries(results.startup).map(
          ([k, v]) =>
            `| ${STARTUP_LABELS[k] ?? k} | ${v.medianMs.toFixed(0)} ms | ${k === 'bare' ? '' : `${v.medianOverBareMs.toFixed(0)} ms`} |`,
        ),
      ]
    : []),
].filter((line) => line !== undefined);
console.log(`\n${lines.join('\n')}`);
console.log(`\nresults written to .bench-data/${resultsFile}`);
