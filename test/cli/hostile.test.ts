// The CLI under hostile files (issue 13): each case must give its exit status and message, no stack trace and no
// internal error, within ten times the expected peak memory (a ceiling to catch blow-ups — 4 GB — not a benchmark).
// Time is not asserted here (the guide keeps timing goals in benchmarks): the hostile table in docs/reliability.md
// and `npx tsx scripts/hostile-table.ts` measure it, and the test timeout stops a run that never ends.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath } from './cli-path.js';
import { check, HOSTILE_CASES, runMeasured } from './hostile-cases.js';

const NOBODY = 65534;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fazhi-hostile-'));
  // An unprivileged user must be able to reach the inputs and the built CLI.
  await chmod(dir, 0o755);
  await chmod(dirname(cliPath()), 0o755);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the CLI under hostile files', () => {
  for (const c of HOSTILE_CASES) {
    it(c.name, { timeout: 120_000 }, async (ctx) => {
      const root = process.getuid?.() === 0;
      if (c.unprivileged && process.getuid?.() === undefined) ctx.skip();
      const caseDir = join(dir, c.name.replace(/[^a-z0-9]+/gi, '-'));
      await import('node:fs/promises').then((fs) => fs.mkdir(caseDir, { recursive: true, mode: 0o755 }));
      const { args, env } = await c.setup(caseDir, 'test');
      const asNobody = c.unprivileged && root ? { uid: NOBODY, gid: NOBODY } : {};
      const r = await runMeasured(cliPath(), args, caseDir, { ...(env ? { env } : {}), ...asNobody });
      expect(check(r, c.expected), `${r.stdout.slice(0, 2000)}\n${r.stderr.slice(0, 2000)}`).toEqual([]);
      expect(r.megabytes).toBeLessThan(10 * c.megabytes);
      await rm(caseDir, { recursive: true, force: true });
    });
  }
});
