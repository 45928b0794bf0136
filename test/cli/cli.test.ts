import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog, dimensions } from '../../src/catalog/default-catalog.js';
import { observationsToCsv } from '../../src/formats/csv.js';
import { stringifyDataset } from '../../src/formats/json.js';
import { observationsToNdjson } from '../../src/formats/ndjson.js';
import type { Observation } from '../../src/model/observation.js';
import { invalidObservations, validObservations } from './fixtures.js';
import { runCli } from './run-cli.js';

let dir: string;
const at = (name: string) => join(dir, name);

function write(name: string, observations: Observation[]): Promise<void> {
  const text = name.endsWith('.csv')
    ? observationsToCsv(observations)
    : name.endsWith('.json')
      ? stringifyDataset({ observations })
      : observationsToNdjson(observations);
  return writeFile(at(name), text);
}

interface JsonReport {
  ok: boolean;
  files: { file: string; observations: number; errors: number }[];
  issues: { file: string; code: string; severity: string; message: string; path: string; line?: number }[];
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fazhi-cli-'));
  for (const ext of ['json', 'ndjson', 'jsonl', 'csv']) {
    await write(`valid.${ext}`, validObservations);
    await write(`invalid.${ext}`, invalidObservations);
  }
  await writeFile(
    at('malformed.json'),
    '{\n  "observations": [\n    { "jurisdiction": "433126", }\n  ]\n}\n',
  );
  for (const ext of ['json', 'ndjson', 'csv']) await writeFile(at(`empty.${ext}`), '');
  await mkdir(at('no-data/sub'), { recursive: true });
  await writeFile(at('no-data/readme.txt'), 'nothing here');
  await mkdir(at('tree/a/b'), { recursive: true });
  await write('tree/one.json', validObservations);
  await write('tree/a/b/two.csv', validObservations);
  await writeFile(at('tree/a/notes.txt'), 'ignored');
  await writeFile(at('notes.txt'), 'not data');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('fazhi --version, --help, schema, catalog', () => {
  it('prints the version from package.json', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    const r = await runCli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('prints help, in English or Chinese, with exit 0', async () => {
    const en = await runCli(['--help']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/validate <files, folders or globs…>/);
    const zh = await runCli(['--help', '--locale', 'zh']);
    expect(zh.stdout).toContain('用法');
    // No command at all is a usage error: the help goes to stderr and a CI step missing its command fails.
    expect(await runCli([])).toEqual({ code: 2, stdout: '', stderr: en.stdout });
  });

  it('prints the committed JSON Schema', async () => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(
      JSON.parse(await readFile('src/schema/dataset.schema.json', 'utf8')),
    );
  });

  it('lists the catalog as text and JSON', async () => {
    const json = await runCli(['catalog', '--format', 'json']);
    expect(json.code).toBe(0);
    const list = JSON.parse(json.stdout) as { id: string }[];
    expect(list.map((i) => i.id)).toContain('litigation.lossRate');
    const text = await runCli(['catalog']);
    expect(text.stdout).toMatch(/^litigation\.lossRate\s/m);
    // The last line counts what the README quotes, from the catalog itself.
    const members = dimensions.reduce((n, d) => n + d.members.length, 0);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe(
      `${list.length} indicators, ${defaultCatalog.relations.length} relations, ${dimensions.length} dimensions (${members} members)`,
    );
  });
});

describe('fazhi validate', () => {
  it.each(['json', 'ndjson', 'jsonl', 'csv'])('exits 0 on a valid .%s file', async (ext) => {
    const r = await runCli(['validate', at(`valid.${ext}`), '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.ok).toBe(true);
    expect(report.files[0]).toMatchObject({ observations: 3, errors: 0 });
  });

  it.each(['json', 'ndjson', 'csv'])(
    'exits 1 with the error, its line and quote on an invalid .%s file',
    async (ext) => {
      const r = await runCli(['validate', at(`invalid.${ext}`), '--format', 'json']);
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as JsonReport;
      expect(report.ok).toBe(false);
      const error = report.issues.find((i) => i.severity === 'error');
      expect(error).toMatchObject({
        code: 'part_exceeds_whole',
        path: 'observations[1].value',
        quote: '败诉70件',
      });
      expect(error?.file).toContain(`invalid.${ext}`);
      // Line of the second observation: NDJSON line 2, CSV line 3 (after the header), JSON the line of its value.
      const jsonLines = (await readFile(at('invalid.json'), 'utf8')).split('\n');
      const expected = { json: jsonLines.indexOf('      "value": "70",') + 1, ndjson: 2, csv: 3 }[ext];
      expect(expected).toBeGreaterThan(0);
      expect(error?.line).toBe(expected);
    },
  );

  it('groups text output by file, with the quote, and no colour without a terminal', async () => {
    const r = await runCli(['validate', at('valid.json'), at('invalid.ndjson')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/valid\.json \(3 observations\)/);
    expect(r.stdout).toMatch(
      /invalid\.ndjson[^\n]*\n(?:.*\n)*?\s+error\s+part_exceeds_whole at observations\[1\]\.value, line 2\n/,
    );
    expect(r.stdout).toContain('“败诉70件”');
    // The two files are one panel too: they print different 败诉 for the same year.
    expect(r.stdout).toMatch(
      /conflicting_observation at observations\[1\]\.value, line 2\n.*“败诉70件”\) but 12 in /,
    );
    expect(r.stdout).not.toContain('\u001b[');
    const forced = await runCli(['validate', at('invalid.ndjson')], { FORCE_COLOR: '1' });
    expect(forced.stdout).toContain('\u001b[31m');
    const noColour = await runCli(['validate', at('invalid.ndjson')], { FORCE_COLOR: '1', NO_COLOR: '1' });
    expect(noColour.stdout).not.toContain('\u001b[');
  });

  it('prints GitHub workflow annotations', async () => {
    const r = await runCli(['validate', at('invalid.csv'), '--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(
      lines.some((l) =>
        /^::error file=[^,]*invalid\.csv,line=3,title=fazhi part_exceeds_whole::observations\[1\]\.value: /.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(lines.every((l) => /^::(error|warning|notice) file=/.test(l))).toBe(true);
  });

  it('speaks Chinese with --locale zh', async () => {
    const r = await runCli(['validate', at('invalid.ndjson'), '--locale', 'zh', '--format', 'json']);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reports a malformed JSON file with its line (exit 1)', async () => {
    const r = await runCli(['validate', at('malformed.json'), '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'invalid_json', severity: 'error', line: 3 }),
    ]);
  });

  it.each(['json', 'ndjson', 'csv'])('reports an empty .%s file (exit 1)', async (ext) => {
    const r = await runCli(['validate', at(`empty.${ext}`), '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as JsonReport).issues.map((i) => i.code)).toEqual(['empty_file']);
  });

  it('searches folders recursively for data files only', async () => {
    const r = await runCli(['validate', at('tree'), '--format', 'json']);
    expect(r.code).toBe(0);
    const files = (JSON.parse(r.stdout) as JsonReport).files.map((f) => f.file);
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/a[/\\]b[/\\]two\.csv$/);
    expect(files[1]).toMatch(/one\.json$/);
  });

  it('refuses a JSON file above the size limit, naming NDJSON, without crashing', async () => {
    const r = await runCli(['validate', at('valid.json'), '--max-json-bytes', '100', '--format', 'json']);
    expect(r.code).toBe(1);
    const [first] = (JSON.parse(r.stdout) as JsonReport).issues;
    expect(first?.code).toBe('file_too_large_for_json');
    expect(first?.message).toContain('NDJSON');
  });
});

describe('exit status 2: usage and unreadable input, one clear line, no stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['a folder with no data', ['validate', 'NO_DATA'], /No data files in folder/],
    ['a missing path', ['validate', 'MISSING'], /No such file or folder/],
    ['a file of unknown type', ['validate', 'NOTES'], /Cannot tell the format/],
    ['an unknown command', ['frobnicate'], /Unknown command "frobnicate"/],
    ['validate without paths', ['validate'], /needs at least one file or folder/],
    ['an unknown flag', ['validate', 'VALID', '--frobnicate'], /Unknown option --frobnicate/],
    [
      'a bad --format',
      ['validate', 'VALID', '--format', 'xml'],
      /--format must be one of text, json, github/,
    ],
    ['a bad --locale', ['validate', 'VALID', '--locale', 'fr'], /--locale must be one of en, zh/],
    ['github format for rates', ['rates', 'VALID', '--format', 'github'], /--format github is for validate/],
    [
      'github format for catalog',
      ['catalog', '--format', 'github'],
      /--format github is for validate; use text or json with catalog/,
    ],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const paths: Record<string, string> = {
      NO_DATA: at('no-data'),
      MISSING: at('missing.json'),
      NOTES: at('notes.txt'),
      VALID: at('valid.json'),
    };
    const r = await runCli(args.map((a) => paths[a] ?? a));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a file without read permission', async (ctx) => {
    if (process.getuid?.() === 0) ctx.skip(); // root reads anything
    const path = at('locked.json');
    await writeFile(path, '{"observations": []}');
    await chmod(path, 0o000);
    const r = await runCli(['validate', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Permission denied/);
  });

  it('messages in Chinese with --locale zh', async () => {
    const r = await runCli(['validate', at('missing.json'), '--locale', 'zh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('文件或文件夹不存在');
  });
});

describe('fazhi rates', () => {
  it.each(['json', 'ndjson', 'csv'])('lists derived rates of a .%s file as JSON rows', async (ext) => {
    const r = await runCli(['rates', at(`valid.${ext}`), '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows).toContainEqual(
      expect.objectContaining({
        jurisdiction: '433126',
        year: 2023,
        indicator: 'litigation.lossRate',
        basis: 'concluded',
        numerator: '12',
        denominator: '54',
        computed: '22.22',
        published: '22.22',
      }),
    );
  });

  it('prints them as text with published beside computed', async () => {
    const r = await runCli(['rates', at('valid.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/12 \/ 54 = 22\.22%\s+published 22\.22% consistent/);
  });
});
