import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, readCsv } from '../../src/formats/csv.js';
import type { ReadRecord } from '../../src/formats/record.js';
import { ObservationSchema, PeriodSchema, ShareOfSchema, SourceSchema } from '../../src/model/observation.js';

async function read(text: string): Promise<ReadRecord[]> {
  const out: ReadRecord[] = [];
  for await (const r of readCsv(text)) out.push(r);
  return out;
}

describe('readCsv on spreadsheet exports', () => {
  it('skips rows of bare commas (blank spreadsheet rows) but keeps the line numbers of the rest', async () => {
    const records = await read(
      'jurisdiction,year,indicator,value\r\n,,,\r\n433126,2023,litigation.lost,12\r\n,,,\r\n',
    );
    expect(records).toEqual([
      {
        kind: 'observation',
        observation: { jurisdiction: '433126', year: 2023, indicator: 'litigation.lost', value: '12' },
        index: 0,
        line: 3,
      },
    ]);
  });

  it('still reads a row with some empty fields, and a quoted empty field, as data', async () => {
    const records = await read('jurisdiction,year,indicator,value\n,,,""\n');
    expect(records).toEqual([expect.objectContaining({ kind: 'observation', observation: { value: '' } })]);
  });

  it('says a header-only file has a header but no rows', async () => {
    const [r] = await read('jurisdiction,year,indicator,value\n');
    expect(r?.kind === 'issue' && r.issue).toMatchObject({
      code: 'empty_file',
      message: 'The file has a header but no rows: it holds no observations',
      messageZh: '文件只有表头、没有数据行：没有任何观测数据',
    });
  });
});

describe('readCsv on a misspelt header', () => {
  it('suggests the column meant, in both languages, and still names the columns that are missing', async () => {
    const records = await read('Jurisdiction,Year,indicater,value,quote,source_report,colour\n');
    const issues = records.flatMap((r) => (r.kind === 'issue' ? [r.issue] : []));
    const suggestions = issues.map((i) => i.details?.suggestion);
    expect(suggestions).toEqual([
      'jurisdiction',
      'year',
      'indicator',
      'source.quote',
      'source.report',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(issues[3]?.message).toContain(
      'Column "quote" is not an observation field and is ignored (did you mean "source.quote"?)',
    );
    expect(issues[3]?.messageZh).toContain('列“quote”不是观测字段，已忽略（是否想写“source.quote”？）');
    expect(issues.slice(6).map((i) => i.code)).toEqual([
      'csv_missing_column',
      'csv_missing_column',
      'csv_missing_column',
    ]);
  });
});

describe('readCsv on a file with another separator', () => {
  it('reads tab-separated text (a spreadsheet\'s "Unicode text" export), told by a header without commas', async () => {
    const records = await read('jurisdiction\tyear\tindicator\tvalue\tnote\n433126\t2023\ta.b\t1\t"x, y"\n');
    expect(records).toEqual([
      {
        kind: 'observation',
        observation: { jurisdiction: '433126', year: 2023, indicator: 'a.b', value: '1', note: 'x, y' },
        index: 0,
        line: 2,
      },
    ]);
  });

  it('says a file is separated by semicolons, which fazhi does not read', async () => {
    const [first] = await read('jurisdiction;year;indicator;value\n433126;2023;a.b;1\n');
    expect(first?.kind === 'issue' && first.issue).toMatchObject({ code: 'csv_unknown_column' });
    expect(first?.kind === 'issue' && first.issue.message).toContain(
      'the file seems separated by semicolons; fazhi reads comma- or tab-separated text',
    );
    expect(first?.kind === 'issue' && first.issue.messageZh).toContain('文件似乎以分号分隔');
  });
});

describe('CSV_COLUMNS', () => {
  it('covers every observation field, so that writing CSV drops nothing (nested objects as object.field)', () => {
    const nested: Record<string, readonly string[]> = {
      source: Object.keys(SourceSchema.shape),
      period: Object.keys(PeriodSchema.shape),
      shareOf: Object.keys(ShareOfSchema.shape),
    };
    const fields = Object.keys(ObservationSchema.shape).flatMap((k) =>
      nested[k] === undefined ? [k] : (nested[k] ?? []).map((f) => `${k}.${f}`),
    );
    expect([...CSV_COLUMNS].sort()).toEqual(fields.sort());
  });
});
