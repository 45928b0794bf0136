#!/usr/bin/env node
// `npm start`'s last step: writes the HTML report of the seed datasets, and of the corpus datasets when there are any,
// into out/ (ignored), with the built CLI. Usage: node scripts/write-reports.mjs [--locale zh|en]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const locale = process.argv.includes('--locale') ? process.argv[process.argv.indexOf('--locale') + 1] : 'en';
const cli = join(root, 'dist/cli/main.js');
const jobs = [['seeds/data', 'out/seed-report.html']];
const corpus = join(root, 'seeds/corpus/data');
if (existsSync(corpus) && readdirSync(corpus).some((f) => /\.(json|ndjson|jsonl|csv)$/.test(f))) {
  jobs.push(['seeds/corpus/data', 'out/corpus-report.html']);
}
for (const [data, out] of jobs) {
  execFileSync(process.execPath, [cli, 'report', data, '-o', out, '--locale', locale], {
    cwd: root,
    stdio: 'inherit',
  });
}
