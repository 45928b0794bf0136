// Installs the packed tarball into a fresh temporary project and uses it the way users do: import, require, bin.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'fazhi-smoke-'));
const run = (cmd, args, cwd = dir) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

try {
  run('npm', ['pack', '--silent', '--pack-destination', dir], root);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'smoke', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', `./${tarball}`]);

  const check = `
    if (fazhi.rate(44180, 45771).toPercent(2) !== '96.52') throw new Error('rate');
    if (fazhi.compareReported(fazhi.rate(44180, 45771), '96').conventions.join() !== 'truncate') throw new Error('compareReported');
    if (!fazhi.DatasetSchema.safeParse({ observations: [] }).success) throw new Error('DatasetSchema');
    if (fazhi.getIndicator('litigation.lossRate')?.name !== '败诉率') throw new Error('catalog');
    if (divisions.getDivision('433126')?.name !== '古丈县') throw new Error('divisions');
    if (extract.extractObservations('共收到行政复议案件48件', { jurisdiction: '433126', year: 2024 }).dataset.observations[0]?.value !== '48') throw new Error('extract');
  `;
  writeFileSync(
    join(dir, 'esm.mjs'),
    `import * as fazhi from 'fazhi';\nimport * as divisions from 'fazhi/divisions';\nimport * as extract from 'fazhi/extract';\n${check}\nconsole.log('esm ok');\n`,
  );
  writeFileSync(
    join(dir, 'cjs.cjs'),
    `const fazhi = require('fazhi');\nconst divisions = require('fazhi/divisions');\nconst extract = require('fazhi/extract');\nif (!require('fazhi/dataset.schema.json').properties.observations) throw new Error('schema');\n${check}\nconsole.log('cjs ok');\n`,
  );
  writeFileSync(
    join(dir, 'report.mjs'),
    `import { renderReport, reportInput } from 'fazhi/report';
const html = renderReport(reportInput([{ file: 'x.json', data: { observations: [
  { jurisdiction: '433126', year: 2023, indicator: 'litigation.cases', value: 50 },
  { jurisdiction: '433126', year: 2024, indicator: 'litigation.cases', value: 54 },
] } }]), { generated: '2025-01-01' });
if (!html.includes('<svg') || !html.startsWith('<!doctype html>')) throw new Error('report');
console.log('report ok');
`,
  );
  // Node loads zod, date-fns and decimal.js on first use (package.json "imports", tsup.config.ts): importing or
  // requiring fazhi loads none of them, a rate needs none, validating a dataset loads them. The load hook sees ES
  // modules, require.cache the CommonJS ones (what Node's copies load them as).
  const firstUse = `
    const loaded = () => [...new Set([
      ...Object.keys(require.cache),
      ...(existsSync(process.env.FAZHI_LOADS) ? readFileSync(process.env.FAZHI_LOADS, 'utf8').split('\\n') : []),
    ].map((f) => /node_modules[\\\\/](zod|date-fns|decimal\\.js)[\\\\/]/.exec(f)?.[1]).filter(Boolean))].sort().join();
    if (loaded() !== '') throw new Error('loading fazhi loaded ' + loaded());
    if (fazhi.rate(44180, 45771).toPercent(1) !== '96.5' || loaded() !== '') throw new Error('a rate loaded ' + loaded());
    if (fazhi.reportPeriod({ year: 2024 }).end !== '2024-12-31' || loaded() !== 'date-fns') throw new Error('dates: ' + loaded());
    if (fazhi.cagr('1.5', '4.25', 3) !== '41.50' || loaded() !== 'date-fns,decimal.js') throw new Error('roots: ' + loaded());
    if (!fazhi.DatasetSchema.safeParse({ observations: [] }).success || loaded() !== 'date-fns,decimal.js,zod') throw new Error('schema: ' + loaded());
    const { z } = require('zod');
    if (!(fazhi.DatasetSchema instanceof z.ZodObject) || fazhi.validateDataset({ observations: [{}] }).issues.length === 0) throw new Error('zod');
    console.log('first use ok: ' + loaded());
  `;
  writeFileSync(
    join(dir, 'first-use.mjs'),
    `import { existsSync, readFileSync } from 'node:fs';\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst fazhi = await import('fazhi');\n${firstUse}`,
  );
  writeFileSync(
    join(dir, 'first-use.cjs'),
    `const { existsSync, readFileSync } = require('node:fs');\nconst fazhi = require('fazhi');\n${firstUse}`,
  );
  const hook = join(root, 'test', 'support', 'record-loads.mjs');
  for (const file of ['first-use.mjs', 'first-use.cjs']) {
    const env = { ...process.env, FAZHI_LOADS: join(dir, `${file}.loads`) };
    process.stdout.write(
      execFileSync('node', ['--import', hook, file], {
        cwd: dir,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
  }
  process.stdout.write(run('node', ['esm.mjs']));
  process.stdout.write(run('node', ['report.mjs']));
  process.stdout.write(run('node', ['cjs.cjs']));
  const version = run(join(dir, 'node_modules', '.bin', 'fazhi'), ['--version']).trim();
  if (!/^\d+\.\d+\.\d+/.test(version)) throw new Error(`fazhi --version printed ${version}`);
  const schema = JSON.parse(run(join(dir, 'node_modules', '.bin', 'fazhi'), ['schema']));
  if (!schema.properties?.observations) throw new Error('fazhi schema printed no schema');
  console.log(`bin ok (fazhi ${version})`);

  // TypeScript users, ESM and CommonJS, under node16 resolution: the types resolve and describe the API.
  const typed = `
    const r: Rate = rate(44180, 45771, 'cases');
    const p: string = r.toPercent(2);
    const c: ReportedComparison = compareReported(r, '96');
    const d: Dataset = { observations: [] };
    const g: string | undefined = getDivision('433126')?.name;
    export const used = [p, c.conventions, d, g];
  `;
  writeFileSync(
    join(dir, 'typed.mts'),
    `import { type Dataset, type Rate, type ReportedComparison, compareReported, rate } from 'fazhi';\nimport { getDivision } from 'fazhi/divisions';\n${typed}`,
  );
  writeFileSync(
    join(dir, 'typed.cts'),
    `import { type Dataset, type Rate, type ReportedComparison, compareReported, rate } from 'fazhi';\nimport { getDivision } from 'fazhi/divisions';\n${typed}`,
  );
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const [module, moduleResolution, files] of [
    ['node16', 'node16', ['typed.mts', 'typed.cts']],
    ['esnext', 'bundler', ['typed.mts']],
  ]) {
    const compilerOptions = {
      module,
      moduleResolution,
      target: 'es2022',
      lib: ['es2022', 'dom'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }));
    run('node', [tsc, '-p', 'tsconfig.json']);
  }
  console.log('types ok (node16 ESM and CommonJS, bundler)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
