// Issue 10 end to end: files made the way analysts make them (GBK and UTF-16 CSV, .xlsx written by a spreadsheet
// library, standard input, globs, folders with unrelated JSON files) and the options teams run in CI.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliBytes } from './run-cli.js';

let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fazhi-kept-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** 咸宁市 2024: 44,180 of 45,771 mediated disputes succeeded, printed as 96% (truncated: a warning). */
const HEADER = 'jurisdiction,year,indicator,value,unit,source.report,source.quote';
const ROWS = [
  '421200,2024,mediation.cases,45771,cases,xianning-2024,全年共调解矛盾纠纷45771件',
  '421200,2024,mediation.succeeded,44180,cases,xianning-2024,调解成功44180件',
  '421200,2024,mediation.successRate,96,percent,xianning-2024,调解成功率96%',
];
const CSV = `${[HEADER, ...ROWS].join('\r\n')}\r\n`;

interface JsonRun {
  ok: boolean;
  files: {
    file: string;
    observations: number;
    errors: number;
    warnings: number;
    encoding?: string;
    sheet?: string;
  }[];
  issues: {
    file: string;
    code: string;
    path: string;
    line?: number;
    sheet?: string;
    cell?: string;
    message: string;
    quote?: string;
    details?: Record<string, unknown>;
  }[];
  skipped: { file: string; reason: string }[];
  maxWarnings?: number;
  tooManyWarnings?: boolean;
}

const json = (stdout: string) => JSON.parse(stdout) as JsonRun;

describe('text files in the encodings spreadsheet programs save', () => {
  it('reads a GBK CSV (Chinese Excel\'s "CSV") and says it was read as GB18030', async () => {
    await writeFile(at('gbk.csv'), iconv.encode(CSV, 'gbk'));
    const text = await runCli(['validate', at('gbk.csv')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('(3 observations, read as GB18030)');
    expect(text.stdout).toContain('“调解成功率96%”');
    const zh = await runCli(['validate', at('gbk.csv'), '--locale', 'zh']);
    expect(zh.stdout).toContain('（3 条观测，按 GB18030 编码读取）');
    const r = json((await runCli(['validate', at('gbk.csv'), '-f', 'json'])).stdout);
    expect(r.files[0]).toMatchObject({ observations: 3, errors: 0, encoding: 'gb18030' });
    expect(r.issues[0]?.quote).toBe('调解成功率96%');
  });

  it('reads a UTF-16 "Unicode text" export (tab-separated, with a byte order mark), LE and BE', async () => {
    const tsv = CSV.replaceAll(',', '\t');
    await writeFile(at('unicode.csv'), iconv.encode(tsv, 'utf16le', { addBOM: true }));
    await writeFile(at('unicode-be.tsv'), iconv.encode(CSV, 'utf16be', { addBOM: true }));
    const r = await runCli(['validate', at('unicode.csv'), at('unicode-be.tsv'), '-f', 'json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).files.map((f) => [f.observations, f.errors, f.encoding])).toEqual([
      [3, 0, 'utf16le'],
      [3, 0, 'utf16be'],
    ]);
  });

  it('takes --encoding (with the names people write), and a mistaken name is a usage error with a hint', async () => {
    const given = await runCli(['validate', at('gbk.csv'), '--encoding', 'GBK', '-f', 'json']);
    expect(json(given.stdout).files[0]?.encoding).toBe('gb18030');
    const forced = await runCli(['validate', at('gbk.csv'), '--encoding', 'utf8']);
    expect(forced.code).toBe(1);
    expect(forced.stdout).toContain('not_utf8');
    const bad = await runCli(['validate', at('gbk.csv'), '--encoding', 'gb1803']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain(
      '--encoding must be one of auto, utf8, utf16le, utf16be, gb18030 (got "gb1803") (did you mean gb18030?)',
    );
  });
});

/** A workbook as an analyst keeps it: a notes sheet, then the data with number formats and a formula. */
async function workbook(path: string, rate: number | string = 0.96): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['咸宁市 2024 年人民调解数据']);
  const ws = wb.addWorksheet('数据');
  ws.addRow(HEADER.split(','));
  ws.addRow([
    '421200',
    2024,
    'mediation.cases',
    45771,
    'cases',
    'xianning-2024',
    '全年共调解矛盾纠纷45771件',
  ]);
  ws.getCell('D2').numFmt = '#,##0';
  ws.addRow([
    '421200',
    2024,
    'mediation.succeeded',
    { formula: 'D2-1591', result: 44180 },
    'cases',
    'xianning-2024',
    '调解成功44180件',
  ]);
  ws.addRow(['421200', 2024, 'mediation.successRate', rate, 'percent', 'xianning-2024', '调解成功率96%']);
  ws.getCell('D4').numFmt = '0%';
  await wb.xlsx.writeFile(path);
}

describe('.xlsx workbooks', () => {
  it('are read from the sheet named by --sheet: numbers, a percentage cell, a formula by its cached value', async () => {
    await workbook(at('mediation.xlsx'));
    const r = await runCli(['validate', at('mediation.xlsx'), '--sheet', '数据', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out.files[0]).toMatchObject({ observations: 3, errors: 0, warnings: 1, sheet: '数据' });
    // The truncated 96% is a warning placed on its cell.
    expect(out.issues[0]).toMatchObject({
      code: 'reported_rate_rounding',
      line: 4,
      sheet: '数据',
      cell: 'D4',
    });
  });

  it('place errors by sheet and cell, in text and GitHub annotations', async () => {
    await workbook(at('typed.xlsx'), '96.0.0');
    const text = await runCli(['validate', at('typed.xlsx'), '--sheet', '数据']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('invalid_decimal at observations[2].value, 数据!D4');
    const gh = await runCli(['validate', at('typed.xlsx'), '--sheet', '数据', '-f', 'github']);
    expect(gh.stdout).toMatch(
      /^::error file=.*typed\.xlsx,title=fazhi invalid_decimal::observations\[2\]\.value, 数据!D4: /m,
    );
  });

  it('name the sheets when --sheet names none of them, and the first sheet with a header of observation fields is read by default', async () => {
    const missing = await runCli(['validate', at('mediation.xlsx'), '--sheet', '数剧']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(
      'The workbook has no sheet "数剧" (did you mean "数据"?); its sheets are "说明", "数据"',
    );
    // Without --sheet: the first sheet with observation columns, past the notes sheet.
    const first = json((await runCli(['validate', at('mediation.xlsx'), '-f', 'json'])).stdout);
    expect(first.files[0]).toMatchObject({ sheet: '数据', observations: 3, errors: 0 });
  });
});

describe('standard input', () => {
  it('is read with -, its format told from its content or given by --stdin-format', async () => {
    const csv = await runCli(['validate', '-', '-f', 'json'], {}, { input: iconv.encode(CSV, 'gbk') });
    expect(csv.code).toBe(0);
    expect(json(csv.stdout).files[0]).toMatchObject({
      file: '<stdin>',
      observations: 3,
      encoding: 'gb18030',
    });
    const ndjson = ROWS.map((r) => {
      const [jurisdiction, year, indicator, value] = r.split(',');
      return JSON.stringify({ jurisdiction, year: Number(year), indicator, value });
    }).join('\n');
    const told = await runCli(['validate', '-', '-f', 'json'], {}, { input: ndjson });
    expect(json(told.stdout).files[0]).toMatchObject({ format: 'ndjson', observations: 3 });
    const given = await runCli(['validate', '-', '--stdin-format', 'csv'], {}, { input: ndjson });
    expect(given.code).toBe(1);
    expect(given.stdout).toContain('csv_malformed_row');
    const bad = await runCli(['validate', '-', '--stdin-format', 'cvs'], {}, { input: '' });
    expect(bad.stderr).toContain(
      '--stdin-format must be one of json, ndjson, csv, xlsx (got "cvs") (did you mean csv?)',
    );
  });

  it('takes a workbook, and `fix -` prints the fixed data in its own encoding', async () => {
    await workbook(at('stdin.xlsx'));
    const xlsx = await runCli(
      ['validate', '-', '--sheet', '数据'],
      {},
      { input: await readFile(at('stdin.xlsx')) },
    );
    expect(xlsx.code).toBe(0);
    expect(xlsx.stdout).toContain('<stdin> (3 observations, sheet "数据")');
    const formatted = iconv.encode(CSV.replace(',45771,', ',"45,771",'), 'gbk');
    const fixed = await runCliBytes(['fix', '-'], {}, { input: formatted });
    expect(fixed.code).toBe(0);
    expect(Buffer.compare(fixed.stdout, iconv.encode(CSV, 'gbk'))).toBe(0);
    expect(fixed.stderr.toString()).toContain('<stdin>: fixed 1 value');
  });
});

describe('globs, ignores and folder scans', () => {
  beforeAll(async () => {
    await mkdir(at('repo', 'data', 'old'), { recursive: true });
    await mkdir(at('repo', 'data', 'drafts'), { recursive: true });
    await writeFile(at('repo', 'package.json'), '{ "name": "my-data", "version": "1.0.0" }\n');
    await writeFile(
      at('repo', 'tsconfig.json'),
      '{\n  // comments are allowed here\n  "compilerOptions": {}\n}\n',
    );
    await writeFile(at('repo', 'data', 'lookup.csv'), 'code,name\n421200,咸宁市\n');
    await writeFile(at('repo', 'data', 'xianning.csv'), CSV);
    await writeFile(at('repo', 'data', 'old', 'xianning-2023.csv'), CSV.replaceAll('2024', '2023'));
    await writeFile(
      at('repo', 'data', 'drafts', 'wip.csv'),
      `${HEADER}\n421200,2024,mediation.cases,oops,cases,r,q\n`,
    );
    await writeFile(at('repo', 'README.md'), '# data\n');
  });

  it('a folder scan validates the datasets and says which JSON and CSV files it skipped', async () => {
    const r = await runCli(['validate', '.', '--ignore', 'data/drafts/'], {}, { cwd: at('repo') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'skipped data/lookup.csv: not a dataset: its header has none of the observation columns',
    );
    expect(r.stdout).toContain(
      'skipped package.json: not a dataset: no "observations" (or other dataset field)',
    );
    expect(r.stdout).toContain('skipped tsconfig.json: not a dataset');
    expect(r.stdout).toContain(
      '0 errors, 2 warnings, 0 infos in 2 files (6 observations); 4 files skipped; 1 file of other types passed over',
    );
    const out = json(
      (await runCli(['validate', '.', '--ignore', 'data/drafts/', '-f', 'json'], {}, { cwd: at('repo') }))
        .stdout,
    );
    expect(out.files.map((f) => f.file)).toEqual(['data/old/xianning-2023.csv', 'data/xianning.csv']);
    expect(out.skipped.map((s) => s.file).sort()).toEqual([
      'data/drafts/',
      'data/lookup.csv',
      'package.json',
      'tsconfig.json',
    ]);
  });

  it('a folder of no datasets at all is a usage error that names what it skipped', async () => {
    await mkdir(at('config'), { recursive: true });
    await writeFile(at('config', 'package.json'), '{ "name": "x" }');
    const r = await runCli(['validate', 'config'], {}, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No datasets in config: skipped config/package.json (not a dataset');
  });

  it('expands a quoted glob, and a glob that matches nothing is exit 2', async () => {
    const r = await runCli(
      ['validate', 'data/**/*.csv', '--ignore', 'drafts', '-f', 'json'],
      {},
      { cwd: at('repo') },
    );
    expect(r.code).toBe(0);
    expect(json(r.stdout).files.map((f) => f.file)).toEqual([
      'data/old/xianning-2023.csv',
      'data/xianning.csv',
    ]);
    const none = await runCli(['validate', 'data/*.jsonl'], {}, { cwd: at('repo') });
    expect(none).toMatchObject({ code: 2, stderr: 'fazhi: No files match data/*.jsonl\n' });
  });

  it('reads .fazhiignore, or the file --ignore-path names', async () => {
    await writeFile(at('repo', '.fazhiignore'), '# work in progress\ndata/drafts/\nold\n');
    const r = json((await runCli(['validate', 'data', '-f', 'json'], {}, { cwd: at('repo') })).stdout);
    expect(r.files.map((f) => f.file)).toEqual(['data/xianning.csv']);
    await writeFile(at('repo', 'other-ignore'), 'data/xianning.csv\ndata/drafts\n');
    const other = json(
      (
        await runCli(
          ['validate', 'data', '-f', 'json', '--ignore-path', 'other-ignore'],
          {},
          { cwd: at('repo') },
        )
      ).stdout,
    );
    expect(other.files.map((f) => f.file)).toEqual(['data/old/xianning-2023.csv']);
    const missing = await runCli(['validate', 'data', '--ignore-path', 'nope'], {}, { cwd: at('repo') });
    expect(missing).toMatchObject({ code: 2, stderr: 'fazhi: No such file or folder: nope\n' });
    await rm(at('repo', '.fazhiignore'));
  });
});

describe('CI options', () => {
  it('--max-warnings fails the run on more warnings than allowed, as ESLint', async () => {
    await writeFile(at('warn.csv'), CSV);
    const over = await runCli(['validate', at('warn.csv'), '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stdout).toContain('Too many warnings: 1, more than --max-warnings 0 allows');
    const within = await runCli(['validate', at('warn.csv'), '--max-warnings', '1', '-f', 'json']);
    expect(within.code).toBe(0);
    expect(json(within.stdout)).toMatchObject({ ok: true, maxWarnings: 1, tooManyWarnings: false });
    const gh = await runCli(['validate', at('warn.csv'), '--max-warnings', '0', '-f', 'github']);
    expect(gh.code).toBe(1);
    expect(gh.stdout).toContain('::error::Too many warnings: 1, more than --max-warnings 0 allows');
  });

  it('--ignore-code silences one code (neither shown nor counted) while its rule runs, and checks the name', async () => {
    const r = await runCli([
      'validate',
      at('warn.csv'),
      '--ignore-code',
      'reported_rate_rounding',
      '--max-warnings',
      '0',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '0 errors, 0 warnings, 0 infos in 1 file (3 observations); 1 issue ignored by --ignore-code',
    );
    const typo = await runCli(['validate', at('warn.csv'), '--ignore-code', 'reported_rate_roundin']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain(
      'unknown issue code "reported_rate_roundin" (did you mean reported_rate_rounding?)',
    );
  });
});

describe('values written as spreadsheets show them', () => {
  const formatted = [
    '421200,2024,mediation.cases,"45,771",cases,xianning-2024,"全年共调解矛盾纠纷45,771件"',
    '421200,2024,mediation.succeeded, 44180 ,cases,xianning-2024,调解成功44180件',
    '421200,2024,mediation.successRate,96%,percent,xianning-2024,调解成功率96%',
  ];
  const canonical = [
    '421200,2024,mediation.cases,45771,cases,xianning-2024,"全年共调解矛盾纠纷45,771件"',
    '421200,2024,mediation.succeeded,44180,cases,xianning-2024,调解成功44180件',
    '421200,2024,mediation.successRate,96,percent,xianning-2024,调解成功率96%',
  ];
  const csv = (rows: string[]) => `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;
  // A "Unicode text" export: tabs between fields, the commas inside them kept.
  const tsv = (rows: string[]) => csv(rows).replaceAll(',', '\t').replaceAll('45\t771', '45,771');

  it('are errors that say the exact fix, in both languages', async () => {
    await writeFile(at('formatted.csv'), csv(formatted));
    const r = json((await runCli(['validate', at('formatted.csv'), '-f', 'json'])).stdout);
    expect(r.issues.map((i) => [i.code, i.message, i.details?.fix])).toEqual([
      [
        'invalid_decimal',
        '"45,771" is written as a spreadsheet shows it (thousands separators): write 45771',
        '45771',
      ],
      [
        'invalid_decimal',
        '" 44180 " is written as a spreadsheet shows it (spaces around it): write 44180',
        '44180',
      ],
      ['invalid_decimal', '"96%" is written as a spreadsheet shows it (a percent sign): write 96', '96'],
    ]);
    const zh = await runCli(['validate', at('formatted.csv'), '-l', 'zh']);
    expect(zh.stdout).toContain('"45,771"是电子表格的显示格式（千位分隔符）：应写作 45771');
  });

  it('fazhi fix rewrites them and leaves every other byte: CSV (BOM, CRLF, quotes), GBK, UTF-16, NDJSON, JSON', async () => {
    const cases: [string, Uint8Array, Uint8Array][] = [
      ['fix.csv', Buffer.from(csv(formatted)), Buffer.from(csv(canonical))],
      // GBK has no byte order mark.
      [
        'fix-gbk.csv',
        iconv.encode(csv(formatted).slice(1), 'gbk'),
        iconv.encode(csv(canonical).slice(1), 'gbk'),
      ],
      ['fix-utf16.tsv', iconv.encode(tsv(formatted), 'utf16le'), iconv.encode(tsv(canonical), 'utf16le')],
    ];
    const observation = (value: string, extra: object = {}) => ({
      jurisdiction: '421200',
      year: 2024,
      indicator: 'mediation.cases',
      value,
      unit: 'cases',
      ...extra,
    });
    const dataset = (value: string, asOf: string) =>
      `${JSON.stringify({ observations: [observation(value, { asOf, note: 'kept: 45,771 ' })] }, null, 2)}\n`;
    cases.push([
      'fix.json',
      Buffer.from(dataset('４５,７７１', '2024/6/30')),
      Buffer.from(dataset('45771', '2024-06-30')),
    ]);
    const lines = (value: string) =>
      `${JSON.stringify(observation(value, { note: '45,771' }))}\n{"jurisdiction":"421200","year":2024,"indicator":"mediation.succeeded","value":"44180"}\n`;
    cases.push(['fix.ndjson', Buffer.from(lines(' 45,771\u3000')), Buffer.from(lines('45771'))]);
    for (const [name, before] of cases)
      await writeFile(at('fixing', name), before).catch(async () => {
        await mkdir(at('fixing'), { recursive: true });
        await writeFile(at('fixing', name), before);
      });
    const r = await runCli(['fix', at('fixing')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/12 values fixed in 5 files\n$/);
    for (const [name, , after] of cases) {
      expect([name, Buffer.compare(await readFile(at('fixing', name)), after)]).toEqual([name, 0]);
    }
    // Fixed files validate, and a second fix finds nothing.
    expect((await runCli(['validate', at('fixing'), '--ignore-code', 'reported_rate_rounding'])).code).toBe(
      0,
    );
    expect((await runCli(['fix', at('fixing')])).stdout).toMatch(/0 values fixed in 0 files\n$/);
  });

  it('validate --fix fixes, then validates; a workbook is not rewritten but its cells are listed', async () => {
    await writeFile(at('vfix.csv'), csv(formatted));
    const r = await runCli(['validate', at('vfix.csv'), '--fix', '--ignore-code', 'reported_rate_rounding']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('vfix.csv: fixed 3 values');
    await workbook(at('fix.xlsx'), '96%');
    const before = await readFile(at('fix.xlsx'));
    const x = await runCli(['fix', at('fix.xlsx'), '--sheet', '数据']);
    expect(x.code).toBe(1);
    expect(x.stdout).toContain('1 value not fixed: fazhi does not rewrite workbooks');
    expect(x.stdout).toContain('D4 observations[2].value: "96%" → 96');
    expect(Buffer.compare(await readFile(at('fix.xlsx')), before)).toBe(0);
  });
});

describe('did-you-mean and messages', () => {
  it('suggests the indicator, field, report and choice meant, in both languages', async () => {
    const dataset = {
      reports: [
        {
          id: 'xianning-2024',
          jurisdiction: '421200',
          year: 2024,
          kind: 'annual-report',
          title: '咸宁市2024年法治政府建设年度报告',
          published: '2025-02-01',
        },
      ],
      observations: [
        { jurisdiction: '421200', year: 2024, indicator: 'mediation.sucessRate', value: '96' },
        {
          jurisdiction: '421200',
          year: 2024,
          indicator: 'mediation.cases',
          value: '45771',
          qualifer: 'moreThan',
        },
        {
          jurisdiction: '421200',
          year: 2024,
          indicator: 'mediation.cases',
          value: '1',
          qualifier: 'morethan',
        },
        {
          jurisdiction: '421200',
          year: 2024,
          indicator: 'mediation.succeeded',
          value: '1',
          source: { report: 'xianning2024', quote: 'x' },
        },
      ],
    };
    await writeFile(at('typos.json'), JSON.stringify(dataset, null, 2));
    const r = json((await runCli(['validate', at('typos.json'), '-f', 'json'])).stdout);
    const suggested = r.issues
      .filter((i) => i.details?.suggestion !== undefined)
      .map((i) => [i.code, i.details?.suggestion]);
    expect(suggested).toEqual([
      ['unknown_indicator', 'mediation.successRate'],
      ['unknown_field', 'qualifier'],
      ['schema_invalid', 'moreThan'],
      ['unknown_report', 'xianning-2024'],
    ]);
    const zh = await runCli(['validate', at('typos.json'), '-l', 'zh']);
    expect(zh.stdout).toContain('未知指标“mediation.sucessRate”（是否想写“mediation.successRate”？）');
    // The Chinese message of a wrong choice lists the choices, as the English one does.
    expect(zh.stdout).toContain(
      '无效选项：期望以下之一 "exact"|"approx"|"atLeast"|"moreThan"|"atMost"|"lessThan"|"range"',
    );
  });

  it('reports a date written another way once, with the fix', async () => {
    await writeFile(
      at('date.ndjson'),
      `${JSON.stringify({ jurisdiction: '421200', year: 2024, indicator: 'mediation.cases', value: '1', asOf: '2024/6/30' })}\n`,
    );
    const r = json((await runCli(['validate', at('date.ndjson'), '-f', 'json'])).stdout);
    expect(r.issues.map((i) => [i.code, i.message])).toEqual([
      ['invalid_date', 'expected a date written YYYY-MM-DD: "2024/6/30"; write 2024-06-30'],
    ]);
  });
});
