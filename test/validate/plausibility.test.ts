import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { codes, ob, opts } from './fixtures.js';

const years = (a: number | string, b: number | string, extra: object = {}) => [
  ob('cases', a, { year: 2023 }),
  ob('cases', b, { year: 2024, ...extra }),
];

describe('plausibility: what it catches', () => {
  it('a jump beyond the factor (info), up or down, whatever the input order', () => {
    const r = validateDataset({ observations: years(100, 900) }, opts);
    expect(r.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ['implausible_jump', 'info', 'observations[1].value'],
    ]);
    expect(r.issues[0]?.details).toMatchObject({ previous: 100, value: 900, factor: 9 });
    expect(codes(validateDataset({ observations: years(900, 100).reverse() }, opts))).toEqual([
      'implausible_jump',
    ]);
  });

  it('honours a configured factor', () => {
    expect(codes(validateDataset({ observations: years(100, 250) }, { ...opts, jumpFactor: 2 }))).toEqual([
      'implausible_jump',
    ]);
  });
});

describe('plausibility: what it must not flag', () => {
  it('changes within the factor, small numbers, gaps of a year, partial periods, 约 figures', () => {
    expect(validateDataset({ observations: years(100, 400) }, opts).issues).toEqual([]);
    expect(validateDataset({ observations: years(1, 8) }, opts).issues).toEqual([]);
    expect(
      validateDataset({ observations: years(100, 900, { year: 2025 }) }, { ...opts, today: '2026-06-01' })
        .issues,
    ).toEqual([]);
    expect(codes(validateDataset({ observations: years(100, 900, { asOf: '2024-03-31' }) }, opts))).toEqual([
      'partial_period',
    ]);
    expect(validateDataset({ observations: years(100, 900, { qualifier: 'approx' }) }, opts).issues).toEqual(
      [],
    );
  });

  it('rates (bounded, not counts)', () => {
    expect(
      validateDataset({ observations: [ob('lossRate', 2, { year: 2023 }), ob('lossRate', 30)] }, opts).issues,
    ).toEqual([]);
  });

  it('can be switched off', () => {
    expect(
      validateDataset({ observations: years(100, 900) }, { ...opts, rules: { plausibility: false } }).issues,
    ).toEqual([]);
  });
});
