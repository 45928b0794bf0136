import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors.js';
import type { Entry, RuleContext } from '../../src/validate/context.js';
import { checkPublishedRates } from '../../src/validate/rules/published-rates.js';
import { indexRates, quickRateOk, scopeRates } from '../../src/validate/scope-rates.js';
import { splitScopes } from '../../src/validate/scopes.js';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { codes, ob, opts, testCatalog } from './fixtures.js';

const run = (...observations: object[]) =>
  validateDataset({ observations }, { ...opts, rules: { plausibility: false } });

describe('publishedRates: what it catches', () => {
  it('a rate consistent only by truncation or half-even, naming the convention', () => {
    // 1/8 = 12.5%: half-up gives 13; half-even and truncation give 12.
    const r = run(ob('concluded', 8), ob('lost', 1), ob('lossRate', '12'));
    expect(codes(r)).toEqual(['reported_rate_rounding']);
    expect(r.ok).toBe(true);
    expect(r.issues[0]?.severity).toBe('warning');
    expect(r.issues[0]?.details).toMatchObject({ conventions: ['half-even', 'truncate'], computed: '13' });
    expect(r.issues[0]?.messageZh).toContain('截尾');
  });

  it('a rate consistent only by truncation', () => {
    // 44180/45771 = 96.524…%: printed 96, half-up would give 97.
    const r = run(ob('concluded', 45771), ob('lost', 44180), ob('lossRate', '96'));
    expect(r.issues[0]?.details).toMatchObject({ conventions: ['truncate'], computed: '97' });
  });

  it('a rate no rounding reproduces, with the computed value', () => {
    const r = run(ob('concluded', 54), ob('lost', 12), ob('lossRate', '25.5'));
    expect(codes(r)).toEqual(['reported_rate_mismatch']);
    expect(r.issues[0]?.severity).toBe('warning');
    expect(r.issues[0]?.path).toBe('observations[2].value');
    expect(r.issues[0]?.details).toMatchObject({
      computed: '22.2',
      basis: 'concluded',
      numerator: '12',
      denominator: '54',
    });
    expect(r.issues[0]?.details?.alternativeBasis).toBeUndefined();
  });

  it('names another basis that reproduces the figure (new cases instead of concluded)', () => {
    // 3/40 = 7.5% on concluded; 3/50 = 6% on new cases.
    const r = run(ob('concluded', 40), ob('cases', 50), ob('lost', 3), ob('lossRate', '6.0'));
    expect(codes(r)).toEqual(['reported_rate_mismatch']);
    expect(r.issues[0]?.details).toMatchObject({ computed: '7.5', alternativeBasis: 'cases' });
    expect(r.issues[0]?.message).toContain('basis cases');
  });

  it('checks a rate against its stated basis', () => {
    const r = run(
      ob('concluded', 40),
      ob('cases', 50),
      ob('lost', 3),
      ob('lossRate', '7.5', { basis: 'cases' }),
    );
    expect(codes(r)).toEqual(['reported_rate_mismatch']);
    expect(r.issues[0]?.details).toMatchObject({ basis: 'cases', computed: '6.0' });
  });

  it('a basis the indicator has no formula for', () => {
    expect(codes(run(ob('lossRate', '7.5', { basis: 'judged' })))).toEqual(['unknown_basis']);
  });
});

describe('publishedRates: what it must not flag', () => {
  it('a rate consistent under half-up at its printed precision', () => {
    expect(run(ob('concluded', 54), ob('lost', 12), ob('lossRate', '22.2')).issues).toEqual([]);
    expect(run(ob('concluded', 54), ob('lost', 12), ob('lossRate', '22.22')).issues).toEqual([]);
    expect(run(ob('concluded', 54), ob('lost', 12), ob('lossRate', 22)).issues).toEqual([]);
  });

  it('a rate whose inputs are missing, approximate, or in another scope', () => {
    expect(run(ob('lost', 12), ob('lossRate', '50')).issues).toEqual([]);
    expect(
      run(ob('concluded', 54, { qualifier: 'approx' }), ob('lost', 12), ob('lossRate', '50')).issues,
    ).toEqual([]);
    expect(
      run(
        ob('concluded', 54, { cumulative: true }),
        ob('lost', 12, { cumulative: true }),
        ob('lossRate', '50'),
      ).issues,
    ).toEqual([]);
  });

  it('a rate matching on its stated basis', () => {
    expect(
      run(ob('concluded', 40), ob('cases', 50), ob('lost', 3), ob('lossRate', '6', { basis: 'cases' }))
        .issues,
    ).toEqual([]);
  });

  it('a zero denominator', () => {
    expect(run(ob('concluded', 0), ob('lost', 0), ob('lossRate', '0')).issues).toEqual([]);
  });

  it('can be switched off', () => {
    const r = validateDataset(
      { observations: [ob('concluded', 54), ob('lost', 12), ob('lossRate', '25.5')] },
      { ...opts, rules: { publishedRates: false } },
    );
    expect(r.issues).toEqual([]);
  });
});

describe('the quick path agrees with the full comparison', () => {
  it('whenever quickRateOk says "nothing to report", the full rule reports nothing', () => {
    const value = fc.oneof(
      fc.nat({ max: 200 }),
      fc.nat({ max: 200 }).map(String),
      fc.constantFrom('12.5', '1e2'),
    );
    const printed = fc.oneof(
      fc.nat({ max: 100 }).map(String),
      fc
        .tuple(fc.nat({ max: 100 }), fc.nat({ max: 99 }))
        .map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`),
      fc.double({ min: 0, max: 100, noNaN: true }).map((x) => Math.round(x * 10) / 10),
    );
    const qualifier = fc.constantFrom(undefined, 'exact', 'approx', 'moreThan');
    fc.assert(
      fc.property(
        fc.record({
          concluded: fc.option(value, { nil: undefined }),
          cases: fc.option(value, { nil: undefined }),
          lost: fc.option(value, { nil: undefined }),
          lostQ: qualifier,
          printed,
          printedQ: qualifier,
          basis: fc.constantFrom(undefined, 'concluded', 'cases', 'judged'),
        }),
        (x) => {
          const obs = [
            ...(x.concluded === undefined ? [] : [ob('concluded', x.concluded)]),
            ...(x.cases === undefined ? [] : [ob('cases', x.cases)]),
            ...(x.lost === undefined ? [] : [ob('lost', x.lost, x.lostQ ? { qualifier: x.lostQ } : {})]),
            ob('lossRate', x.printed, {
              ...(x.basis ? { basis: x.basis } : {}),
              ...(x.printedQ ? { qualifier: x.printedQ } : {}),
            }),
          ];
          const entries: Entry[] = obs.map((o, i) => ({ o, i, line: undefined }));
          const scope = splitScopes(entries, new Set(['t.lossRate']))[0];
          const pub = entries[entries.length - 1];
          const def = testCatalog.get('t.lossRate');
          if (scope === undefined || pub === undefined || def === undefined) throw new Error('fixture');
          const found: Issue[] = [];
          const ctx = {
            indicators: new Map([[def.id, def]]),
            emit: (i: Issue) => found.push(i),
          } as unknown as RuleContext;
          checkPublishedRates(scopeRates('433126', 2024, scope, indexRates(testCatalog), true), [pub], ctx);
          if (quickRateOk(pub, def, scope) === true) expect(found).toEqual([]);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('publishedRates: bounded figures', () => {
  it('a "以上" rate the exact ratio falls short of', () => {
    // 44180/45771 = 96.52…%: "97%以上" cannot hold, "96%以上" does.
    const r = run(ob('concluded', 45771), ob('lost', 44180), ob('lossRate', '97', { qualifier: 'atLeast' }));
    expect(codes(r)).toEqual(['reported_rate_mismatch']);
    expect(r.issues[0]?.details).toMatchObject({ qualifier: 'atLeast', computed: '96.52' });
    expect(
      run(ob('concluded', 45771), ob('lost', 44180), ob('lossRate', '96', { qualifier: 'atLeast' })).issues,
    ).toEqual([]);
  });

  it('inclusive and exclusive bounds at the exact ratio, and 约', () => {
    // 1/8 = 12.5% exactly.
    expect(
      run(ob('concluded', 8), ob('lost', 1), ob('lossRate', '12.5', { qualifier: 'atMost' })).issues,
    ).toEqual([]);
    expect(
      codes(run(ob('concluded', 8), ob('lost', 1), ob('lossRate', '12.5', { qualifier: 'lessThan' }))),
    ).toEqual(['reported_rate_mismatch']);
    // 约 is near within one unit of its last digit: 约13 and 约12 fit 12.5, 约12.3 does not, 约30 is far.
    for (const near of ['13', '12', '12.5', '12.6']) {
      expect(
        run(ob('concluded', 8), ob('lost', 1), ob('lossRate', near, { qualifier: 'approx' })).issues,
      ).toEqual([]);
    }
    for (const far of ['30', '12.3', '14']) {
      expect(
        codes(run(ob('concluded', 8), ob('lost', 1), ob('lossRate', far, { qualifier: 'approx' }))),
      ).toEqual(['approximate_value_far']);
    }
  });
});
