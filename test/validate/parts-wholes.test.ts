import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { codes, ob, opts } from './fixtures.js';

const run = (...observations: object[]) =>
  validateDataset({ observations }, { ...opts, rules: { publishedRates: false, plausibility: false } });

describe('partsWholes: what it catches', () => {
  it('a part larger than its whole', () => {
    const r = run(ob('concluded', 50), ob('lost', 60));
    expect(codes(r)).toEqual(['part_exceeds_whole']);
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.path).toBe('observations[1].value');
    expect(r.issues[0]?.details).toMatchObject({ whole: 't.concluded', wholeValue: 50 });
  });

  it('decimals and figures beyond 2^53, exactly', () => {
    expect(codes(run(ob('concluded', '50.0'), ob('lost', '51.0')))).toEqual(['part_exceeds_whole']);
    expect(run(ob('concluded', '50.0'), ob('lost', '50')).issues).toEqual([]);
    expect(codes(run(ob('concluded', '9007199254740993'), ob('lost', '9007199254740994')))).toEqual([
      'part_exceeds_whole',
    ]);
    expect(
      run(ob('concluded', '9007199254740993'), ob('maintained', '9007199254740992'), ob('dismissed', '1'))
        .issues,
    ).toEqual([]);
  });

  it('a complete breakdown that does not add up', () => {
    const r = run(ob('concluded', 100), ob('maintained', 60), ob('corrected', 20), ob('dismissed', 30));
    expect(codes(r)).toEqual(['breakdown_mismatch']);
    expect(r.issues[0]?.path).toBe('observations[0].value');
    expect(r.issues[0]?.details).toMatchObject({ sum: '[110, 110]' });
  });

  it('a breakdown made complete through the parts of an absent intermediate total', () => {
    const r = run(
      ob('concluded', 101),
      ob('maintained', 60),
      ob('dismissed', 30),
      ob('revoked', 4),
      ob('changed', 3),
      ob('confirmedIllegal', 3),
    );
    expect(codes(r)).toEqual(['breakdown_mismatch']);
  });

  it('the known parts of an absent intermediate total already exceeding the whole', () => {
    const r = run(
      ob('concluded', 100),
      ob('maintained', 60),
      ob('dismissed', 30),
      ob('revoked', 8),
      ob('changed', 5),
    );
    expect(codes(r)).toEqual(['part_exceeds_whole']);
  });

  it('a partial breakdown whose given parts already exceed the total', () => {
    const r = run(ob('concluded', 100), ob('maintained', 80), ob('dismissed', 30));
    expect(codes(r)).toEqual(['part_exceeds_whole']);
    expect(r.issues[0]?.details).toMatchObject({ parts: ['t.maintained', 't.dismissed'] });
  });

  it('an exact part above a qualified whole that bounds it ("不足50")', () => {
    const r = run(ob('concluded', 50, { qualifier: 'lessThan' }), ob('lost', 50));
    expect(codes(r)).toEqual(['part_exceeds_whole']);
  });

  it('a stock-flow identity that cannot hold', () => {
    const r = run(ob('enrolledStart', 100), ob('admitted', 30), ob('released', 20), ob('enrolledEnd', 120));
    expect(codes(r)).toEqual(['stock_flow_mismatch']);
    expect(r.issues[0]?.details).toMatchObject({ expected: '[110, 110]' });
  });

  it('an end stock above start plus inflows when outflows are not given', () => {
    const r = run(ob('enrolledStart', 100), ob('admitted', 30), ob('enrolledEnd', 140));
    expect(codes(r)).toEqual(['stock_flow_mismatch']);
  });
});

describe('partsWholes: what it must not flag', () => {
  it('a "600余" part fitting its whole', () => {
    expect(run(ob('corrected', 650), ob('revoked', 600, { qualifier: 'moreThan' })).issues).toEqual([]);
    expect(run(ob('concluded', 650), ob('lost', 600, { qualifier: 'moreThan' })).issues).toEqual([]);
  });

  it('a "600余" part above a whole of exactly 600 is flagged, since 600余 > 600', () => {
    expect(codes(run(ob('concluded', 600), ob('lost', 600, { qualifier: 'moreThan' })))).toEqual([
      'part_exceeds_whole',
    ]);
  });

  it('a breakdown given only in part (never checked as a sum)', () => {
    expect(run(ob('concluded', 100), ob('maintained', 60), ob('dismissed', 30)).issues).toEqual([]);
  });

  it('an intermediate total standing in for its parts', () => {
    const r = run(
      ob('concluded', 100),
      ob('maintained', 60),
      ob('corrected', 10),
      ob('dismissed', 30),
      ob('revoked', 4),
    );
    expect(r.issues).toEqual([]);
  });

  it('a complete breakdown that adds up, with qualified parts', () => {
    expect(
      run(ob('concluded', 100), ob('maintained', 60), ob('corrected', 10), ob('dismissed', 30)).issues,
    ).toEqual([]);
    expect(
      run(
        ob('concluded', 23),
        ob('maintained', 10, { qualifier: 'moreThan' }),
        ob('corrected', 3),
        ob('dismissed', 5),
      ).issues,
    ).toEqual([]);
  });

  it('约 figures, which bound nothing', () => {
    expect(run(ob('concluded', 50, { qualifier: 'approx' }), ob('lost', 60)).issues).toEqual([]);
    expect(
      run(
        ob('concluded', 100, { qualifier: 'approx' }),
        ob('maintained', 60),
        ob('corrected', 10),
        ob('dismissed', 60),
      ).issues,
    ).toEqual([]);
  });

  it('observations of different scopes', () => {
    expect(
      run(ob('concluded', 50, { asOf: '2024-06-30' }), ob('lost', 60)).issues.map((i) => i.code),
    ).toEqual(['partial_period']);
    expect(run(ob('concluded', 50), ob('lost', 60, { cumulative: true, since: '2019' })).issues).toEqual([]);
    expect(run(ob('concluded', 50), ob('lost', 60, { includesCarriedOver: true })).issues).toEqual([]);
  });

  it('treats an asOf on the last day of the year as the full year', () => {
    expect(codes(run(ob('concluded', 50, { asOf: '2024-12-31' }), ob('lost', 60)))).toEqual([
      'part_exceeds_whole',
    ]);
  });

  it('other jurisdictions and years', () => {
    expect(run(ob('concluded', 50), ob('lost', 60, { year: 2023 })).issues).toEqual([]);
    expect(run(ob('concluded', 50), ob('lost', 60, { jurisdiction: '433125' })).issues).toEqual([]);
  });

  it('stock-flow identities that hold, or are only partly given', () => {
    expect(
      run(ob('enrolledStart', 100), ob('admitted', 30), ob('released', 20), ob('enrolledEnd', 110)).issues,
    ).toEqual([]);
    expect(run(ob('enrolledStart', 100), ob('admitted', 30), ob('enrolledEnd', 125)).issues).toEqual([]);
    expect(run(ob('enrolledStart', 100), ob('enrolledEnd', 300)).issues).toEqual([]);
  });

  it('can be switched off', () => {
    const r = validateDataset(
      { observations: [ob('concluded', 50), ob('lost', 60)] },
      { ...opts, rules: { partsWholes: false } },
    );
    expect(r.issues).toEqual([]);
  });
});

describe('partsWholes: the Number fast paths agree with exact interval arithmetic', () => {
  it('same findings whether figures are written as whole numbers or as "N.0" (which takes the exact path)', () => {
    const ids = [
      'concluded',
      'lost',
      'maintained',
      'corrected',
      'revoked',
      'changed',
      'confirmedIllegal',
      'dismissed',
      'enrolledStart',
      'enrolledEnd',
      'admitted',
      'released',
    ];
    const figure = fc.record({
      id: fc.constantFrom(...ids),
      value: fc.nat({ max: 120 }),
      qualifier: fc.constantFrom(
        undefined,
        undefined,
        undefined,
        'moreThan',
        'atLeast',
        'lessThan',
        'approx',
      ),
    });
    fc.assert(
      fc.property(fc.uniqueArray(figure, { selector: (f) => f.id, maxLength: 12 }), (figures) => {
        const build = (asDecimal: boolean) =>
          figures.map((f) =>
            ob(
              f.id,
              asDecimal ? `${f.value}.0` : f.value,
              f.qualifier ? { qualifier: f.qualifier as 'approx' } : {},
            ),
          );
        const found = (asDecimal: boolean) =>
          run(...build(asDecimal)).issues.map((i) => {
            const parts = i.details?.parts ?? [];
            return `${i.code} ${i.path} ${Array.isArray(parts) ? parts.join() : Object.keys(parts as object).join()}`;
          });
        expect(found(false)).toEqual(found(true));
      }),
      { numRuns: 3000 },
    );
  });
});
