// Speed work must not change a verdict: runs two builds of the CLI on the same inputs and compares every issue.
//
//   node scripts/compare-verdicts.mjs <before/dist/cli/main.js> <after/dist/cli/main.js> <file or folder>…
//
// Each input is validated by both with `--format json --max-issues 0`; their outputs (every issue's code, severity,
// path, line, message and quote, in order, and the counts) and exit statuses must be byte for byte the same. Build
// the code before in a worktree of its own (`git worktree add /tmp/before <commit> && cd /tmp/before && npm install
// && npm run build`): a copied dist/ does not run outside its package. Exit status 1 when anything differs.
import { spawnSync } from 'node:child_process';

const [before, after, ...inputs] = process.argv.slice(2);
if (before === undefined || after === undefined || inputs.length === 0) {
  console.error('usage: node scripts/compare-verdicts.mjs <cli before> <cli after> <file or folder>…');
  process.exit(2);
}

const run = (cli, input) =>
  spawnSync(process.execPath, [cli, 'validate', '--format', 'json', '--max-issues', '0', input], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });

let differ = 0;
for (const input of inputs) {
  const a = run(before, input);
  const b = run(after, input);
  if (a.stdout === b.stdout && a.status === b.status && a.stderr === b.stderr) {
    const issues = a.stdout.length > 0 ? JSON.parse(a.stdout).issues.length : 0;
    console.log(`same      ${input} (exit ${a.status}, ${issues} issues)`);
    continue;
  }
  differ++;
  console.log(`DIFFERENT ${input} (exit ${a.status} before, ${b.status} after)`);
  const x = a.stdout.length > 0 ? JSON.parse(a.stdout).issues : [];
  const y = b.stdout.length > 0 ? JSON.parse(b.stdout).issues : [];
  const k = x.findIndex((issue, n) => JSON.stringify(issue) !== JSON.stringify(y[n]));
  const at = k < 0 ? Math.min(x.length, y.length) : k;
  console.log(`  ${x.length} issues before, ${y.length} after; first difference at issue ${at}:`);
  console.log(`  before: ${JSON.stringify(x[at])}\n  after:  ${JSON.stringify(y[at])}`);
  if (a.stderr !== b.stderr)
    console.log(`  stderr before: ${a.stderr.trim()}\n  stderr after:  ${b.stderr.trim()}`);
}
process.exit(differ > 0 ? 1 : 0);
