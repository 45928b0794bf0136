import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const SEED = 'seeds/reports/004_ae8c9434b8aeff61.txt';

describe('fazhi extract', () => {
  it('writes a dataset that fazhi validate accepts', async () => {
    const run = await runCli(['extract', SEED, '--jurisdiction', '433126', '--year', '2024']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/figures: \d+ observations, \d+ unmatched/);
    const dataset = JSON.parse(run.stdout);
    expect(dataset.observations.length).toBeGreaterThan(30);
    expect(dataset.reports[0]).toMatchObject({
      id: '004_ae8c9434b8aeff61',
      jurisdiction: '433126',
      year: 2024,
    });
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-extract-'));
    const file = join(dir, 'draft.json');
    writeFileSync(file, run.stdout);
    const validated = await runCli(['validate', file]);
    expect(validated.stderr).toBe('');
    expect(validated.code).not.toBe(2);
  });

  it('answers --help with the usage, as the other commands do', async () => {
    const run = await runCli(['extract', SEED, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/extract <report> --jurisdiction <code> --year <yyyy>/);
    const zh = await runCli(['extract', '-h', '--locale', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/extract/);
    expect(zh.stdout).not.toBe(run.stdout);
  });

  it('prints each figure in its clause for review with --format text, in Chinese with --locale zh', async () => {
    const run = await runCli([
      'extract',
      SEED,
      '-j',
      '433126',
      '-y',
      '2024',
      '--format',
      'text',
      '--locale',
      'zh',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('→ reconsideration.received = 48 cases');
    expect(run.stdout).toContain('✗ year: 年份');
    expect(run.stderr).toContain('个观测值');
  });

  it('writes NDJSON and CSV observations, and honours --min-confidence', async () => {
    const nd = await runCli(['extract', SEED, '-j', '433126', '-y', '2024', '--format', 'ndjson']);
    const lines = nd.stdout.trim().split('\n');
    expect(JSON.parse(lines[0] as string).jurisdiction).toBe('433126');
    const strict = await runCli([
      'extract',
      SEED,
      '-j',
      '433126',
      '-y',
      '2024',
      '-f',
      'ndjson',
      '--min-confidence',
      '0.9',
    ]);
    expect(strict.stdout.trim().split('\n').length).toBeLessThan(lines.length);
    const csv = await runCli(['extract', SEED, '-j', '433126', '-y', '2024', '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toContain('indicator');
  });

  it('reads HTML pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-extract-'));
    const file = join(dir, 'page.html');
    writeFileSync(
      file,
      '<html><body><script>x=1</script><p>2024年度共收到行政复议案件48件,办结23件。</p></body></html>',
    );
    const run = await runCli(['extract', file, '-j', '433126', '-y', '2024', '-f', 'ndjson']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"reconsideration.received"');
  });

  it('reads PDF files with a text layer', async () => {
    const run = await runCli([
      'extract',
      'test/fixtures/extract/report.pdf',
      '-j',
      '433126',
      '-y',
      '2024',
      '-f',
      'ndjson',
    ]);
    expect(run.code).toBe(0);
    const observations = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(observations).toContainEqual(
      expect.objectContaining({ indicator: 'reconsideration.received', value: '48' }),
    );
    expect(observations[0].source.report).toBe('report');
  });

  it.each([
    [['extract'], /exactly one report file/],
    [['extract', SEED, '--year', '2024'], /--jurisdiction needs a six-digit division code/],
    [['extract', SEED, '-j', '433126'], /--year needs/],
    [
      ['extract', SEED, '-j', '433126', '-y', '2024', '-f', 'xml'],
      /--format must be json, ndjson, csv or text/,
    ],
    [['extract', SEED, '-j', '433126', '-y', '2024', '--min-confidence', '2'], /--min-confidence must be/],
    [['extract', 'missing.txt', '-j', '433126', '-y', '2024'], /cannot read missing.txt/],
  ])('%j is a usage error (exit 2, one line)', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
