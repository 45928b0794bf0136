import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/model/observation.js';
import type { Entry } from '../../src/validate/context.js';
import { plainWhole } from '../../src/validate/numeric.js';
import { createLayoutMemo, LaidOutFirst } from '../../src/validate/scope-layout.js';
import { indexRates, quickRateOk } from '../../src/validate/scope-rates.js';
import { splitScopes } from '../../src/validate/scopes.js';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { ob, opts, testCatalog } from './fixtures.js';

// Six years of the same figures in the same order, so that from the third year on each group's published rates
// read their inputs by position. Each year prints its rates differently: exact, truncated, on another basis, on a
// basis that does not exist, 约, with a decimal input.
const year = (y: number): Observation[] => {
  const at = { year: y };
  const rates: Record<number, Observation[]> = {
    2019: [ob('lossRate', '12.5', { ...at, basis: 'concluded' }), ob('correctionRate', '15', at)],
    2020: [ob('lossRate', '12.50', at), ob('correctionRate', '14.9', { ...at, basis: 'concluded' })],
    2021: [ob('lossRate', '12', { ...at, basis: 'concluded' }), ob('correctionRate', '99', at)],
    2022: [ob('lossRate', '10.0', { ...at, basis: 'cases' }), ob('correctionRate', '15.0', at)],
    2023: [
      ob('lossRate', '12.5', { ...at, basis: 'nope' }),
      ob('correctionRate', '15', { ...at, qualifier: 'approx' }),
    ],
    2024: [ob('lossRate', '12.5', at), ob('correctionRate', '15', at)],
  };
  return [
    ob('cases', 50, at),
    ob('concluded', y === 2024 ? '40.5' : 40, at),
    ob('lost', 5, at),
    ob('corrected', 6, at),
    ...(rates[y] ?? []),
  ];
};
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

describe('published rates of groups laid out alike', () => {
  it('find what groups each split with a map find, in the same order', () => {
    const laid = YEARS.flatMap(year);
    // One more figure every other year, which no rule finds anything in: no two groups in a row are alike.
    const mapped = YEARS.flatMap((y) => (y % 2 === 0 ? year(y) : [...year(y), ob('amount', 1, { year: y })]));
    const issuesOf = (observations: Observation[]) =>
      validateDataset({ observations }, { ...opts, rules: { plausibility: false } }).issues.map((i) => [
        i.code,
        i.message,
      ]);
    const found = issuesOf(laid);
    expect(found.map(([code]) => code)).toEqual([
      'reported_rate_mismatch',
      'reported_rate_rounding',
      'reported_rate_mismatch',
      'unknown_basis',
      'invalid_count',
      'reported_rate_mismatch',
    ]);
    expect(issuesOf(mapped)).toEqual(found);
  });

  it('confirm by position exactly what they confirm by id', () => {
    const rates = indexRates(testCatalog);
    const memo = createLayoutMemo();
    let laidOut = 0;
    for (const y of YEARS) {
      const entries: Entry[] = year(y).map((o, i) => ({
        o,
        i,
        line: undefined,
        d: testCatalog.indicators.find((d) => d.id === o.indicator),
        n: plainWhole(o.value),
      }));
      const [s] = splitScopes(entries, rates.ids, undefined, memo);
      if (s === undefined) throw new Error('no scope');
      if (!(s.first instanceof LaidOutFirst)) continue;
      laidOut++;
      const inputs = s.first.layout.inputs;
      s.rates.forEach((p, k) => {
        if (p.d === undefined) throw new Error('no definition');
        expect(quickRateOk(p, p.d, s, inputs[k])).toBe(quickRateOk(p, p.d, s));
      });
    }
    expect(laidOut).toBe(4);
  });
});
