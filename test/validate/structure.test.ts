import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG_ISSUE_CODES } from '../../src/catalog/check-catalog.js';
import { FazhiError } from '../../src/errors.js';
import { ObservationSchema } from '../../src/model/observation.js';
import { VALIDATION_CODES } from '../../src/validate/codes.js';
import { createFastCache, isValidObservation } from '../../src/validate/fast-observation.js';
import { checkLimits } from '../../src/validate/limits-check.js';
import { parseDataset, safeParseDataset, validateDataset } from '../../src/validate/validate-dataset.js';
import { codes, ob, opts } from './fixtures.js';

describe('structure: what it catches', () => {
  it('input that is not a dataset object', () => {
    for (const input of [null, 3, 'x', [], true, undefined]) {
      const r = validateDataset(input, opts);
      expect(r.ok).toBe(false);
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([['schema_invalid', '']]);
    }
  });

  it('input that cannot even be read (a revoked Proxy) gives an issue, not an exception', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const r = validateDataset(proxy, opts);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['internal_error']);
    const getter = {
      get observations(): unknown[] {
        throw new Error('boom');
      },
    };
    expect(validateDataset(getter, opts).issues.map((i) => i.code)).toEqual(['internal_error']);
  });

  it('missing or mistyped observations', () => {
    expect(validateDataset({}, opts).issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_field', 'observations'],
    ]);
    expect(validateDataset({ observations: {} }, opts).issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', 'observations'],
    ]);
  });

  it('precise paths and finer codes inside observations', () => {
    const r = validateDataset(
      {
        observations: [
          ob('cases', 1),
          { year: 2024, indicator: 't.cases', value: 1 },
          ob('cases', 'twelve'),
          ob('cases', 1, { asOf: '2024-02-30' }),
          { ...ob('cases', 1), colour: 'red' },
          ob('cases', 1, { year: '2024' as unknown as number }),
          ob('cases', 1, { qualifier: 'roughly' as 'approx' }),
        ],
      },
      opts,
    );
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_field', 'observations[1].jurisdiction'],
      ['invalid_decimal', 'observations[2].value'],
      ['invalid_date', 'observations[3].asOf'],
      ['unknown_field', 'observations[4].colour'],
      ['invalid_type', 'observations[5].year'],
      ['schema_invalid', 'observations[6].qualifier'],
    ]);
    for (const i of r.issues) {
      expect(i.severity).toBe('error');
      expect(i.message.length).toBeGreaterThan(0);
      expect(i.messageZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('metadata: unknown top-level fields, malformed reports and division codes', () => {
    const r = validateDataset(
      {
        observations: [],
        extra: 1,
        reports: [{ id: 'r', jurisdiction: '0123', year: 2024, kind: 'annual-report' }],
        jurisdictions: 'none',
      },
      opts,
    );
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_field', 'extra'],
      ['unknown_jurisdiction', 'reports[0].jurisdiction'],
      ['invalid_type', 'jurisdictions'],
    ]);
  });

  it('skips invalid observations in later rules instead of failing', () => {
    const r = validateDataset({ observations: [ob('cases', 'x'), ob('cases', 5)] }, opts);
    expect(codes(r)).toEqual(['invalid_decimal']);
  });

  it('can be switched off (invalid observations are then skipped silently)', () => {
    const r = validateDataset(
      { observations: [ob('cases', 'x')], extra: 1 },
      { ...opts, rules: { structure: false } },
    );
    expect(r.issues).toEqual([]);
  });
});

describe('structure: what it must not flag', () => {
  it('a full valid dataset', () => {
    const r = validateDataset(
      {
        $schema: './dataset.schema.json',
        name: 'n',
        reports: [
          { id: 'r', jurisdiction: '433126', year: 2024, kind: 'annual-report', published: '2025-01-10' },
        ],
        jurisdictions: [{ code: '433126', name: '古丈县', level: 'county', parent: '433100' }],
        notModelled: [{ report: 'r', quote: '第三批', reason: 'ordinal' }],
        observations: [
          ob('cases', '54', { unit: 'cases', source: { report: 'r', quote: '54件' }, note: '' }),
          ob('lost', 1, { qualifier: 'exact' }),
          ob('concluded', 50, { qualifier: 'range', upper: 60, since: '2024-01' }),
        ],
      },
      opts,
    );
    expect(r).toEqual({ ok: true, issues: [], counts: { error: 0, warning: 0, info: 0 }, observations: 3 });
  });
});

describe('parseDataset and safeParseDataset', () => {
  it('return the typed dataset', () => {
    const d = { observations: [ob('cases', 1)] };
    expect(parseDataset(d)).toEqual(d);
    expect(safeParseDataset(d)).toEqual({ success: true, data: d });
  });

  it('report issues with precise paths, or throw FazhiError carrying them', () => {
    const bad = { observations: [ob('cases', 1), ob('cases', 1), { ...ob('cases', 1), jurisdiction: '12' }] };
    const r = safeParseDataset(bad);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid_division_code', 'observations[2].jurisdiction'],
      ]);
    }
    expect(() => parseDataset(bad)).toThrow(FazhiError);
    try {
      parseDataset(null);
    } catch (e) {
      expect((e as FazhiError).issues[0]?.code).toBe('schema_invalid');
    }
  });
});

/** Mostly valid (a valid choice first and most likely), each field sometimes wrong in a way zod cares about. */
const mostly = <T, U>(good: T[], bad: U[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...good) },
    { weight: 1, arbitrary: fc.constantFrom(...bad) },
  );

/** Like `mostly`, rarer failures: the newer fields, so that enough observations stay valid overall. */
const seldom = <T, U>(good: T[], bad: U[]) =>
  fc.oneof(
    { weight: 14, arbitrary: fc.constantFrom(...good) },
    { weight: 1, arbitrary: fc.constantFrom(...bad) },
  );

const observationLike = fc.record(
  {
    jurisdiction: mostly(['433126', '110000'], ['012345', '43312', 433126, '']),
    year: mostly([2024, 1949, 2100], [1948, 2101, 2024.5, '2024', Number.NaN]),
    indicator: mostly(['t.cases', 'litigation.lossRate', 'a.b.c'], ['T.cases', 'cases', 'a.', '']),
    value: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('12', '96.52', '-3', '.5', '5.', '1e3', '+2', '1e400') },
      { weight: 4, arbitrary: fc.integer() },
      { weight: 1, arbitrary: fc.constantFrom('1,000', '', ' 12', 'NaN', 'Infinity', null) },
      { weight: 1, arbitrary: fc.double() },
      { weight: 1, arbitrary: fc.string() },
    ),
    upper: mostly(['20', 20, '2.5e1'], ['x', null, Number.POSITIVE_INFINITY]),
    unit: mostly(['cases'], ['', 3]),
    qualifier: mostly(['exact', 'approx', 'moreThan', 'range'], ['about', null]),
    basis: mostly(['concluded'], ['', 1]),
    asOf: mostly(
      ['2024-06-30', '2024-02-29', '2000-02-29'],
      ['2023-02-29', '2024-13-01', '2024-6-30', '2024-06-31', 20240630],
    ),
    cumulative: mostly([true, false], ['true', 0]),
    since: mostly(['2019', '2019-05', '2019-05-01'], ['2019-5', '19', '2019-02-30', '2019-13']),
    includesCarriedOver: mostly([true, false], [null]),
    source: mostly(
      [{ report: 'r', quote: 'q' }],
      [{ report: '', quote: 'q' }, { report: 'r' }, { report: 'r', quote: 'q', page: 3 }, null, []],
    ),
    note: mostly(['', 'n'], [5]),
    dimensions: seldom(
      [{ matter: 'informationDisclosure' }, { agencyDomain: 'publicSecurity', matter: 'other' }, {}],
      [
        { Matter: 'x' },
        { matter: '' },
        { matter: '信息公开' },
        { matter: 3 },
        { ['__proto__']: 'x' },
        ['matter'],
        null,
        'matter=x',
      ],
    ),
    measure: seldom(['level', 'share', 'yoyPercent', 'yoyGrowthTimes', 'ppChange'], ['percent', '', null]),
    baseYear: seldom([2023, 1949], [1948, 2023.5, '2023']),
    period: seldom(
      [
        { start: '2021-08-01', end: '2022-07-31' },
        { start: '2024-01-01', end: '2024-04-30' },
      ],
      [
        { start: '2021-08-01' },
        { start: '2021-08-01', end: '2022-02-30' },
        { start: '2021-08-01', end: '2022-07-31', days: 365 },
        '2021-08-01/2022-07-31',
      ],
    ),
    coverage: seldom(['ownLevel', 'wholeArea'], ['本级', 'own', null]),
    shareOf: seldom(
      [
        { indicator: 'reconsideration.received' },
        { jurisdiction: '420000', dimensions: { reviewingBody: 'countyGovernment' } },
        { target: true, coverage: 'wholeArea' },
        {},
      ],
      [{ indicator: 'Received' }, { jurisdiction: '42' }, { target: 'yes' }, { whole: 'x' }, []],
    ),
    breakdownComplete: seldom([['matter'], ['matter', 'agencyDomain']], [[], ['Matter'], 'matter', [3]]),
  },
  { requiredKeys: ['jurisdiction', 'year', 'indicator', 'value'] },
);

/** Sometimes an unknown key, sometimes a required one removed. */
const validObservation = fc
  .tuple(observationLike, fc.nat({ max: 19 }))
  .map(([o, k]): Record<string, unknown> => {
    if (k === 0) return { ...o, colour: 'red' };
    if (k === 1) {
      const { year: _y, ...rest } = o;
      return rest;
    }
    return o;
  });

describe('properties', () => {
  it('the fast path rejects an empty jurisdiction code on the first observation, as zod does', () => {
    const empty = { jurisdiction: '', year: 2024, indicator: 'litigation.lost', value: '1' };
    expect(ObservationSchema.safeParse(empty).success).toBe(false);
    expect(isValidObservation(empty, createFastCache())).toBe(false);
    expect(validateDataset({ observations: [empty] }).ok).toBe(false);
  });

  it('the fast path accepts exactly what ObservationSchema and the limits accept', () => {
    const cache = createFastCache();
    // Values and strings around the limits (LIMITS): long, exponent notation, many digits.
    const edgy = fc
      .tuple(
        observationLike,
        fc.constantFrom('value', 'upper', 'note', 'basis', 'unit'),
        fc.oneof(
          fc.integer({ min: 90, max: 110 }).map((n) => '1'.repeat(n)),
          fc.integer({ min: 90, max: 110 }).map((n) => `0.${'0'.repeat(n)}1`),
          fc.integer({ min: 90, max: 110 }).map((n) => `1e${n}`),
          fc.integer({ min: 4_090, max: 4_100 }).map((n) => 'x'.repeat(n)),
          fc.constantFrom('1e999999999', ' 12', '\u300012', '1.', '.5', '+1e+1', 1e300, 5e-324),
        ),
      )
      .map(([o, k, v]) => ({ ...o, [k]: v, ...(k === 'upper' ? { qualifier: 'range' } : {}) }));
    const anything = fc.oneof(
      { weight: 8, arbitrary: validObservation },
      { weight: 2, arbitrary: edgy },
      { weight: 1, arbitrary: fc.jsonValue() },
      { weight: 1, arbitrary: fc.anything() },
    );
    let accepted = 0;
    fc.assert(
      fc.property(anything, (x) => {
        const zod = ObservationSchema.safeParse(x).success && checkLimits(x, '', 2).length === 0;
        if (zod) accepted++;
        expect(isValidObservation(x, cache)).toBe(zod);
      }),
      { numRuns: 5000 },
    );
    // Both outcomes must be well represented for the property to mean something.
    expect(accepted).toBeGreaterThan(250);
    expect(accepted).toBeLessThan(4750);
  });

  it('validateDataset never throws on arbitrary JSON, and its result is well formed', () => {
    const dataset = fc.oneof(
      fc.jsonValue(),
      fc.record({ observations: fc.array(fc.oneof(validObservation, fc.jsonValue()), { maxLength: 8 }) }),
      fc.record(
        {
          observations: fc.array(validObservation, { maxLength: 8 }),
          reports: fc.array(fc.jsonValue(), { maxLength: 2 }),
          indicators: fc.array(fc.jsonValue(), { maxLength: 2 }),
          targets: fc.jsonValue(),
        },
        { requiredKeys: ['observations'] },
      ),
    );
    const exotic = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(fc.oneof(exotic, fc.record({ observations: fc.array(exotic, { maxLength: 4 }) })), (d) => {
        expect(() => validateDataset(d, { today: '2025-06-01' })).not.toThrow();
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(dataset, (d) => {
        const r = validateDataset(d, { today: '2025-06-01' });
        expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
        for (const i of r.issues) {
          expect(i.code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
          expect(i.code).not.toBe('internal_error');
          expect([...Object.keys(VALIDATION_CODES), ...CATALOG_ISSUE_CODES]).toContain(i.code);
          expect(typeof i.path).toBe('string');
        }
      }),
      { numRuns: 3000 },
    );
  });
});
