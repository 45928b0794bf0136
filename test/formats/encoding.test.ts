import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/formats/csv.js';
import {
  decodeBytes,
  decodeChunks,
  encodingOption,
  sniffEncoding,
  type TextEncodingName,
} from '../../src/formats/encoding.js';
import type { ReadRecord } from '../../src/formats/record.js';

const CSV =
  'jurisdiction,year,indicator,value,source.quote\n433126,2024,mediation.cases,45771,全年共调解矛盾纠纷45771件\n433126,2024,mediation.succeeded,44180,调解成功44180件，成功率96%\n';

/** The text encoded as a spreadsheet program saves it, byte order mark included where it writes one. */
function encode(text: string, encoding: TextEncodingName, bom = false): Uint8Array {
  const name = { utf8: 'utf8', utf16le: 'utf16le', utf16be: 'utf16be', gb18030: 'gb18030' }[encoding];
  return Uint8Array.from(iconv.encode(text, name, { addBOM: bom }));
}

/** Every way of cutting the bytes in chunks of `size`. */
function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

async function decodeAll(chunks: Uint8Array[], encoding: 'auto' | TextEncodingName = 'auto') {
  const told: [TextEncodingName, boolean][] = [];
  let text = '';
  for await (const t of decodeChunks(chunks, { encoding, onEncoding: (e, d) => told.push([e, d]) }))
    text += t;
  return { text, told };
}

describe('decoding bytes in any chunking', () => {
  const cases: [TextEncodingName, boolean][] = [
    ['utf8', false],
    ['utf8', true],
    ['utf16le', true],
    ['utf16be', true],
    ['gb18030', false],
  ];
  it.each(cases)(
    'reads %s (byte order mark: %s) under auto, and says which it was',
    async (encoding, bom) => {
      const bytes = encode(CSV, encoding, bom);
      for (const size of [1, 2, 3, 5, 64, bytes.length]) {
        const { text, told } = await decodeAll(chunked(bytes, size));
        expect(text).toBe(CSV);
        expect(told).toEqual([[encoding, true]]);
      }
    },
  );

  it('reads the encoding given, and says it was given rather than detected', async () => {
    const { text, told } = await decodeAll([encode(CSV, 'gb18030')], 'gb18030');
    expect(text).toBe(CSV);
    expect(told).toEqual([['gb18030', false]]);
  });

  it('passes ASCII through until a character shows the encoding, far into the file', async () => {
    const long = `${'jurisdiction,year,indicator,value\n'.repeat(5000)}433126,2024,a.b,1,审结\n`;
    const { text, told } = await decodeAll(chunked(encode(long, 'gb18030'), 4096));
    expect(text).toBe(long);
    expect(told).toEqual([['gb18030', true]]);
  });

  it('calls plain ASCII UTF-8', async () => {
    expect((await decodeAll([encode('a,b\n', 'utf8')])).told).toEqual([['utf8', true]]);
  });
});

describe('sniffEncoding', () => {
  it('tells GBK text that happens to be valid UTF-8 (小说 reads as "С˵") by which reading looks like Chinese', () => {
    const bytes = encode('小说', 'gb18030');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe('С˵');
    expect(sniffEncoding(bytes, true)).toBe('gb18030');
  });

  it('keeps UTF-8 Latin text that GB18030 would also accept as UTF-8 (café, °C, ±, ×)', () => {
    for (const t of ['café', '25°C', 'résumé', 'Zürich', 'São Paulo', '±5%', '5 × 3']) {
      const bytes = encode(t, 'utf8');
      expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toBe(t);
      expect(sniffEncoding(bytes, true)).toBe('utf8');
    }
  });

  it('keeps UTF-8 Chinese as UTF-8, and waits while there is only ASCII', () => {
    expect(sniffEncoding(encode('审结行政诉讼案件54件，', 'utf8'), true)).toBe('utf8');
    expect(sniffEncoding(encode('abc', 'utf8'), false)).toBeUndefined();
    // An incomplete character at the end of a chunk is no evidence yet.
    expect(sniffEncoding(encode('ab审', 'utf8').subarray(0, 3), false)).toBeUndefined();
  });
});

describe('decodeBytes and encodingOption', () => {
  it('decode a whole file, dropping the byte order mark', () => {
    expect(decodeBytes(encode(CSV, 'utf16le', true))).toEqual({
      text: CSV,
      encoding: 'utf16le',
      detected: true,
      invalidAt: -1,
    });
    expect(decodeBytes(encode(CSV, 'gb18030'), 'gb18030')).toEqual({
      text: CSV,
      encoding: 'gb18030',
      detected: false,
      invalidAt: -1,
    });
  });

  it('sniff a whole file as the streaming readers do: from the first non-ASCII bytes, however far in', () => {
    const padding = `${'x'.repeat(200_000)}\n`;
    for (const encoding of ['utf8', 'gb18030'] as const) {
      // Chinese 200 kB in (past the sampled window's start), and far more of it than the window holds.
      const text = padding + CSV.repeat(3_000);
      const decoded = decodeBytes(encode(text, encoding));
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(text);
      expect(decoded.invalidAt).toBe(-1);
    }
    // Only ASCII: UTF-8; GBK that happens to be valid UTF-8 (小说) still goes to GB18030 past a long ASCII start.
    expect(decodeBytes(encode(padding, 'utf8')).encoding).toBe('utf8');
    expect(decodeBytes(encode(`${padding}小说`, 'gb18030')).encoding).toBe('gb18030');
  });

  it('accept the names people write', () => {
    expect(['GBK', 'gb2312', 'UTF-8', 'utf-16be', 'auto', 'latin1'].map(encodingOption)).toEqual([
      'gb18030',
      'gb18030',
      'utf8',
      'utf16be',
      'auto',
      undefined,
    ]);
  });
});

describe('readCsv on files saved by spreadsheet programs', () => {
  it('reads a GBK CSV with its quotes intact', async () => {
    const out: ReadRecord[] = [];
    for await (const r of readCsv([encode(CSV, 'gb18030')])) out.push(r);
    expect(
      out.map(
        (r) => r.kind === 'observation' && (r.observation as { source: { quote: string } }).source.quote,
      ),
    ).toEqual(['全年共调解矛盾纠纷45771件', '调解成功44180件，成功率96%']);
  });

  it('reads a UTF-16 "Unicode text" export: tab-separated, with a byte order mark', async () => {
    const tsv = CSV.replaceAll(',', '\t').replace('成功44180件\t成功率', '成功44180件，成功率');
    const out: ReadRecord[] = [];
    for await (const r of readCsv(chunked(encode(tsv, 'utf16le', true), 7))) out.push(r);
    expect(out.map((r) => r.kind)).toEqual(['observation', 'observation']);
    expect(out[1]?.kind === 'observation' && out[1].observation).toMatchObject({
      value: '44180',
      source: { quote: '调解成功44180件，成功率96%' },
    });
  });
});
