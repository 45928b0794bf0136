import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { codes, ob, opts } from './fixtures.js';

const report = (extra: object = {}) => ({
  id: 'guzhang-2024',
  jurisdiction: '433126',
  year: 2024,
  kind: 'annual-report',
  ...extra,
});

describe('time: what it catches', () => {
  it('an asOf before the period begins', () => {
    const r = validateDataset({ observations: [ob('cases', 3, { asOf: '2023-12-30' })] }, opts);
    expect(codes(r)).toEqual(['date_out_of_period']);
    expect(r.issues[0]?.path).toBe('observations[0].asOf');
    expect(r.issues[0]?.details).toMatchObject({ reason: 'before_period', periodStart: '2024-01-01' });
  });

  it('an asOf before the period of its source report', () => {
    const r = validateDataset(
      {
        reports: [report({ periodStart: '2024-07-01', periodEnd: '2025-06-30' })],
        observations: [
          ob('cases', 3, { asOf: '2024-03-01', source: { report: 'guzhang-2024', quote: '3件' } }),
        ],
      },
      { ...opts, today: '2026-01-01' },
    );
    expect(codes(r)).toEqual(['date_out_of_period']);
  });

  it('dates and years in the future', () => {
    const r = validateDataset(
      {
        observations: [
          ob('cases', 3, { year: 2025, asOf: '2025-07-01' }),
          ob('cases', 3, { year: 2026 }),
          ob('cases', 3, { cumulative: true, since: '2025-09' }),
        ],
        reports: [report({ published: '2025-07-01' })],
      },
      opts,
    );
    expect(r.issues.filter((i) => i.code === 'date_out_of_period').map((i) => i.path)).toEqual([
      'reports[0].published',
      'observations[0].asOf',
      'observations[1].year',
      'observations[2].since',
    ]);
  });

  it('a report published before its period ended (warning)', () => {
    const r = validateDataset({ observations: [], reports: [report({ published: '2024-11-20' })] }, opts);
    expect(r.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ['published_before_period_end', 'warning', 'reports[0].published'],
    ]);
  });

  it('a partial-year figure (info)', () => {
    const r = validateDataset({ observations: [ob('cases', 3, { asOf: '2024-10-31' })] }, opts);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['partial_period', 'info']]);
    expect(r.ok).toBe(true);
  });
});

describe('time: what it must not flag', () => {
  it('a year-end asOf, a figure as of early next year, a work plan published in its year', () => {
    const r = validateDataset(
      {
        reports: [
          report({ published: '2025-01-15' }),
          report({ id: 'plan', kind: 'work-plan', published: '2024-03-01' }),
        ],
        observations: [ob('cases', 3, { asOf: '2024-12-31' }), ob('lost', 1, { asOf: '2025-02-28' })],
      },
      opts,
    );
    expect(r.issues).toEqual([]);
  });

  it('can be switched off', () => {
    const r = validateDataset(
      { observations: [ob('cases', 3, { year: 2030 })] },
      { ...opts, rules: { time: false } },
    );
    expect(r.issues).toEqual([]);
  });
});
