import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadRecord } from '../../src/formats/record.js';
import { cellText, readXlsxBatches, type XlsxReadOptions } from '../../src/formats/xlsx.js';
import { cellName } from '../../src/formats/xlsx-cells.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fazhi-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(path: string, options: XlsxReadOptions = {}): Promise<ReadRecord[]> {
  const out: ReadRecord[] = [];
  for await (const batch of readXlsxBatches(path, options)) out.push(...batch);
  return out;
}

/** A workbook as an analyst keeps it: a notes sheet first, the data on "数据", with formats and a formula. */
async function workbook(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['本表为 2024 年人民调解数据']);
  const ws = wb.addWorksheet('数据');
  ws.addRow(['jurisdiction', 'year', 'indicator', 'value', 'asOf', 'source.quote', 'remarks']);
  ws.addRow(['421200', 2024, 'mediation.cases', 45771, null, '调解45771件']);
  ws.getCell('D2').numFmt = '#,##0';
  const rate = ws.addRow(['421200', 2024, 'mediation.successRate', 0.9652, null, '成功率96.52%']);
  rate.getCell(4).numFmt = '0.00%';
  ws.addRow([
    '421200',
    2024,
    'mediation.succeeded',
    { formula: 'D2-1591', result: 44180 },
    new Date(Date.UTC(2024, 5, 30)),
  ]);
  ws.getCell('E4').numFmt = 'yyyy-mm-dd';
  ws.addRow([]);
  ws.addRow(['421200', 2024, 'mediation.cases', { error: '#DIV/0!' }]);
  ws.addRow(['421200', 2024, 'mediation.cases', 1, null, null, null, 'stray']);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('readXlsxBatches', () => {
  it('reads a named sheet as Excel stores it: numbers, percentages shown, formula results, dates', async () => {
    const path = await workbook('data.xlsx');
    let sheet = '';
    let header: readonly (string | undefined)[] = [];
    const records = await read(path, {
      sheet: '数据',
      onSheet: (s) => (sheet = s),
      onHeader: (h) => (header = h),
    });
    expect(sheet).toBe('数据');
    expect(header).toEqual(['jurisdiction', 'year', 'indicator', 'value', 'asOf', 'source.quote', undefined]);
    const observations = records.flatMap((r) => (r.kind === 'observation' ? [[r.line, r.observation]] : []));
    expect(observations).toEqual([
      [
        2,
        {
          jurisdiction: '421200',
          year: 2024,
          indicator: 'mediation.cases',
          value: '45771',
          source: { quote: '调解45771件' },
        },
      ],
      [
        3,
        {
          jurisdiction: '421200',
          year: 2024,
          indicator: 'mediation.successRate',
          value: '96.52',
          source: { quote: '成功率96.52%' },
        },
      ],
      [
        4,
        {
          jurisdiction: '421200',
          year: 2024,
          indicator: 'mediation.succeeded',
          value: '44180',
          asOf: '2024-06-30',
        },
      ],
      [6, { jurisdiction: '421200', year: 2024, indicator: 'mediation.cases' }],
    ]);
    const issues = records.flatMap((r) => (r.kind === 'issue' ? [r.issue] : []));
    expect(issues.map((i) => [i.code, i.line, i.details?.sheet, i.details?.cell])).toEqual([
      ['csv_unknown_column', 1, '数据', 'G1'],
      ['cell_error', 6, '数据', 'D6'],
      ['csv_malformed_row', 7, '数据', 'H7'],
    ]);
    expect(issues[1]?.message).toBe('Cell 数据!D6 holds the error #DIV/0! instead of a value');
  });

  it('reads the first sheet by default, and names the sheets when the one asked for is missing', async () => {
    const path = await workbook('first.xlsx');
    const [first] = await read(path);
    expect(first?.kind === 'issue' && first.issue.code).toBe('csv_unknown_column');
    const missing = await read(path, { sheet: '数剧' });
    expect(missing).toEqual([
      {
        kind: 'issue',
        issue: expect.objectContaining({
          code: 'sheet_not_found',
          message: 'The workbook has no sheet "数剧" (did you mean "数据"?); its sheets are "说明", "数据"',
        }),
      },
    ]);
  });

  it('reads the first sheet when no sheet has observation columns, so that its header is reported', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('代码表').addRow(['code', 'name']);
    wb.addWorksheet('Sheet2').addRow(['x']);
    const path = join(dir, 'lookup.xlsx');
    await wb.xlsx.writeFile(path);
    let sheet = '';
    const records = await read(path, { onSheet: (s) => (sheet = s) });
    expect(sheet).toBe('代码表');
    expect(records.flatMap((r) => (r.kind === 'issue' ? [r.issue.code] : []))).toContain(
      'csv_missing_column',
    );
  });

  it('says a file that is not a workbook cannot be read', async () => {
    const path = join(dir, 'old.xlsx');
    await writeFile(path, 'not a zip at all');
    const records = await read(path);
    expect(records.map((r) => r.kind === 'issue' && r.issue.code)).toEqual(['invalid_xlsx']);
  });
});

describe('cell helpers', () => {
  it('name cells and read values', () => {
    expect([cellName(0, 1), cellName(25, 2), cellName(26, 3), cellName(701, 4)]).toEqual([
      'A1',
      'Z2',
      'AA3',
      'ZZ4',
    ]);
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(0.965, '0.0%')).toBe('96.5');
    expect(cellText(0.965, '0.0"%"')).toBe('0.965');
    expect(cellText({ richText: [{ text: '调解' }, { text: '成功' }] })).toBe('调解成功');
    expect(cellText({ formula: 'A1' })).toEqual({ error: 'formula' });
  });
});
