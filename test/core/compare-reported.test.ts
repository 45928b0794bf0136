import { describe, expect, it } from 'vitest';
import { compareReported, rate } from '../../src/index.js';

describe('compareReported', () => {
  it('finds 咸宁市 96% consistent only by truncation (44180/45771 = 96.52%)', () => {
    const c = compareReported(rate(44180, 45771), '96');
    expect(c.consistent).toBe(true);
    expect(c.conventions).toEqual(['truncate']);
    expect(c.computed).toBe('97');
    expect(c.places).toBe(0);
  });

  it('finds 古丈县 22.2% consistent under every convention (12/54 = 22.22…%)', () => {
    expect(compareReported(rate(12, 54), '22.2%').conventions).toEqual(['half-up', 'half-even', 'truncate']);
  });

  it('reads the printed precision from the digits, trailing zeros included', () => {
    const c = compareReported(rate(31, 500), '6.20');
    expect(c.places).toBe(2);
    expect(c.computed).toBe('6.20');
    expect(c.consistent).toBe(true);
    expect(compareReported(rate(31, 500), 6.2).places).toBe(1);
  });

  it('separates half-up from half-even on an exact tie', () => {
    const c = compareReported(rate(1, 8), '12');
    expect(c.conventions).toEqual(['half-even', 'truncate']);
    expect(c.computed).toBe('13');
  });

  it('reports an inconsistent figure', () => {
    const c = compareReported(rate(109, 118), '93');
    expect(c.consistent).toBe(false);
    expect(c.conventions).toEqual([]);
    expect(c.computed).toBe('92');
  });

  it('handles an undefined rate and rejects non-decimals', () => {
    expect(compareReported(rate(1, 0), '50')).toMatchObject({ consistent: false, computed: undefined });
    expect(() => compareReported(rate(1, 2), 'fifty')).toThrow(TypeError);
  });
});
