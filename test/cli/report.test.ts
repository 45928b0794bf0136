import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fazhi report', () => {
  it('writes one HTML file for the seeds and says what it holds', async () => {
    const out = join(dir, 'seeds.html');
    const r = await runCli(['report', 'seeds/data', '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^wrote .*seeds\.html \(\d+ KiB\): 4 jurisdictions, \d+ figures; 0 errors, 1 warning, 0 notes\n$/,
    );
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('咸宁市');
  });

  it('speaks Chinese with --locale zh and reports on one jurisdiction', async () => {
    const out = join(dir, 'one.html');
    const r = await runCli(['report', 'seeds/data', '-o', out, '--locale', 'zh', '--jurisdiction', '421200']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 个地区');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).not.toContain('古丈县');
  });

  it('refuses a jurisdiction without figures, a malformed code and options of other commands', async () => {
    const none = await runCli([
      'report',
      'seeds/data',
      '-o',
      join(dir, 'x.html'),
      '--jurisdiction',
      '650000',
    ]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No figures for 650000');
    const bad = await runCli(['report', 'seeds/data', '--jurisdiction', '44', '--locale', 'zh']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--jurisdiction 须为 6 位行政区划代码');
    const other = await runCli(['validate', 'seeds/data', '-o', 'x.html']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('-o/--output is for fazhi report');
    const missing = await runCli(['report']);
    expect(missing.code).toBe(2);
  });
});
