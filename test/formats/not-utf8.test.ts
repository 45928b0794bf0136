import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/formats/csv.js';
import { readNdjson } from '../../src/formats/ndjson.js';
import type { ReadOptions, ReadRecord, TextSource } from '../../src/formats/record.js';

/** "审结" in GBK, as a spreadsheet on a Chinese Windows saves it: not UTF-8. */
const GBK = [0xc9, 0xf3, 0xbd, 0xe1];
const utf8 = (s: string) => [...new TextEncoder().encode(s)];

async function codes(
  read: (s: TextSource, o: ReadOptions) => AsyncGenerator<ReadRecord>,
  source: TextSource,
  options: ReadOptions = { encoding: 'utf8' },
) {
  const out: string[] = [];
  for await (const r of read(source, options))
    out.push(r.kind === 'issue' ? `${r.issue.code}@${r.issue.line}` : 'obs');
  return out;
}

describe('text that is not valid in its encoding (here UTF-8, as given)', () => {
  const csv = [
    ...utf8('jurisdiction,year,indicator,value,source.quote\n433126,2023,litigation.concluded,54,ok\n'),
    ...utf8('433126,2023,litigation.lost,12,'),
    ...GBK,
    ...utf8('\n433126,2023,litigation.lost,12,'),
    ...GBK,
    ...utf8('\n'),
  ];

  it('is reported once in CSV, at the first line that shows it, whatever the chunking', async () => {
    const bytes = Uint8Array.from(csv);
    for (const size of [1, 3, 7, bytes.length]) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect(await codes(readCsv, chunks)).toEqual(['obs', 'not_utf8@3', 'obs', 'obs']);
    }
  });

  it('is reported in NDJSON too', async () => {
    const nd = Uint8Array.from([...utf8('{"a":"ok"}\n{"a":"'), ...GBK, ...utf8('"}\n')]);
    expect(await codes(readNdjson, [nd])).toEqual(['obs', 'not_utf8@2', 'obs']);
  });

  it('is not reported for UTF-8 text', async () => {
    expect(
      await codes(readCsv, [
        Uint8Array.from(utf8('jurisdiction,year,indicator,value\n433126,2023,审结,1\n')),
      ]),
    ).toEqual(['obs']);
  });
});

describe('U+FFFD and byte order marks (issue 13)', () => {
  it('a real U+FFFD in the text is UTF-8 (EF BF BD), not a not_utf8 finding', async () => {
    const csv = Uint8Array.from(
      utf8('jurisdiction,year,indicator,value,source.quote\n433126,2023,a.b,1,x\uFFFDy\n'),
    );
    expect(await codes(readCsv, [csv])).toEqual(['obs']);
    const nd = Uint8Array.from(utf8('{"a":"x\uFFFDy"}\n'));
    expect(await codes(readNdjson, [nd])).toEqual(['obs']);
  });

  it('bad bytes after a real U+FFFD are still found, on their own line, however the bytes are cut', async () => {
    const nd = Uint8Array.from([
      ...utf8('{"a":"\uFFFD"}\n{"a":"ok"}\n{"a":"'),
      ...GBK,
      ...utf8('"}\n{"a":"\uFFFD"}\n'),
    ]);
    for (const size of [1, 2, 5, nd.length]) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < nd.length; i += size) chunks.push(nd.subarray(i, i + size));
      expect(await codes(readNdjson, chunks)).toEqual(['obs', 'obs', 'not_utf8@3', 'obs', 'obs']);
    }
  });

  it('bytes cut off inside a character at the very end are not UTF-8', async () => {
    const nd = Uint8Array.from([...utf8('{"a":1}\n'), 0xe5, 0xae]);
    expect(await codes(readNdjson, [nd])).toEqual(['obs', 'not_utf8@2', 'invalid_json_line@2']);
  });

  it('the string and byte readers drop the same single leading BOM', async () => {
    const text = '\uFEFF\uFEFF{"a":1}\n{"a":2}\n';
    const fromString = await codes(readNdjson, text);
    const fromBytes = await codes(readNdjson, [Uint8Array.from(utf8(text))]);
    expect(fromBytes).toEqual(fromString);
    expect(fromString).toEqual(['invalid_json_line@1', 'obs']);
    const one = '\uFEFF{"a":1}\n';
    expect(await codes(readNdjson, [Uint8Array.from(utf8(one))])).toEqual(['obs']);
  });
});
