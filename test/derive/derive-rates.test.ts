import { describe, expect, it } from 'vitest';
import { createRateDeriver, deriveRates } from '../../src/derive/derive-rates.js';
import { ob, testCatalog } from '../validate/fixtures.js';

describe('deriveRates', () => {
  it('derives every basis whose inputs are present, with the published figure beside it', () => {
    const rows = deriveRates([ob('concluded', 40), ob('cases', 50), ob('lost', 3), ob('lossRate', '6.0')], {
      catalog: testCatalog,
    });
    expect(rows).toEqual([
      {
        jurisdiction: '433126',
        year: 2024,
        indicator: 't.lossRate',
        basis: 'concluded',
        scope: '',
        numerator: '3',
        denominator: '40',
        computed: '7.50',
        published: '6.0',
        publishedIndex: 3,
        consistency: { consistent: false, conventions: [], computed: '7.5', places: 1, reported: '6' },
      },
      {
        jurisdiction: '433126',
        year: 2024,
        indicator: 't.lossRate',
        basis: 'cases',
        scope: '',
        numerator: '3',
        denominator: '50',
        computed: '6.00',
        published: '6.0',
        publishedIndex: 3,
        consistency: {
          consistent: true,
          conventions: ['half-up', 'half-even', 'truncate'],
          computed: '6.0',
          places: 1,
          reported: '6',
        },
      },
    ]);
  });

  it('gives a reason instead of a value for a zero denominator or qualified inputs', () => {
    const rows = deriveRates(
      [ob('concluded', 0), ob('lost', 0), ob('corrected', 5, { qualifier: 'moreThan' })],
      { catalog: testCatalog },
    );
    expect(rows.map((r) => [r.indicator, r.computed, r.reason])).toEqual([
      ['t.lossRate', undefined, 'zero_denominator'],
      ['t.correctionRate', undefined, 'qualified_input'],
    ]);
  });

  it('lists a published rate whose inputs are missing', () => {
    const rows = deriveRates({ observations: [ob('lossRate', '3.5')] }, { catalog: testCatalog });
    expect(rows).toEqual([
      expect.objectContaining({
        indicator: 't.lossRate',
        basis: 'concluded',
        reason: 'missing_input',
        published: '3.5',
      }),
    ]);
  });

  it('keeps scopes apart and orders years', () => {
    const rows = deriveRates(
      [
        ob('concluded', 10, { year: 2024 }),
        ob('lost', 1, { year: 2024 }),
        ob('concluded', 20, { year: 2023 }),
        ob('lost', 1, { year: 2023 }),
        ob('concluded', 8, { asOf: '2024-06-30' }),
        ob('lost', 2, { asOf: '2024-06-30' }),
      ],
      { catalog: testCatalog },
    );
    expect(rows.map((r) => [r.year, r.scope, r.computed])).toEqual([
      [2023, '', '5.00'],
      [2024, '', '10.00'],
      [2024, 'asOf=2024-06-30', '25.00'],
    ]);
  });

  it("uses a dataset's own indicators and skips invalid observations", () => {
    const rows = deriveRates({
      indicators: [
        {
          id: 'x.rate',
          name: '率',
          nameEn: 'Rate',
          unit: 'percent',
          kind: 'rate',
          polarity: 'neutral',
          aggregation: 'none',
          formulas: [{ basis: 'b', numerator: { plus: ['x.a'] }, denominator: { plus: ['x.b'] } }],
        },
      ],
      observations: [
        { jurisdiction: '433126', year: 2024, indicator: 'x.a', value: 1 },
        { jurisdiction: '433126', year: 2024, indicator: 'x.b', value: 3 },
        { garbage: true },
      ],
    });
    expect(rows.filter((r) => r.indicator === 'x.rate').map((r) => r.computed)).toEqual(['33.33']);
  });

  it('streams contiguous groups to onRow', () => {
    const seen: string[] = [];
    const d = createRateDeriver({ catalog: testCatalog, onRow: (r) => seen.push(`${r.year}:${r.computed}`) });
    d.add(ob('concluded', 4, { year: 2022 }), { index: 0 });
    d.add(ob('lost', 1, { year: 2022 }), { index: 1 });
    expect(seen).toEqual([]);
    d.add(ob('concluded', 5, { year: 2023 }), { index: 2 });
    expect(seen).toEqual(['2022:25.00']);
    d.add(ob('lost', 1, { year: 2023 }), { index: 3 });
    expect(d.finish()).toEqual([]);
    expect(seen).toEqual(['2022:25.00', '2023:20.00']);
  });
});
