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
