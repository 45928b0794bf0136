// Hostile and odd input for the CLI, as a CI service meets it (a pull request can put any file in a data folder):
// each case builds its input, says what the CLI must answer, and how long and how much memory that should take.
// Shared by test/cli/hostile.test.ts (small inputs, ceilings ten times the expected figures) and
// scripts/hostile-table.ts (the sizes of issue 13, for docs/reliability.md).
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCatalog } from '../../src/catalog/default-catalog.js';
import { divisions } from '../../src/divisions/index.js';
import { observations } from '../bench/generate.mjs';

/** Small inputs for the test suite, or the sizes the issue reported for the table. */
export type Scale = 'test' | 'table';

/** What a case must give. */
export interface Expected {
  /** Exit status. */
  readonly code: number;
  /** Must match stdout. */
  readonly stdout?: RegExp;
  /** Must match stderr. */
  readonly stderr?: RegExp;
  /** Must not match stdout (e.g. a raw escape character). */
  readonly notStdout?: RegExp;
  /** Most lines on stderr. */
  readonly maxStderrLines?: number;
}

/** One hostile input. */
export interface HostileCase {
  readonly name: string;
  /** What the input is, at this scale, for the table. */
  describe(scale: Scale): string;
  /** Writes the input under `dir` and returns the CLI arguments (and environment) to run. */
  setup(dir: string, scale: Scale): Promise<{ args: string[]; env?: Record<string, string> }>;
  readonly expected: Expected;
  /** The expected wall time (s) and peak RSS (MB) at test scale; the test allows ten times each. */
  readonly seconds: number;
  readonly megabytes: number;
  /** Run as an unprivileged user (a permission test means nothing to root). */
  readonly unprivileged?: boolean;
}

/** What a run gave, measured in the test process. */
export interface Measured {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  readonly megabytes: number;
}

const HOOK = fileURLToPath(new URL('./peak-rss.mjs', import.meta.url));

/**
 * Runs the CLI with its peak RSS recorded by a preloaded hook and its wall time measured here.
 *
 * @param cli - the built CLI
 * @param args - its arguments
 * @param dir - a folder for the measurement file
 * @param options - environment, and a uid/gid to run as
 * @returns the exit status, output, seconds and peak MB
 */
export async function runMeasured(
  cli: string,
  args: readonly string[],
  dir: string,
  options: { env?: Record<string, string>; uid?: number; gid?: number } = {},
): Promise<Measured> {
  const rssFile = join(dir, `.peak-rss-${process.pid}-${Date.now()}`);
  await writeFile(rssFile, '');
  await chmod(rssFile, 0o666);
  const started = performance.now();
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, ['--import', HOOK, cli, ...args], {
        env: {
          ...process.env,
          NO_COLOR: undefined,
          FORCE_COLOR: undefined,
          ...options.env,
          FAZHI_PEAK_RSS_FILE: rssFile,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({
          code,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        }),
      );
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const kb = Number((await readFile(rssFile, 'utf8')) || 'NaN');
  await rm(rssFile, { force: true });
  return { ...result, seconds, megabytes: kb / 1024 };
}

/**
 * The problems of a run against what was expected (empty when it passed): exit status, messages, no stack trace,
 * no internal error.
 *
 * @param r - the run
 * @param e - the expectation
 * @returns what went wrong
 */
export function check(r: Measured, e: Expected): string[] {
  const wrong: string[] = [];
  if (r.code !== e.code) wrong.push(`exit status ${r.code}, expected ${e.code}`);
  if (e.stdout && !e.stdout.test(r.stdout)) wrong.push(`stdout does not match ${e.stdout}`);
  if (e.stderr && !e.stderr.test(r.stderr)) wrong.push(`stderr does not match ${e.stderr}`);
  if (e.notStdout?.test(r.stdout)) wrong.push(`stdout matches ${e.notStdout}`);
  const lines = r.stderr.split('\n').filter(Boolean).length;
  if (e.maxStderrLines !== undefined && lines > e.maxStderrLines) wrong.push(`${lines} lines on stderr`);
  if (/\n\s+at |internal error|内部错误|internal_error|FATAL ERROR/.test(r.stdout + r.stderr)) {
    wrong.push('a stack trace or an internal error');
  }
  return wrong;
}

const HEADER = 'jurisdiction,year,indicator,value,source.report,source.quote\n';
const ob = (value: unknown, extra: Record<string, unknown> = {}) => ({
  jurisdiction: '433126',
  year: 2023,
  indicator: 'litigation.cases',
  value,
  ...extra,
});
const json = (observations: unknown[]) => JSON.stringify({ observations });
const ndjson = (observations: unknown[]) => observations.map((o) => `${JSON.stringify(o)}\n`).join('');
const csv = (observations: { value: unknown }[]) =>
  HEADER + observations.map((o) => `433126,2023,litigation.cases,${String(o.value)},,\n`).join('');
const MB = 1024 * 1024;

/** Writes big inputs in pieces, so the test process never holds them whole. */
async function writePieces(path: string, pieces: Iterable<string>): Promise<void> {
  const stream = createWriteStream(path);
  for (const p of pieces)
    if (!stream.write(p)) await new Promise<void>((r) => stream.once('drain', () => r()));
  await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

function* repeat(piece: string, times: number): Generator<string> {
  for (let k = 0; k < times; k++) yield piece;
}

/** The same unsorted data in each format: a figure given twice, the two split by another jurisdiction. */
const UNSORTED = [ob(54), ob(10, { jurisdiction: '433127' }), ob(55)];

/**
 * Realistic observations (the benchmark's generator: figures that satisfy the catalog's relations, printed rates
 * that recompute) of `jurisdictions` × 10 years × 100 indicators, in a shuffled order (a prime stride), then the
 * first one again with another value: an unsorted conflict that must be found.
 */
function* shuffledLines(jurisdictions: number): Generator<string> {
  const codes = divisions.slice(0, jurisdictions).map((d) => d.code);
  const years = Array.from({ length: 10 }, (_, i) => 2015 + i);
  const lines = [
    ...observations({ catalog: defaultCatalog, jurisdictions: codes, years, seed: 13, faults: 0 }),
  ].map((o) => `${JSON.stringify(o)}\n`);
  const n = lines.length;
  const stride = n % 7919 === 0 ? 7907 : 7919;
  for (let k = 0; k < n; k++) yield lines[(k * stride) % n] as string;
  const first = JSON.parse(lines[0] as string) as { value: string };
  yield `${JSON.stringify({ ...first, value: String(Number(first.value) + 1) })}\n`;
}

/** Every hostile case. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  ...(['json', 'ndjson', 'csv'] as const).map(
    (format): HostileCase => ({
      name: `exponent bomb (${format})`,
      describe: (s) =>
        `"value": "${s === 'table' ? '1e999999999' : '1e999999999'}" in a ${format.toUpperCase()} file of 100 bytes`,
      async setup(dir) {
        const path = join(dir, `bomb.${format}`);
        const list = [ob('1e999999999')];
        await writeFile(
          path,
          format === 'json' ? json(list) : format === 'ndjson' ? ndjson(list) : csv(list),
        );
        return { args: ['validate', path] };
      },
      expected: { code: 1, stdout: /limit_exceeded[\s\S]*exponent is beyond ±100/ },
      seconds: 1.5,
      megabytes: 90,
    }),
  ),
  {
    name: 'exponent bomb (rates)',
    describe: () => '`fazhi rates` on "1e999999999" in NDJSON (it grew to 4 GB and died)',
    async setup(dir) {
      const path = join(dir, 'bomb-rates.ndjson');
      await writeFile(path, ndjson([ob('1e999999999'), ob(12, { indicator: 'litigation.lost' })]));
      return { args: ['rates', path] };
    },
    expected: { code: 0, stderr: /invalid observation was left out/ },
    seconds: 1.5,
    megabytes: 90,
  },
  ...(['json', 'ndjson', 'csv'] as const).map(
    (format): HostileCase => ({
      name: `long value (${format})`,
      describe: (s) =>
        `a value of ${s === 'table' ? '300,000' : '100,000'} characters \`1…1.1…1x\` in ${format.toUpperCase()}`,
      async setup(dir, s) {
        const half = s === 'table' ? 150_000 : 50_000;
        const list = [ob(`${'1'.repeat(half)}.${'1'.repeat(half)}x`)];
        const path = join(dir, `long-value.${format}`);
        await writeFile(
          path,
          format === 'json' ? json(list) : format === 'ndjson' ? ndjson(list) : csv(list),
        );
        return { args: ['validate', path] };
      },
      expected: { code: 1, stdout: /limit_exceeded[\s\S]*longer than 100 characters/ },
      seconds: 1.5,
      megabytes: 90,
    }),
  ),
  {
    name: 'long CSV header cell',
    describe: (s) => `a header cell of ${s === 'table' ? '16 MB' : '4 MB'}`,
    async setup(dir, s) {
      const path = join(dir, 'long-header.csv');
      const size = s === 'table' ? 16_000_000 : 4_000_000;
      await writePieces(path, [
        'jurisdiction,year,indicator,value,',
        ...repeat('x'.repeat(1_000_000), size / 1_000_000),
        '\n433126,2023,a.b,1,\n',
      ]);
      return { args: ['validate', path] };
    },
    expected: { code: 1, stdout: /csv_unknown_column/ },
    seconds: 2,
    megabytes: 110,
  },
  {
    name: 'CSV header past the record limit',
    describe: () => 'a header line of 16 MiB + 1 characters',
    async setup(dir) {
      const path = join(dir, 'longer-header.csv');
      await writePieces(path, [
        'jurisdiction,year,indicator,value,',
        ...repeat('x'.repeat(MB), 16),
        '\n433126,2023,a.b,1,\n',
      ]);
      return { args: ['validate', path] };
    },
    expected: { code: 1, stdout: /csv_malformed_row[\s\S]*too long to read|csv_missing_column/ },
    seconds: 2,
    megabytes: 130,
  },
  {
    name: 'multi-line quoted CSV field',
    describe: (s) =>
      `a valid quoted field of ${s === 'table' ? '20 MB spanning 250,000' : '8 MiB spanning 100,000'} lines`,
    async setup(dir, s) {
      const path = join(dir, 'quoted.csv');
      const lines = s === 'table' ? 250_000 : 100_000;
      const piece = `${'quoted text '.repeat(7)}\n`;
      const width = Math.ceil((s === 'table' ? 20_000_000 : 8 * MB) / lines);
      await writePieces(path, [
        HEADER,
        '433126,2023,litigation.cases,12,r,"',
        ...repeat(piece.padStart(width, ' '), lines),
        '"\n',
        '433126,2023,litigation.lost,5,,\n',
      ]);
      return { args: ['validate', path] };
    },
    expected: { code: 1, stdout: /(limit_exceeded[\s\S]*4096)|(csv_malformed_row)/ },
    seconds: 2,
    megabytes: 180,
  },
  {
    name: 'long NDJSON line',
    describe: (s) => `one line of ${s === 'table' ? '300 MB' : '20 MB'}`,
    async setup(dir, s) {
      const path = join(dir, 'long-line.ndjson');
      const size = s === 'table' ? 300 : 20;
      await writePieces(path, [
        '{"jurisdiction":"433126","year":2023,"indicator":"litigation.cases","value":1,"note":"',
        ...repeat('x'.repeat(1_000_000), size),
        '"}\n',
        ndjson([ob(3, { indicator: 'litigation.lost' })]),
      ]);
      return { args: ['validate', path] };
    },
    expected: { code: 1, stdout: /line_too_long/ },
    seconds: 1.5,
    megabytes: 110,
  },
  {
    name: 'deep nesting',
    describe: (s) => `JSON nested ${s === 'table' ? '1,000,000' : '5,000'} levels deep`,
    async setup(dir, s) {
      const depth = s === 'table' ? 1_000_000 : 5_000;
      const path = join(dir, 'deep.json');
      await writePieces(path, [
        '{"observations":[{"jurisdiction":"433126","year":2023,"indicator":"litigation.cases","value":1,"note":',
        '['.repeat(depth),
        ']'.repeat(depth),
        '}]}',
      ]);
      return { args: ['validate', path] };
    },
    expected: { code: 1, stdout: /limit_exceeded[\s\S]*nested more than 64 levels/ },
    seconds: 1.5,
    megabytes: 90,
  },
  {
    name: 'endless special file',
    describe: () => 'data.ndjson, a link to /dev/zero, named on the command line',
    async setup(dir) {
      const path = join(dir, 'zero.ndjson');
      await symlink('/dev/zero', path);
      return { args: ['validate', path] };
    },
    expected: { code: 2, stderr: /not a regular file/ },
    seconds: 1.5,
    megabytes: 90,
  },
  {
    name: 'symbolic link loop',
    describe: () => 'a folder holding a link to itself and one dataset',
    async setup(dir) {
      const root = join(dir, 'loop');
      await mkdir(join(root, 'sub'), { recursive: true });
      await symlink(root, join(root, 'sub', 'back'));
      await writeFile(join(root, 'a.ndjson'), ndjson([ob(1)]));
      return { args: ['validate', root] };
    },
    expected: { code: 0, stdout: /1 file/ },
    seconds: 1.5,
    megabytes: 90,
  },
  {
    name: 'unreadable file',
    describe: () => 'a file without read permission (run as an unprivileged user)',
    async setup(dir) {
      const path = join(dir, 'locked.json');
      await writeFile(path, json([ob(1)]));
      await chmod(path, 0o000);
      return { args: ['validate', path] };
    },
    expected: { code: 2, stderr: /Permission denied/ },
    seconds: 1.5,
    megabytes: 90,
    unprivileged: true,
  },
  ...(['json', 'ndjson', 'csv'] as const).map(
    (format): HostileCase => ({
      name: `unsorted conflict (${format})`,
      describe: () =>
        `54 and 55 for the same figure, split by another jurisdiction, in ${format.toUpperCase()}`,
      async setup(dir) {
        const path = join(dir, `unsorted.${format}`);
        await writeFile(
          path,
          format === 'json' ? json(UNSORTED) : format === 'ndjson' ? ndjson(UNSORTED) : csv(UNSORTED),
        );
        return { args: ['validate', path, '--format', 'json'] };
      },
      expected: {
        code: 1,
        stdout: /"code": "conflicting_observation"[\s\S]*"path": "observations\[2\]\.value"/,
      },
      seconds: 1.5,
      megabytes: 90,
    }),
  ),
  {
    name: 'unsorted file past the memory budget',
    describe: (s) =>
      `${s === 'table' ? '1,000 jurisdictions, 1 million' : '60 jurisdictions, 60,000'} observations in shuffled order, the first repeated with another value at the end (spilled to temporary files)`,
    async setup(dir, s) {
      const path = join(dir, 'shuffled.ndjson');
      await writePieces(path, shuffledLines(s === 'table' ? 1_000 : 60));
      // At test scale, a small budget makes the spill path run on a small file.
      return {
        args: ['validate', path, '--format', 'json', '--max-issues', '50'],
        ...(s === 'test' ? { env: { FAZHI_SPILL_BUDGET: '1000000' } } : {}),
      };
    },
    // The one error is the conflict at the end (the generated figures hold); the summary counts it.
    expected: { code: 1, stdout: /"errors": 1,/ },
    seconds: 3,
    megabytes: 150,
  },
  {
    name: 'duplicate JSON keys',
    describe: () => 'an observation with "value" twice',
    async setup(dir) {
      const path = join(dir, 'dup.json');
      await writeFile(
        path,
        '{"observations":[{"jurisdiction":"433126","year":2023,"indicator":"litigation.cases","value":1,"value":2}]}',
      );
      return { args: ['validate', path] };
    },
    expected: { code: 1, stdout: /duplicate_key/ },
    seconds: 1.5,
    megabytes: 90,
  },
  {
    name: 'control characters in a quote',
    describe: () => 'a quote holding ESC sequences, CR and bidi overrides, shown in text output',
    async setup(dir) {
      const path = join(dir, 'controls.ndjson');
      const quote = 'x\u001b[2J\u001b[1;1H✔ all good\r\u202e';
      await writeFile(
        path,
        ndjson([
          ob(10, { indicator: 'litigation.concluded' }),
          ob(20, { indicator: 'litigation.lost', source: { report: 'r', quote } }),
        ]),
      );
      return { args: ['validate', path] };
    },
    expected: {
      code: 1,
      stdout: /\\u001b\[2J/,
      // No raw ESC, CR or right-to-left override reaches the terminal.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point.
      notStdout: /[\u001b\r\u202e]/,
    },
    seconds: 1.5,
    megabytes: 90,
  },
  {
    name: 'JSON past the string limit',
    describe: () => 'a 600 MB JSON file with --max-json-bytes raised to 2 GB (a sparse file)',
    async setup(dir) {
      const path = join(dir, 'huge.json');
      await writeFile(path, '');
      await truncate(path, 600 * MB);
      return { args: ['validate', path, '--max-json-bytes', '2000000000'] };
    },
    expected: { code: 1, stdout: /file_too_large_for_json[\s\S]*NDJSON/ },
    seconds: 1.5,
    megabytes: 90,
  },
  {
    name: 'malformed-row flood (rates)',
    describe: (s) => `\`fazhi rates\` on a CSV of ${s === 'table' ? '1,000,000' : '100,000'} malformed rows`,
    async setup(dir, s) {
      const path = join(dir, 'flood.csv');
      await writePieces(path, [
        HEADER,
        ...repeat('433126,2023,"a"b,1,,\n'.repeat(1000), s === 'table' ? 1000 : 100),
      ]);
      return { args: ['rates', path] };
    },
    expected: { code: 1, stderr: /more reading problems not shown/, maxStderrLines: 205 },
    seconds: 4,
    megabytes: 170,
  },
  {
    name: 'one jurisdiction-year of 20,000 observations',
    describe: () => '20,000 observations of 433126 2023 under distinct bases',
    async setup(dir) {
      const path = join(dir, 'big-group.ndjson');
      await writePieces(
        path,
        (function* () {
          for (let k = 0; k < 20_000; k++) yield `${JSON.stringify(ob(k, { basis: `b${k}` }))}\n`;
        })(),
      );
      return { args: ['validate', path] };
    },
    expected: { code: 1, stdout: /limit_exceeded[\s\S]*more than 10000 observations/ },
    seconds: 1.5,
    megabytes: 100,
  },
  {
    name: 'folder of many files',
    describe: (s) =>
      `${s === 'table' ? '10,000' : '1,000'} small files, names with spaces and Chinese characters`,
    async setup(dir, s) {
      const root = join(dir, 'many files 数据');
      await mkdir(root, { recursive: true });
      const n = s === 'table' ? 10_000 : 1_000;
      // The same figure in every file, so that the folder is also a consistent panel (two files printing different
      // values for it would be a conflicting_observation).
      for (let k = 0; k < n; k++) await writeFile(join(root, `文件 ${k}.ndjson`), ndjson([ob(7)]));
      return { args: ['validate', root, '--format', 'json', '--max-issues', '1'] };
    },
    expected: { code: 0, stdout: /"ok": true/ },
    seconds: 4,
    megabytes: 120,
  },
];
