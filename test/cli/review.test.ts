// End-to-end tests for problems found by using the CLI as a reviewer would: each case once failed.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../src/model/observation.js';
import { validObservations } from './fixtures.js';
import { runCli } from './run-cli.js';

let dir: string;
const at = (name: string) => join(dir, name);

// 古丈县: cases concluded, then lost (the valid pair of the shared fixtures).
const [concluded, lost] = validObservations as [Observation, Observation];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fazhi-cli-review-'));
  await writeFile(at('null.json'), 'null');
  await writeFile(at('array.json'), '[]');
  await writeFile(at('string.json'), '"hello"');
  await writeFile(at('object.json'), '{}');
  // One valid pair and one observation with a misspelt field, which rates must not drop in silence.
  await writeFile(
    at('typo.json'),
    JSON.stringify({ observations: [concluded, lost, { ...lost, indicater: 'x', indicator: undefined }] }),
  );
  await writeFile(
    at('multiline.csv'),
    'jurisdiction,year,indicator,value,unit,source.quote\n433126,2023,litigation.lost,70,cases,"败诉\n70件"\n',
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('valid JSON that is not a dataset', () => {
  it('validate reports null as schema_invalid instead of an internal error', async () => {
    const r = await runCli(['validate', at('null.json'), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { issues: { code: string }[] };
    expect(report.issues.map((i) => i.code)).toEqual(['schema_invalid']);
  });

  it.each(['null', 'array', 'string', 'object'])(
    'rates refuses %s.json with exit 1 and a message',
    async (name) => {
      const en = await runCli(['rates', at(`${name}.json`)]);
      expect(en.code).toBe(1);
      expect(en.stderr).toMatch(/error: Not a dataset: .*"observations" array \(schema_invalid\)\n$/);
      const zh = await runCli(['rates', at(`${name}.json`), '--locale', 'zh']);
      expect(zh.stderr).toMatch(/错误：不是数据集/);
    },
  );
});

describe('rates says when it leaves observations out', () => {
  it('counts the invalid observations, still derives the rest, and exits 0 (a warning)', async () => {
    const r = await runCli(['rates', at('typo.json'), '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { indicator: string; computed?: string }[];
    expect(rows).toContainEqual(
      expect.objectContaining({ indicator: 'litigation.lossRate', computed: '22.22' }),
    );
    expect(r.stderr).toMatch(
      /warning: 1 invalid observation was left out of the rates; fazhi validate .*typo\.json/,
    );
    const zh = await runCli(['rates', at('typo.json'), '--locale', 'zh']);
    expect(zh.stderr).toContain('警告：1 条无效观测未参与比率计算');
  });

  it('does the same for a streamed CSV file', async () => {
    const r = await runCli(['rates', at('multiline.csv')]);
    expect(r.stderr).toMatch(/1 invalid observation was left out/);
  });
});

describe('command-line mistakes are explained in both languages', () => {
  const cases: [string, string[], RegExp, RegExp][] = [
    [
      'a misspelt option',
      ['validate', 'x', '--fromat', 'json'],
      /^fazhi: Unknown option --fromat \(did you mean --format\?\); see fazhi --help/,
      /^fazhi: 未知选项 --fromat（是否想输入 --format？）/,
    ],
    [
      'an option without its value',
      ['validate', 'x', '--format'],
      /^fazhi: Option --format needs a value/,
      /^fazhi: 选项 --format 需要一个值/,
    ],
    [
      'a value given to a flag',
      ['validate', 'x', '--help=yes'],
      /^fazhi: Option --help takes no value/,
      /^fazhi: 选项 --help 不接受值/,
    ],
    [
      'an unknown rule',
      ['validate', 'x', '--no-rule', 'partWholes'],
      /^fazhi: --no-rule: unknown rule "partWholes" \(did you mean partsWholes\?\); the rules are structure, /,
      /^fazhi: --no-rule：未知规则“partWholes”（是否想输入 partsWholes？）/,
    ],
    [
      'a misspelt command',
      ['valdate', 'x'],
      /^fazhi: Unknown command "valdate" \(did you mean validate\?\)/,
      /^fazhi: 未知命令“valdate”（是否想输入 validate？）/,
    ],
    [
      'a misspelt extract',
      ['extrat', 'x'],
      /^fazhi: Unknown command "extrat" \(did you mean extract\?\); the commands are .*extract/,
      /^fazhi: 未知命令“extrat”（是否想输入 extract？）/,
    ],
  ];
  it.each(cases)('%s', async (_name, args, en, zh) => {
    const r = await runCli(args);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(en);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const z = await runCli([...args, '--locale', 'zh']);
    expect(z.code).toBe(2);
    expect(z.stderr).toMatch(zh);
    expect(z.stderr).not.toMatch(/[A-Z][a-z]+ option|argument/);
  });

  it('finds -lzh before the error, for an error in the command line', async () => {
    const r = await runCli(['-lzh', 'frobnicate']);
    expect(r.stderr).toContain('未知命令');
  });
});

describe('text output', () => {
  it('keeps a quote that spans lines indented under its issue', async () => {
    const r = await runCli(['validate', at('multiline.csv')]);
    const lines = r.stdout.split('\n');
    const open = lines.findIndex((l) => l.includes('“败诉'));
    expect(open).toBeGreaterThan(0);
    expect(lines[open]).toBe('          “败诉');
    expect(lines[open + 1]).toBe('          70件”');
  });

  it('is all Chinese around the messages with --locale zh: severity and position', async () => {
    const r = await runCli(['validate', at('multiline.csv'), '--locale', 'zh']);
    expect(r.stdout).toMatch(/^ {2}错误 {3} missing_field 位于 observations\[0\]\.source\.report，第 2 行$/m);
    expect(r.stdout).not.toMatch(/\b(at|line|error)\b/);
  });
});

describe('fazhi catalog', () => {
  it('aligns its columns whatever the longest unit or kind', async () => {
    const r = await runCli(['catalog']);
    const rows = r.stdout.trim().split('\n').slice(0, -1);
    expect(rows.length).toBeGreaterThan(10);
    // The kind and name columns start at the same place in every row, also after "organisations".
    const columns = (l: string) => {
      const m = /^(\S+\s+)(\S+\s+)(\S+\s+)/.exec(l);
      return m ? [m[1]?.length, (m[1]?.length ?? 0) + (m[2]?.length ?? 0)] : [];
    };
    const first = columns(rows[0] ?? '');
    expect(rows.some((l) => l.includes(' organisations '))).toBe(true);
    for (const l of rows) expect(columns(l)).toEqual(first);
  });
});

describe('reading problems, end to end', () => {
  it('places a trailing comma in a JSON dataset, in text and GitHub annotations', async () => {
    const path = at('trailing-comma.json');
    await writeFile(path, `{\n  "observations": [\n    ${JSON.stringify(concluded)},\n  ]\n}\n`);
    const text = await runCli(['validate', path, '--locale', 'zh']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      /invalid_json 位于 第 3 行\n +文件不是有效的 JSON：右括号前多了逗号.*（第 3 行第 \d+ 列）/,
    );
    const gh = await runCli(['validate', path, '--format', 'github']);
    expect(gh.stdout).toMatch(
      /^::error file=[^\n]*trailing-comma\.json,line=3,col=\d+,title=fazhi invalid_json::The file is not valid JSON: a comma before the closing bracket/m,
    );
  });

  it('calls a header-only CSV file what it is', async () => {
    const path = at('header-only.csv');
    await writeFile(path, '\uFEFFjurisdiction,year,indicator,value\r\n');
    const r = await runCli(['validate', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('The file has a header but no rows');
  });
});

describe('fazhi rates text output', () => {
  it('names a file that gives no rate instead of leaving it out, and says why a rate is missing in words', async () => {
    const none = at('no-rates.json');
    await writeFile(none, JSON.stringify({ observations: [concluded] }));
    const published = at('published.json');
    await writeFile(
      published,
      JSON.stringify({
        observations: [
          {
            ...concluded,
            indicator: 'litigation.lossRate',
            value: '20',
            unit: 'percent',
            basis: 'concluded',
          },
        ],
      }),
    );
    const r = await runCli(['rates', none, published]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no-rates\.json\n {2}no rate can be derived from this file\n/);
    expect(r.stdout).toContain('not computable (missing input)');
    const zh = await runCli(['rates', none, published, '--locale', 'zh']);
    expect(zh.stdout).toMatch(/no-rates\.json\n {2}无可推算的比率\n/);
    expect(zh.stdout).toContain('无法计算（缺少输入）');
  });
});

describe('GitHub annotations', () => {
  it('escape % CR LF in the message and also , : in properties, one annotation per line', async () => {
    const path = at('a,b:c%.csv');
    await writeFile(
      path,
      'jurisdiction,year,indicator,value,unit,source.report,source.quote\n' +
        '433126,2023,litigation.concluded,54,cases,r,审结54件\n' +
        '433126,2023,litigation.lost,70,cases,r,"败诉70件，\r\n占100%"\n',
    );
    const r = await runCli(['validate', path, '--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^::error file=[^,:]*a%2Cb%3Ac%25\.csv,line=3,title=fazhi part_exceeds_whole::observations\[1\]\.value: .* — “败诉70件，%0D%0A占100%25”$/,
    );
    expect(lines[1]).toBe('1 error, 0 warnings, 0 infos in 1 file (2 observations)');
  });
});

describe('file collection', () => {
  it('validates a file once however it is named (folder, ./path, absolute path)', async () => {
    const sub = at('once');
    await mkdir(sub);
    await writeFile(join(sub, 'a.json'), JSON.stringify({ observations: [concluded, lost] }));
    const r = await runCli(['validate', sub, `${sub}/./a.json`, `${sub}/../once/a.json`, '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { files: unknown[] }).files).toHaveLength(1);
  });
});

describe('symbolic links in folders', () => {
  it('are followed to data files and folders, without looping on a link back up', async () => {
    const root = at('links');
    await mkdir(join(root, 'real'), { recursive: true });
    await writeFile(at('linked.json'), JSON.stringify({ observations: [concluded, lost] }));
    await symlink(at('linked.json'), join(root, 'a.json'));
    await symlink(root, join(root, 'real', 'loop'));
    await writeFile(join(root, 'real', 'b.ndjson'), `${JSON.stringify(concluded)}\n`);
    const r = await runCli(['validate', root, '--format', 'json']);
    expect(r.code).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/a\.json$/);
    expect(files[1]).toMatch(/real[/\\]b\.ndjson$/);
  });

  it('report a broken link to a data file (exit 2) instead of skipping it', async () => {
    const root = at('broken-link');
    await mkdir(root);
    await symlink(at('gone.json'), join(root, 'a.json'));
    const r = await runCli(['validate', root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fazhi: No such file or folder: .*a\.json\n$/);
  });
});

describe('files that are not UTF-8', () => {
  // "审结54件" in GBK, the default of Excel's "CSV" on Chinese Windows.
  const gbk = Buffer.from([0xc9, 0xf3, 0xbd, 0xe1, 0x35, 0x34, 0xbc, 0xfe]);

  it('are read as GB18030 when they are, and an error (exit 1) under --encoding utf8 instead of garbled quotes', async () => {
    const path = at('gbk.csv');
    const head =
      'jurisdiction,year,indicator,value,unit,source.report,source.quote\r\n433126,2023,litigation.concluded,54,cases,r,';
    await writeFile(path, Buffer.concat([Buffer.from(head), gbk, Buffer.from('\r\n')]));
    const auto = await runCli(['validate', path, '--format', 'json']);
    expect(auto.code).toBe(0);
    const report = JSON.parse(auto.stdout) as { files: { encoding?: string }[] };
    expect(report.files[0]?.encoding).toBe('gb18030');
    const r = await runCli(['validate', path, '--locale', 'zh', '--encoding', 'utf8']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('not_utf8 位于 第 2 行');
    expect(r.stdout).toContain('Excel 中选择“CSV UTF-8”');
  });

  it('are an error in a JSON dataset read as UTF-8, for validate and rates', async () => {
    const path = at('gbk.json');
    const [before, after] = JSON.stringify({ observations: [concluded] }, null, 2).split(
      '审结行政诉讼案件54件',
    );
    await writeFile(path, Buffer.concat([Buffer.from(before ?? ''), gbk, Buffer.from(after ?? '')]));
    const v = await runCli(['validate', path, '--format', 'json', '--encoding', 'utf8']);
    expect(v.code).toBe(1);
    expect((JSON.parse(v.stdout) as { issues: { code: string }[] }).issues.map((i) => i.code)).toContain(
      'not_utf8',
    );
    const r = await runCli(['rates', path, '--encoding', 'utf8']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: Line \d+ holds bytes that are not valid UTF-8 .*\(not_utf8\)/);
  });
});

describe('a file under the wrong extension', () => {
  it('a pretty-printed JSON dataset named .ndjson is told to be named .json', async () => {
    const path = at('pretty.ndjson');
    await writeFile(path, JSON.stringify({ observations: [concluded] }, null, 2));
    const r = await runCli(['validate', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Line 1 is not valid JSON');
    expect(r.stdout).toContain('Name it .json');
  });
});

describe('a tab-separated file named .csv', () => {
  it("is read (a spreadsheet's tab-separated export)", async () => {
    const path = at('tabs.csv');
    await writeFile(path, 'jurisdiction\tyear\tindicator\tvalue\n433126\t2023\tlitigation.lost\t12\n');
    const r = await runCli(['validate', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tabs.csv (1 observation)');
  });
});
