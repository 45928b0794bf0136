// The validator reports values past the format's limits as findings (issue 13: exponent bombs passed as counts,
// 100,000-character values took 20 s, deep nesting and BigInts inside null-prototype objects gave internal_error).
import { describe, expect, it } from 'vitest';
import { LIMITS, validateDataset } from '../../src/index.js';

const ob = (extra: Record<string, unknown>) => ({
  jurisdiction: '433126',
  year: 2023,
  indicator: 'litigation.cases',
  value: 12,
  ...extra,
});
const run = (observations: unknown[], more: Record<string, unknown> = {}) =>
  validateDataset({ observations, ...more }, { today: '2025-06-01' });
const found = (r: ReturnType<typeof run>) => r.issues.map((i) => [i.code, i.path, i.details?.limit]);

describe('limit_exceeded in observations', () => {
  it('exponent bombs, long values and too many digits', () => {
    const r = run([
      ob({ value: '1e999999999' }),
      ob({ value: `${'1'.repeat(50_000)}.${'1'.repeat(50_000)}x` }),
      ob({ value: `9.9e${LIMITS.maxDecimalDigits}` }),
      ob({ value: 12, qualifier: 'range', upper: '1e-999' }),
      ob({ value: Number.POSITIVE_INFINITY }),
    ]);
    expect(found(r)).toEqual([
      ['limit_exceeded', 'observations[0].value', 'maxDecimalExponent'],
      ['limit_exceeded', 'observations[1].value', 'maxDecimalLength'],
      ['limit_exceeded', 'observations[2].value', 'maxDecimalDigits'],
      ['limit_exceeded', 'observations[3].upper', 'maxDecimalExponent'],
      ['limit_exceeded', 'observations[4].value', 'maxDecimalExponent'],
    ]);
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.message).toMatch(/exponent is beyond ±100/);
    expect(r.issues[0]?.messageZh).toMatch(/超出数据格式的限制/);
  });

  it('values at the limits pass', () => {
    const r = run([
      ob({ value: `1${'0'.repeat(LIMITS.maxDecimalDigits - 1)}` }),
      ob({ indicator: 'litigation.lost', value: '1.5e4' }),
    ]);
    expect(r.issues.filter((i) => i.code === 'limit_exceeded')).toEqual([]);
  });

  it('long strings, long keys and deep nesting', () => {
    const long = 'x'.repeat(LIMITS.maxStringLength + 1);
    const deep = JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`);
    const r = run([
      ob({ source: { report: 'r', quote: long } }),
      ob({ note: deep }),
      ob({ [long]: 1 }),
      ob({ note: 'x'.repeat(LIMITS.maxStringLength) }),
    ]);
    const limits = r.issues.filter((i) => i.code === 'limit_exceeded').map((i) => [i.path, i.details?.limit]);
    expect(limits).toEqual([
      ['observations[0].source.quote', 'maxStringLength'],
      // An observation sits two levels deep; its note's arrays reach the limit 62 levels further down.
      [`observations[1].note${'[0]'.repeat(LIMITS.maxDepth - 3)}`, 'maxDepth'],
      ['observations[2]', 'maxStringLength'],
    ]);
    expect(r.issues.map((i) => i.code)).not.toContain('internal_error');
  });

  it('metadata past the limits', () => {
    const r = run([ob({})], {
      description: 'x'.repeat(LIMITS.maxStringLength + 1),
      reports: [{ id: 'r', title: 'y'.repeat(LIMITS.maxStringLength + 1) }],
    });
    expect(found(r)).toContainEqual(['limit_exceeded', 'description', 'maxStringLength']);
    expect(found(r)).toContainEqual(['limit_exceeded', 'reports[0].title', 'maxStringLength']);
  });
});

describe('values JavaScript callers can pass', () => {
  it('a BigInt inside a null-prototype object is described, not an internal error', () => {
    const odd = Object.create(null) as Record<string, unknown>;
    odd.x = 10n;
    const r = run([ob({ value: odd }), ob({ note: 10n }), ob({ value: Symbol('s') })]);
    expect(r.issues.map((i) => i.code)).toEqual(['schema_invalid', 'invalid_type', 'schema_invalid']);
    expect(r.issues[0]?.message).toContain('{"x":10n}');
    // details stay JSON-safe.
    expect(() => JSON.stringify(r.issues)).not.toThrow();
  });
});

describe('one jurisdiction-year of many observations', () => {
  it('is held up to maxGroupObservations; past it, one finding and the rest are not cross-checked', () => {
    const n = LIMITS.maxGroupObservations + 5;
    const observations = Array.from({ length: n }, (_, i) => ob({ basis: `b${i}`, value: i }));
    const r = run(observations);
    const limits = r.issues.filter((i) => i.code === 'limit_exceeded');
    expect(limits.map((i) => [i.path, i.details?.limit])).toEqual([
      [`observations[${LIMITS.maxGroupObservations}]`, 'maxGroupObservations'],
    ]);
  });

  it('duplicates are found in linear time: the same indicator under 5,000 bases, then again', () => {
    const half = Array.from({ length: 5_000 }, (_, i) => ob({ basis: `b${i}`, value: 1 }));
    const again = Array.from({ length: 5_000 }, (_, i) => ob({ basis: `b${i}`, value: i % 2 }));
    const r = run([...half, ...again]);
    // Each second copy is a duplicate (value 1) or a conflict (value 0).
    expect(r.counts.error).toBe(2_500);
    expect(r.counts.warning).toBe(2_500);
  });
});
