import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/formats/csv.js';
import { detectFormat } from '../../src/formats/format.js';
import { parseDatasetJson } from '../../src/formats/json.js';
import { readNdjson } from '../../src/formats/ndjson.js';
import type { ReadRecord } from '../../src/formats/record.js';

async function all(records: AsyncIterable<ReadRecord>): Promise<ReadRecord[]> {
  const out: ReadRecord[] = [];
  for await (const r of records) out.push(r);
  return out;
}
const summary = (rs: ReadRecord[]) =>
  rs.map((r) =>
    r.kind === 'observation' ? `obs@${r.line}#${r.index}` : `${r.issue.code}@${r.issue.line ?? '-'}`,
  );

describe('detectFormat', () => {
  it('maps extensions, case-insensitively', () => {
    expect(detectFormat('a/b.JSON')).toBe('json');
    expect(detectFormat('x.jsonl')).toBe('ndjson');
    expect(detectFormat('x.ndjson')).toBe('ndjson');
    expect(detectFormat('x.csv')).toBe('csv');
    expect(detectFormat('x.json.txt')).toBeUndefined();
  });
});

describe('NDJSON reader', () => {
  it('numbers lines, skips blank lines, handles CRLF, reports bad lines and goes on', async () => {
    const text = '{"a":1}\r\n\n   \n{"a":\n{"b":2}';
    const rs = await all(readNdjson(text));
    expect(summary(rs)).toEqual(['obs@1#0', 'invalid_json_line@4', 'obs@5#1']);
    const bad = rs[1];
    expect(bad?.kind === 'issue' && bad.issue.messageZh).toContain('第 4 行');
    expect(rs[2]?.kind === 'observation' && rs[2].observation).toEqual({ b: 2 });
  });

  it('reports an empty file', async () => {
    expect(summary(await all(readNdjson('')))).toEqual(['empty_file@-']);
    expect(summary(await all(readNdjson(['\n', '  \n'])))).toEqual(['empty_file@-']);
  });

  it('skips an overlong line without buffering it, and resumes at the next', async () => {
    const rs = await all(
      readNdjson(['{"a":1}\n{"x":"', 'y'.repeat(50), 'z'.repeat(50), '"}\n{"a":2}\n'], { maxLineLength: 40 }),
    );
    expect(summary(rs)).toEqual(['obs@1#0', 'line_too_long@2', 'obs@3#1']);
  });

  it('does not echo megabytes of input in a parse error', async () => {
    const rs = await all(readNdjson(`x${'a'.repeat(100_000)}\n`));
    expect(rs[0]?.kind === 'issue' && rs[0].issue.message.length).toBeLessThan(400);
  });
});

describe('CSV reader', () => {
  const header = 'jurisdiction,year,indicator,value,source.report,source.quote,cumulative';

  it('reads types, nested source, BOM and CRLF; a quoted field may span lines', async () => {
    const text = `\uFEFF${header}\r\n433126,2023,litigation.cases,12,r1,"受理 12 件,\r\n其中…",TRUE\r\n433126,2023,a.b,"1,5",,,\r\n`;
    const rs = await all(readCsv(text));
    expect(summary(rs)).toEqual(['obs@2#0', 'obs@4#1']);
    expect(rs[0]?.kind === 'observation' && rs[0].observation).toEqual({
      jurisdiction: '433126',
      year: 2023,
      indicator: 'litigation.cases',
      value: '12',
      cumulative: true,
      source: { report: 'r1', quote: '受理 12 件,\r\n其中…' },
    });
    // Left for the validator to reject, not silently fixed.
    expect(rs[1]?.kind === 'observation' && rs[1].observation).toEqual({
      jurisdiction: '433126',
      year: 2023,
      indicator: 'a.b',
      value: '1,5',
    });
  });

  it('keeps ill-typed values as text so that validation can name them', async () => {
    const rs = await all(readCsv(`${header}\n433126,2023年,a.b,1,,,yes\n`));
    expect(rs[0]?.kind === 'observation' && rs[0].observation).toMatchObject({
      year: '2023年',
      cumulative: 'yes',
    });
  });

  it('reports malformed rows with their line and goes on', async () => {
    const text = `${header}\n433126,2023,a.b,1\n433126,2023,a.b,"1"x,,,\n433126,20"23,a.b,1,,,\n433126,2023,a.b,2,,,\n433126,2023,a.b,"3,,,\n`;
    const rs = await all(readCsv(text));
    expect(summary(rs)).toEqual([
      'csv_malformed_row@2',
      'csv_malformed_row@3',
      'csv_malformed_row@4',
      'obs@5#0',
      'csv_malformed_row@6',
    ]);
  });

  it('ignores unknown columns once, and stops at a missing required column', async () => {
    const rs = await all(readCsv('jurisdiction,year,indicator,value,colour\n433126,2023,a.b,1,red\n'));
    expect(summary(rs)).toEqual(['csv_unknown_column@1', 'obs@2#0']);
    expect(rs[1]?.kind === 'observation' && rs[1].observation).not.toHaveProperty('colour');
    const missing = await all(readCsv('jurisdiction,year,indicator\n433126,2023,a.b\n'));
    expect(summary(missing)).toEqual(['csv_missing_column@1']);
  });

  it('distinguishes an empty quoted field (empty text) from an empty field (absent)', async () => {
    const rs = await all(readCsv('jurisdiction,year,indicator,value,note,unit\n433126,2023,a.b,1,"",\n'));
    expect(rs[0]?.kind === 'observation' && rs[0].observation).toEqual({
      jurisdiction: '433126',
      year: 2023,
      indicator: 'a.b',
      value: '1',
      note: '',
    });
  });

  it('reports an empty file and a header-only file', async () => {
    expect(summary(await all(readCsv('')))).toEqual(['empty_file@-']);
    expect(summary(await all(readCsv(`${header}\n`)))).toEqual(['empty_file@-']);
  });

  it('an unclosed quote swallows the rest of the file: two findings, not one per line after the limit', async () => {
    const rs = await all(
      readCsv(
        [`${header}\n433126,2023,a.b,"oops,,,\n`, `${'x'.repeat(30)}\n`.repeat(10), '433126,2023,a.b,1,,,\n'],
        {
          maxLineLength: 100,
        },
      ),
    );
    expect(summary(rs)).toEqual(['csv_malformed_row@2', 'csv_malformed_row@2']);
    expect(rs.map((r) => r.kind === 'issue' && r.issue.details)).toEqual([
      { reason: 'too_long' },
      { reason: 'unterminated_quote' },
    ]);
  });

  it('a closed quoted field past the limit is skipped to its real end, not resynchronised inside it', async () => {
    const field = `"${'line of a long quote\n'.repeat(20)}"`;
    const rs = await all(
      readCsv([`${header}\n433126,2023,a.b,${field},,\n`, '433126,2023,a.b,1,,,\n'], { maxLineLength: 100 }),
    );
    expect(summary(rs)).toEqual(['csv_malformed_row@2', 'obs@23#0']);
  });
});

describe('JSON dataset reader', () => {
  it('parses, ignoring a BOM', () => {
    expect(parseDatasetJson('\uFEFF{"observations":[]}')).toEqual({ ok: true, data: { observations: [] } });
  });
  it('reports a syntax error with its line', () => {
    const r = parseDatasetJson('{\n  "observations": [\n    {"a": 1,}\n  ]\n}');
    expect(r.ok).toBe(false);
    const first = !r.ok ? r.issues[0] : undefined;
    expect(first?.code).toBe('invalid_json');
    expect(first?.line).toBe(3);
    expect(first?.messageZh).toContain('JSON');
  });
  it('reports an empty file', () => {
    expect(parseDatasetJson('  \n')).toMatchObject({ ok: false, issues: [{ code: 'empty_file' }] });
  });
});

describe('keys given twice in one JSON object (issue 13: they passed silently, the last one winning)', () => {
  it('are duplicate_key findings in a JSON dataset, at the value kept, with both lines', () => {
    const text =
      '{\n "observations": [\n  {"value": 1,\n   "value": 2, "year": 2023}\n ],\n "name": "a", "name": "b"\n}';
    const r = parseDatasetJson(text);
    expect(r.ok).toBe(true);
    expect(r.issues?.map((i) => [i.code, i.path, i.line, i.details?.firstLine])).toEqual([
      ['duplicate_key', 'observations[0].value', 4, 3],
      ['duplicate_key', 'name', 6, 6],
    ]);
  });

  it('are findings in NDJSON lines, under the observation they belong to', async () => {
    const rs = await all(readNdjson('{"a":1}\n{"source":{"quote":"x:y","quote":"z"},"value":1}\n'));
    expect(summary(rs)).toEqual(['obs@1#0', 'duplicate_key@2', 'obs@2#1']);
    const dup = rs.find((r) => r.kind === 'issue');
    expect(dup?.kind === 'issue' && dup.issue.path).toBe('observations[1].source.quote');
  });

  it('colons inside strings, escaped keys and nesting do not mislead the count', () => {
    expect(parseDatasetJson('{"a":"1:2:3","b":{"c":[{"d":"e:f"}]}}')).toEqual({
      ok: true,
      data: { a: '1:2:3', b: { c: [{ d: 'e:f' }] } },
    });
    const escaped = parseDatasetJson('{"observations":[{"v":1,"\\u0076":2}]}');
    expect(escaped.ok && escaped.issues?.map((i) => i.path)).toEqual(['observations[0].v']);
  });
});
