import { describe, expect, it } from 'vitest';
import { closest } from '../../src/formats/suggest.js';

describe('closest', () => {
  it('finds one or two typos, a swapped pair, and a different case', () => {
    expect(closest('valdate', ['validate', 'rates'])).toBe('validate');
    expect(closest('raets', ['validate', 'rates'])).toBe('rates');
    expect(closest('--fromat', ['--format', '--locale'])).toBe('--format');
    expect(closest('ASOF', ['asOf', 'since'])).toBe('asOf');
  });

  it('suggests nothing for a word that is not close, or a short word two edits away', () => {
    expect(closest('colour', ['jurisdiction', 'year', 'value'])).toBeUndefined();
    expect(closest('abc', ['xyz'])).toBeUndefined();
    expect(closest('yr', ['year'])).toBeUndefined();
  });
});

describe('closest on hostile input', () => {
  it('a word of megabytes is compared in constant work (issue 13: a 4 MB CSV header cell took 57 s and 2.5 GB)', () => {
    const huge = 'x'.repeat(4_000_000);
    expect(closest(huge, ['jurisdiction', 'year', 'value'])).toBeUndefined();
    expect(closest(`year${'x'.repeat(1_000_000)}`, ['year'])).toBeUndefined();
  });

  it('agrees with a plain edit distance on short words', () => {
    expect(closest('yaer', ['year'])).toBe('year');
    expect(closest('indicaotr', ['indicator', 'year'])).toBe('indicator');
    expect(closest('valuee', ['value'])).toBe('value');
  });
});
