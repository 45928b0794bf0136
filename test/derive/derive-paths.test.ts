// The deriver's shortcuts against its plain paths, on random data: sums of whole counts on Numbers against the
// same counts written as decimals (the exact path), and contiguous grouping (which passes over figures no formula
// reads) against each run of one jurisdiction-year derived on its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/catalog/create-catalog.js';
import { createRateDeriver, deriveRates } from '../../src/derive/derive-rates.js';
import type { Indicator } from '../../src/model/indicator.js';
import type { Observation } from '../../src/model/observation.js';
import { createFastCache, isValidObservation } from '../../src/validate/fast-observation.js';
import type { DerivedRate } from '../../src/validate/rate-row.js';
import { testCatalog } from '../validate/fixtures.js';

// The test catalog and a rate whose sums subtract: (corrected + changed − revoked) / (concluded − dismissed).
const netRate: Indicator = {
  id: 't.netRate',
  name: '净纠错率',
  nameEn: 'Net correction rate',
  unit: 'percent',
  kind: 'rate',
  polarity: 'neutral',
  aggregation: 'none',
  formulas: [
    {
      basis: 'net',
      numerator: { plus: ['t.corrected', 't.changed'], minus: ['t.revoked'] },
      denominator: { plus: ['t.concluded'], minus: ['t.dismissed'] },
    },
  ],
};
const catalog = createCatalog({ indicators: [...testCatalog.indicators, netRate] });

const COUNTS = ['t.cases', 't.concluded', 't.lost', 't.corrected', 't.changed', 't.revoked', 't.dismissed'];
const RATES = ['t.lossRate', 't.correctionRate', 't.netRate'];
// Read by no formula: passed over by contiguous grouping when they add nothing to the order of scopes.
const UNREAD = ['t.admitted', 't.amount', 't.maintained'];

// Whole counts from every region: small, 15 digits, and safe integers near 2^53 whose sums pass it (where the
// Number path hands over to the exact one).
const whole = fc.oneof(
  fc.integer({ min: 0, max: 60 }),
  fc.integer({ min: 0, max: 100_000 }),
  fc.integer({ min: 1e14, max: 999_999_999_999_999 }),
  fc.integer({ min: 2 ** 52, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom(0, 1, 2 ** 52, 999_999_999_999_999, Number.MAX_SAFE_INTEGER),
);
// Printed rates as strings or numbers, plain or not (a "%", exponents, more places than any rounding gives).
const printed = fc.oneof(
  fc.constantFrom('0', '5', '7.5', '7.50', '33.3', '96', '100.0', '-12.5', '1e-30', '7.5%', '2E1'),
  fc.integer({ min: 0, max: 1000 }).map((n) => String(n / 10)),
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
);

const figure = fc.oneof(
  { weight: 6, arbitrary: fc.record({ indicator: fc.constantFrom(...COUNTS), value: whole }) },
  {
    weight: 1,
    arbitrary: fc.record({
      indicator: fc.constantFrom(...COUNTS),
      value: fc.constantFrom('12.5', '-3', '0.0', '7'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ indicator: fc.constantFrom(...RATES), value: printed }) },
);

describe('rate rows on the Number path', () => {
  it('hand over to the exact path when a partial sum passes 2^53', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const rows = deriveRates(
      [
        { jurisdiction: '433126', year: 2024, indicator: 't.corrected', value: big },
        { jurisdiction: '433126', year: 2024, indicator: 't.changed', value: big },
        { jurisdiction: '433126', year: 2024, indicator: 't.revoked', value: 3 },
        { jurisdiction: '433126', year: 2024, indicator: 't.concluded', value: big },
        { jurisdiction: '433126', year: 2024, indicator: 't.dismissed', value: 1 },
      ],
      { catalog },
    );
    // (2·(2^53 − 1) − 3) / (2^53 − 2): in Numbers the numerator would round to 2^54.
    expect(rows.find((r) => r.indicator === 't.netRate')).toMatchObject({
      numerator: '18014398509481979',
      denominator: '9007199254740990',
      computed: '200.00',
    });
  });

  it('equal those of the same whole counts written as decimals (the exact path), sums past 2^53 included', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            f: figure,
            qualifier: fc.constantFrom(undefined, undefined, undefined, 'moreThan'),
            basis: fc.constantFrom(undefined, undefined, 'concluded', 'cases', 'net'),
          }),
          { maxLength: 25 },
        ),
        (list) => {
          const observations: Observation[] = list.map(({ f, qualifier, basis }) => ({
            jurisdiction: '433126',
            year: 2024,
            indicator: f.indicator,
            value: f.value,
            ...(qualifier === undefined ? {} : { qualifier: qualifier as Observation['qualifier'] }),
            ...(basis !== undefined && RATES.includes(f.indicator) ? { basis } : {}),
          }));
          // "12.0" is the same count as 12, but no plain whole figure: its sums take the exact path.
          const asDecimals = observations.map((o) =>
            typeof o.value === 'number' && COUNTS.includes(o.indicator) ? { ...o, value: `${o.value}.0` } : o,
          );
          expect(deriveRates(asDecimals, { catalog })).toEqual(deriveRates(observations, { catalog }));
        },
      ),
      { numRuns: 400 },
    );
  });
});

/** One observation of the stream: a key (jurisdiction-year) and what it is. */
const item = fc.record({
  indicator: fc.constantFrom(...COUNTS, ...RATES, ...UNREAD),
  value: fc.oneof(fc.integer({ min: 0, max: 50 }), printed),
  kind: fc.constantFrom(
    'plain',
    'plain',
    'plain',
    'plain',
    'share',
    'cell',
    'asOf',
    'cumulative',
    'ownLevel',
    'invalid',
  ),
  member: fc.constantFrom('a', 'b'),
});
/** Runs of observations of one key; a key may come back (unsorted input). */
const stream = fc
  .array(fc.record({ key: fc.integer({ min: 0, max: 2 }), items: fc.array(item, { maxLength: 14 }) }), {
    maxLength: 5,
  })
  .map((runs) => runs.flatMap((r) => r.items.map((i) => ({ ...i, key: r.key }))));

function build(s: { key: number; indicator: string; value: number | string; kind: string; member: string }): {
  o: Record<string, unknown>;
  valid: boolean;
} {
  const o: Record<string, unknown> = {
    jurisdiction: ['433126', '110000', '110000'][s.key],
    year: [2024, 2023, 2024][s.key],
    indicator: s.indicator,
    value: s.value,
  };
  if (s.kind === 'share') Object.assign(o, { measure: 'share', dimensions: { matter: s.member } });
  if (s.kind === 'cell') o.dimensions = { matter: s.member };
  if (s.kind === 'asOf') o.asOf = `${o.year}-06-30`;
  if (s.kind === 'cumulative') o.cumulative = true;
  if (s.kind === 'ownLevel') o.coverage = 'ownLevel';
  if (s.kind === 'invalid') o.value = 'not a number';
  // Valid as the deriver judges it ("7.5%" is no count either): validity is not what this test is about.
  return { o, valid: isValidObservation(o, createFastCache()) };
}

describe('contiguous grouping', () => {
  it('gives the rows of each run of one jurisdiction-year derived on its own, sorted or not', () => {
    fc.assert(
      fc.property(stream, (list) => {
        const items = list.map(build);
        const rows: DerivedRate[] = [];
        const d = createRateDeriver({ catalog, onRow: (r) => rows.push(r) });
        for (const [index, { o }] of items.entries()) d.add(o, { index });
        d.finish();
        // The reference: runs of consecutive valid observations with one key, each derived alone (no shortcut).
        const expected: DerivedRate[] = [];
        let run: { o: Record<string, unknown>; index: number }[] = [];
        const flush = () => {
          const r = createRateDeriver({ catalog, grouping: 'buffered' });
          for (const x of run) r.add(x.o, { index: x.index });
          expected.push(...r.finish());
          run = [];
        };
        items.forEach(({ o, valid }, index) => {
          if (!valid) return;
          const last = run[run.length - 1]?.o;
          if (last !== undefined && (last.jurisdiction !== o.jurisdiction || last.year !== o.year)) flush();
          run.push({ o, index });
        });
        flush();
        expect(rows).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
