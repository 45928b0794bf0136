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
  process.stdout.write(run('node', ['esm.mjs']));
  process.stdout.write(run('node', ['report.mjs']));
  process.stdout.write(run('node', ['cjs.cjs']));
  const version = run(join(dir, 'node_modules', '.bin', 'fazhi'), ['--version']).trim();
  if (!/^\d+\.\d+\.\d+/.test(version)) throw new Error(`fazhi --version printed ${version}`);
  console.log(`bin ok (fazhi ${version})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
