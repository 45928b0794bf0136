import { describe, expect, it } from 'vitest';
import { divisionLookup } from '../../src/divisions/division-lookup.js';
import type { DivisionLookup } from '../../src/validate/types.js';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { codes, ob, opts } from './fixtures.js';

const lookup: DivisionLookup = {
  getDivision: (code) =>
    code === '433126' ? { code, name: '古丈县', level: 'county', parent: '433100' } : undefined,
};

describe('references: what it catches', () => {
  it('an unknown indicator', () => {
    const r = validateDataset({ observations: [ob('nope', 1)] }, opts);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_indicator', 'observations[0].indicator'],
    ]);
  });

  it('a malformed division code, always', () => {
    const r = validateDataset({ observations: [ob('cases', 1, { jurisdiction: '033126' })] }, opts);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_jurisdiction', 'observations[0].jurisdiction'],
    ]);
    expect(r.issues[0]?.details).toMatchObject({ reason: 'malformed' });
  });

  it('a code that does not exist, when a division table is given', () => {
    const r = validateDataset(
      { observations: [ob('cases', 1, { jurisdiction: '433199' })] },
      { ...opts, divisions: lookup },
    );
    expect(r.issues.map((i) => [i.code, i.details?.reason])).toEqual([['unknown_jurisdiction', 'not_found']]);
  });

  it('with the real division table of fazhi/divisions', () => {
    const r = validateDataset(
      { observations: [ob('cases', 1), ob('cases', 1, { jurisdiction: '439999' })] },
      { ...opts, divisions: divisionLookup },
    );
    expect(r.issues.map((i) => i.path)).toEqual(['observations[1].jurisdiction']);
  });

  it('a dangling report reference, and codes in reports, jurisdictions and targets', () => {
    const r = validateDataset(
      {
        reports: [{ id: 'r1', jurisdiction: '433199', year: 2024, kind: 'annual-report' }],
        jurisdictions: [{ code: '433198', name: 'x', level: 'county' }],
        targets: [{ jurisdiction: '433126', year: 2025, indicator: 't.nope', comparator: '>=', value: 80 }],
        observations: [ob('cases', 1, { source: { report: 'r2', quote: '1件' } })],
      },
      { ...opts, divisions: lookup },
    );
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_jurisdiction', 'reports[0].jurisdiction'],
      ['unknown_jurisdiction', 'jurisdictions[0].code'],
      ['unknown_indicator', 'targets[0].indicator'],
      ['unknown_report', 'observations[0].source.report'],
    ]);
  });

  it('a dataset indicator that redefines a catalog one, or whose formula names an unknown indicator', () => {
    const def = {
      name: 'x',
      nameEn: 'x',
      unit: 'cases',
      kind: 'count',
      polarity: 'neutral',
      aggregation: 'sum',
    };
    const r = validateDataset(
      {
        indicators: [
          { ...def, id: 't.cases' },
          {
            ...def,
            id: 'own.rate',
            unit: 'percent',
            kind: 'rate',
            aggregation: 'none',
            formulas: [
              { basis: 'b', numerator: { plus: ['own.missing'] }, denominator: { plus: ['t.cases'] } },
            ],
          },
        ],
        observations: [],
      },
      opts,
    );
    expect(r.issues.map((i) => i.code)[0]).toBe('duplicate_indicator');
    expect(r.issues.slice(1).every((i) => i.path.startsWith('indicators[1]'))).toBe(true);
    expect(r.issues.length).toBeGreaterThan(1);
  });
});

describe('references: what it must not flag', () => {
  it("a well-formed code without a division table; the dataset's own indicators; declared reports", () => {
    const r = validateDataset(
      {
        indicators: [
          {
            id: 'own.visits',
            name: '走访',
            nameEn: 'Visits',
            unit: 'times',
            kind: 'count',
            polarity: 'neutral',
            aggregation: 'sum',
          },
        ],
        reports: [{ id: 'r1', jurisdiction: '433126', year: 2024, kind: 'annual-report' }],
        observations: [
          ob('cases', 1, { jurisdiction: '433199', source: { report: 'r1', quote: '1件' } }),
          { jurisdiction: '433126', year: 2024, indicator: 'own.visits', value: 3 },
        ],
      },
      opts,
    );
    expect(r.issues).toEqual([]);
  });

  it('a report reference when the dataset declares no reports (NDJSON streams have none)', () => {
    expect(
      validateDataset({ observations: [ob('cases', 1, { source: { report: 'r9', quote: 'q' } })] }, opts)
        .issues,
    ).toEqual([]);
  });

  it('can be switched off', () => {
    expect(
      codes(validateDataset({ observations: [ob('nope', 1)] }, { ...opts, rules: { references: false } })),
    ).toEqual([]);
    // The shape is still checked, by the structure rule under its own code.
    const r = validateDataset(
      { observations: [ob('cases', 1, { jurisdiction: '12' })] },
      { ...opts, rules: { references: false } },
    );
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_division_code', 'observations[0].jurisdiction'],
    ]);
  });
});

describe('references: one report per unknown code', () => {
  it('reports a non-existent code at its first use only', () => {
    const r = validateDataset(
      {
        observations: [ob('cases', 1, { jurisdiction: '433199' }), ob('lost', 1, { jurisdiction: '433199' })],
      },
      { ...opts, divisions: lookup },
    );
    expect(r.issues.map((i) => i.path)).toEqual(['observations[0].jurisdiction']);
  });
});
