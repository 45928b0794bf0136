import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../src/extract/chinese-numeral.js';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const SMALL = ['', '十', '百', '千'];

/** Writes 0 < n < 10000 the standard way; `twoAs` picks 二 or 两 before 百/千; `tenOne` writes 一十 for 10–19. */
function section(n: number, twoAs: '二' | '两', tenOne: boolean): string {
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    const word = d === 2 && p >= 2 ? twoAs : (DIGITS[d] as string);
    out += p === 1 && d === 1 && out === '' && !tenOne ? '' : word;
    out += SMALL[p];
  }
  return out;
}

/** Writes a non-negative integer below 10^16 in Chinese numerals, with 万 and 亿 groups and 零 for gaps. */
function toChinese(n: bigint, twoAs: '二' | '两', tenOne: boolean): string {
  if (n === 0n) return '零';
  const groups = [Number(n / 100_000_000n), Number((n / 10_000n) % 10_000n), Number(n % 10_000n)];
  const yi = groups[0] as number;
  const wan = groups[1] as number;
  const rest = groups[2] as number;
  let out = '';
  if (yi > 0) out += `${toChinese(BigInt(yi), twoAs, tenOne)}亿`;
  if (wan > 0) {
    if (out !== '' && wan < 1000) out += '零';
    out += `${section(wan, twoAs, tenOne || out !== '')}万`;
  }
  if (rest > 0) {
    if (out !== '' && rest < 1000) out += '零';
    out += section(rest, twoAs, tenOne || out !== '');
  }
  return out;
}

describe('parseChineseNumeral', () => {
  it.each([
    ['十二', '12'],
    ['一百零五', '105'],
    ['两千', '2000'],
    ['两百', '200'],
    ['十', '10'],
    ['一千零一', '1001'],
    ['三万五千', '35000'],
    ['一万五', '15000'],
    ['三千五', '3500'],
    ['一百二', '120'],
    ['十万', '100000'],
    ['一亿二千万', '120000000'],
    ['一万亿', '1000000000000'],
    ['二〇二四', '2024'],
    ['九十二点四', '92.4'],
    ['百', '100'],
    ['千', '1000'],
    ['零', '0'],
    ['零点五', '0.5'],
    ['三点一四零', '3.14'],
    ['壹佰贰拾', '120'],
  ])('%s = %s', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each([
    '',
    '万',
    '亿',
    '十十',
    '百千',
    '三四',
    '两两',
    '点五',
    '五点',
    '五点两',
    '一万万',
    '千百',
    '十百',
  ])('refuses the malformed %j', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });

  it('reads back every integer below 10^16 however it is written (二 or 两, 十 or 一十)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 16n - 1n }),
        fc.constantFrom<'二' | '两'>('二', '两'),
        fc.boolean(),
        (n, two, tenOne) => {
          expect(parseChineseNumeral(toChinese(n, two, tenOne))).toBe(n.toString());
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads every small integer exactly (exhaustive below 100 000)', () => {
    for (let n = 0; n < 100_000; n++) {
      const text = toChinese(BigInt(n), '二', false);
      if (parseChineseNumeral(text) !== String(n)) throw new Error(`${n} written ${text}`);
    }
  });

  it('reads decimals digit by digit after 点', () => {
    fc.assert(
      fc.property(fc.nat({ max: 99_999 }), fc.stringMatching(/^[0-9]{0,5}[1-9]$/), (int, frac) => {
        const text = `${toChinese(BigInt(int), '二', false)}点${[...frac].map((d) => DIGITS[Number(d)]).join('')}`;
        expect(parseChineseNumeral(text)).toBe(`${int}.${frac}`);
      }),
    );
  });
});
