import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/default-catalog.js';
import { divisions } from '../../src/divisions/index.js';
import { ndjsonLines, observations, writeAll } from '../bench/generate.mjs';
import { runCli } from './run-cli.js';

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a 100 MB NDJSON input', () => {
  it('is validated by streaming: every observation counted, no false errors, exit 0', {
    timeout: 300_000,
  }, async () => {
    dir = await mkdtemp(join(tmpdir(), 'fazhi-large-'));
    const file = join(dir, 'national.ndjson');
    const years = Array.from({ length: 10 }, (_, i) => 2015 + i);
    const jurisdictions = divisions.slice(0, 600).map((d) => d.code);
    // No injected faults: every relation holds, so any error would be a false alarm.
    let generated = 0;
    const counted = (function* () {
      for (const line of ndjsonLines(
        observations({ catalog: defaultCatalog, jurisdictions, years, seed: 7, faults: 0 }),
      )) {
        generated++;
        yield line;
      }
    })();
    await writeAll(createWriteStream(file), counted);
    expect((await stat(file)).size).toBeGreaterThan(100 * 1024 * 1024);

    const r = await runCli(['validate', file, '--format', 'json', '--max-issues', '20']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      ok: boolean;
      files: { observations: number; errors: number; warnings: number }[];
      issues: { code: string; line?: number }[];
    };
    expect(report.ok).toBe(true);
    expect(report.files[0]?.observations).toBe(generated);
    expect(report.files[0]?.errors).toBe(0);
    // The generator prints about 1% of rates truncated instead of rounded: warnings with their lines.
    expect(report.files[0]?.warnings).toBeGreaterThan(0);
    expect(
      report.issues.every((i) => i.code === 'reported_rate_rounding' || i.code === 'implausible_jump'),
    ).toBe(true);
    expect(report.issues.every((i) => typeof i.line === 'number' && i.line > 0)).toBe(true);
  });
});
