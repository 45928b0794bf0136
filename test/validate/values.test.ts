import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { codes, ob, opts } from './fixtures.js';

const run = (...observations: object[]) =>
  validateDataset({ observations }, { ...opts, rules: { publishedRates: false } });

describe('values: what it catches', () => {
  it('a negative or fractional count', () => {
    expect(codes(run(ob('cases', -1)))).toEqual(['invalid_count']);
    expect(codes(run(ob('cases', 1.5)))).toEqual(['invalid_count']);
    expect(codes(run(ob('cases', '2.5')))).toEqual(['invalid_count']);
    expect(codes(run(ob('admitted', '-3')))).toEqual(['invalid_count']);
    const r = run(ob('cases', 10, { qualifier: 'range', upper: '12.5' }));
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['invalid_count', 'observations[0].upper']]);
  });

  it('a percentage outside 0–100', () => {
    const r = run(ob('lossRate', '100.01'));
    expect(codes(r)).toEqual(['percent_out_of_range']);
    expect(r.issues[0]?.path).toBe('observations[0].value');
    expect(codes(run(ob('lossRate', -0.5)))).toEqual(['percent_out_of_range']);
  });

  it('a unit that does not fit the indicator', () => {
    const r = run(ob('cases', 3, { unit: 'people' }));
    expect(codes(r)).toEqual(['unit_mismatch']);
    expect(r.issues[0]?.details).toMatchObject({ unit: 'people', expected: 'cases' });
  });

  it('a range whose upper end is below its lower end, and an upper without range', () => {
    expect(codes(run(ob('cases', 20, { qualifier: 'range', upper: 10 })))).toEqual(['invalid_range']);
    const r = run(ob('cases', 20, { upper: 30 }));
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['invalid_range', 'warning']]);
  });
});

describe('values: what it must not flag', () => {
  it('whole counts however written, amounts with decimals, 0 and 100 percent', () => {
    expect(run(ob('cases', '1.5e4'), ob('lost', '12.0'), ob('amount', '1234.56')).issues).toEqual([]);
    expect(run(ob('lossRate', 0), ob('correctionRate', '100')).issues).toEqual([]);
    expect(run(ob('cases', 10, { qualifier: 'range', upper: 20 })).issues).toEqual([]);
  });

  it('percentages over 100 where the indicator allows them, and changes', () => {
    expect(
      run(ob('satisfaction', 104.5), ob('growth', 250), ob('growth', -30, { basis: 'x' })).issues,
    ).toEqual([]);
  });

  it("the indicator's own unit", () => {
    expect(run(ob('cases', 3, { unit: 'cases' })).issues).toEqual([]);
  });

  it('can be switched off', () => {
    const r = validateDataset({ observations: [ob('cases', -1)] }, { ...opts, rules: { values: false } });
    expect(r.issues).toEqual([]);
  });
});
