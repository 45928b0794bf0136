import fc from 'fast-check';
import { MEASURES, type Observation } from '../../src/model/observation.js';

// Text that stresses CSV: commas, quotes, line breaks, CJK, spaces at the ends.
const trickyText = fc.string({
  unit: fc.constantFrom(
    '法',
    '治',
    '案',
    'a',
    'Z',
    '1',
    ',',
    '"',
    '\n',
    '\r\n',
    '\r',
    ' ',
    '，',
    '“',
    '😀',
    '\t',
  ),
  maxLength: 12,
});
const nonEmpty = trickyText.filter((s) => s.length > 0);
const decimalString = fc.stringMatching(/^[+-]?(\d{1,7}(\.\d{1,4})?|\.\d{1,3})$/);
const decimal = fc.oneof(
  decimalString,
  fc.integer({ min: -1e9, max: 1e9 }),
  // Within the format's limits (LIMITS): written out, at most 100 digits.
  fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })
    .filter((n) => n === 0 || Math.abs(n) >= 1e-50),
);
const isoDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Schema-valid observations with every optional field sometimes present. */
export const observationArb: fc.Arbitrary<Observation> = fc.record(
  {
    jurisdiction: fc.stringMatching(/^[1-9]\d{5}$/),
    year: fc.integer({ min: 1949, max: 2100 }),
    indicator: fc.constantFrom('litigation.lossRate', 'mediation.successRate', 'legalAid.cases', 'a.b.c'),
    value: decimal,
    upper: decimal,
    unit: nonEmpty,
    qualifier: fc.constantFrom('exact', 'approx', 'atLeast', 'moreThan', 'atMost', 'lessThan', 'range'),
    basis: nonEmpty,
    asOf: isoDate,
    cumulative: fc.boolean(),
    since: fc.oneof(isoDate, fc.stringMatching(/^\d{4}(-\d{2})?$/)),
    includesCarriedOver: fc.boolean(),
    source: fc.record({ report: nonEmpty, quote: nonEmpty }),
    note: trickyText,
    dimensions: fc.dictionary(
      fc.stringMatching(/^[a-z][A-Za-z0-9]{0,8}$/),
      fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,8}$/),
      { maxKeys: 3 },
    ),
    measure: fc.constantFrom(...MEASURES),
    baseYear: fc.integer({ min: 1949, max: 2100 }),
    period: fc.record({ start: isoDate, end: isoDate }),
    coverage: fc.constantFrom('ownLevel', 'wholeArea'),
    shareOf: fc
      .record(
        {
          indicator: fc.constantFrom('legalAid.cases', 'a.b.c'),
          jurisdiction: fc.stringMatching(/^[1-9]\d{5}$/),
          dimensions: fc.dictionary(fc.constantFrom('matter', 'tier'), fc.constantFrom('other', 'x-1'), {
            maxKeys: 2,
          }),
          coverage: fc.constantFrom('ownLevel', 'wholeArea'),
          target: fc.boolean(),
        },
        { requiredKeys: [] },
      )
      .filter((s) => Object.keys(s).length > 0),
    breakdownComplete: fc.uniqueArray(fc.constantFrom('matter', 'tier', 'caseType'), {
      minLength: 1,
      maxLength: 3,
    }),
  },
  { requiredKeys: ['jurisdiction', 'year', 'indicator', 'value'] },
) as fc.Arbitrary<Observation>;

/** The observation as CSV gives it back: numbers become the decimal strings they print as. */
export function csvNormal(o: Observation): Observation {
  const out: Record<string, unknown> = { ...o };
  if (typeof o.value === 'number') out.value = String(o.value);
  if (typeof o.upper === 'number') out.upper = String(o.upper);
  return out as Observation;
}

/** Splits text (or bytes, also inside a multi-byte character) into chunks at the given relative cut points. */
export function chunked<T extends string | Uint8Array>(text: T, cuts: readonly number[]): T[] {
  const points = [...new Set(cuts.map((c) => Math.floor(c * text.length)))].sort((a, b) => a - b);
  const out: T[] = [];
  let start = 0;
  for (const p of points) {
    out.push(text.slice(start, p) as T);
    start = p;
  }
  out.push(text.slice(start) as T);
  return out;
}
