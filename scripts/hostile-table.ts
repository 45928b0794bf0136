// Runs every hostile-input case of test/cli/hostile-cases.ts against the built CLI (dist/cli/main.js: `npm run build`
// first) and prints the table of docs/reliability.md: exit status, wall time and peak RSS of each.
//   npx tsx scripts/hostile-table.ts           # the sizes issue 13 reported (minutes; up to ~1 GB of disk)
//   npx tsx scripts/hostile-table.ts --test    # the small sizes of the test suite
//   npx tsx scripts/hostile-table.ts --only flood,budget   # the cases whose names hold these words
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { check, HOSTILE_CASES, runMeasured, type Scale } from '../test/cli/hostile-cases.js';

const scale: Scale = process.argv.includes('--test') ? 'test' : 'table';
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt === -1 ? undefined : (process.argv[onlyAt + 1] ?? '').split(',');
const cli = resolve('dist/cli/main.js');
const dir = await mkdtemp(join(tmpdir(), 'fazhi-hostile-table-'));
await chmod(dir, 0o755);
const rows: string[] = [];
let failed = 0;
try {
  for (const c of HOSTILE_CASES) {
    if (only !== undefined && !only.some((w) => c.name.includes(w))) continue;
    const caseDir = join(dir, c.name.replace(/[^a-z0-9]+/gi, '-'));
    await mkdir(caseDir, { recursive: true, mode: 0o755 });
    const { args, env } = await c.setup(caseDir, scale);
    const nobody = c.unprivileged && process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = await runMeasured(cli, args, caseDir, { ...(env ? { env } : {}), ...nobody });
    const wrong = check(r, c.expected);
    if (wrong.length > 0) failed++;
    rows.push(
      `| ${c.name} | ${c.describe(scale)} | ${r.code} | ${r.seconds.toFixed(2)} s | ${Math.round(r.megabytes)} MB | ${wrong.length === 0 ? 'as expected' : wrong.join('; ')} |`,
    );
    process.stderr.write(`${rows[rows.length - 1]}\n`);
    await rm(caseDir, { recursive: true, force: true });
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log('| Case | Input | Exit | Time | Peak RSS | Outcome |');
console.log('| --- | --- | ---: | ---: | ---: | --- |');
for (const row of rows) console.log(row);
process.exitCode = failed === 0 ? 0 : 1;
