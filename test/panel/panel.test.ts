import { describe, expect, it } from 'vitest';
import {
  buildPanel,
  buildPanelAsync,
  createPanelBuilder,
  dimensionsKey,
  panelObservations,
  panelRates,
  panelSeries,
  seriesScope,
} from '../../src/index.js';

const o = (jurisdiction: string, year: number, indicator: string, value: string | number, extra = {}) => ({
  jurisdiction,
  year,
  indicator,
  value,
  ...extra,
});

describe('building a panel', () => {
  it('keys series by jurisdiction, indicator, dimension member and scope', () => {
    const panel = buildPanel([
      o('433126', 2023, 'litigation.cases', 50),
      o('433126', 2024, 'litigation.cases', 54),
      o('433126', 2024, 'litigation.cases', 7, { dimensions: { matter: 'penalty' } }),
      o('433126', 2024, 'litigation.cases', 60, { coverage: 'ownLevel' }),
      // Unstated coverage is the whole area's: the same series as the plain figure, and the same figure.
      o('433126', 2024, 'litigation.cases', 54, { coverage: 'wholeArea' }),
      o('433126', 2024, 'litigation.cases', 20, { asOf: '2024-06-30' }),
      o('433126', 2023, 'litigation.cases', 18, { asOf: '2023-06-30' }),
    ]);
    expect(panel.series.size).toBe(4);
    const keys = [...panel.series.values()].map(
      (s) => `${dimensionsKey(s.dimensions)}/${s.scope}/${s.points.size}`,
    );
    expect(keys.sort()).toEqual(['/asOf=06-30/2', '//2', '/ownLevel/1', 'matter:penalty//1'].sort());
    expect(panel.years).toEqual([2023, 2024]);
    expect(panel.observations).toBe(6);
    expect(panel.corroborated).toBe(1);
  });

  it('counts agreeing repeats as corroboration and keeps disagreeing ones as conflicts', () => {
    const panel = buildPanel([
      {
        observations: [o('433126', 2023, 'litigation.cases', 50, { source: { report: 'a', quote: '50件' } })],
      },
      {
        observations: [
          o('433126', 2023, 'litigation.cases', '50.0'),
          o('433126', 2023, 'litigation.lost', 3),
        ],
      },
      { observations: [o('433126', 2023, 'litigation.cases', 51)] },
    ]);
    expect(panel.corroborated).toBe(1);
    expect(panel.conflicts).toHaveLength(1);
    expect(panel.conflicts[0]?.kept.value).toBe('50');
    expect(panel.conflicts[0]?.other.value).toBe('51');
  });

  it('counts what it leaves out instead of dropping it silently', () => {
    const panel = buildPanel([
      o('433126', 2023, 'litigation.cases', 1),
      { nonsense: true },
      o('12', 2023, 'x.y', 1),
    ]);
    expect(panel.skipped).toEqual({ invalid: 2, filtered: 0 });
    const within = buildPanel(
      [o('433126', 2023, 'litigation.cases', 1), o('421202', 2023, 'litigation.cases', 1)],
      {
        within: '420000',
      },
    );
    expect([...within.byJurisdiction.keys()]).toEqual(['421202']);
    expect(within.skipped.filtered).toBe(1);
  });

  it('reads streams of record batches, as readObservationBatches yields them', async () => {
    async function* batches() {
      yield [
        { kind: 'observation', observation: o('433126', 2023, 'litigation.cases', 1), index: 0, line: 1 },
      ];
      yield [
        { kind: 'issue', issue: { code: 'x', severity: 'error', path: '', message: '', messageZh: '' } },
        { kind: 'observation', observation: o('433126', 2024, 'litigation.cases', 2), index: 1, line: 3 },
      ];
    }
    const panel = await buildPanelAsync(batches());
    expect(panel.observations).toBe(2);
  });

  it('extends the catalog with the indicators datasets define', () => {
    const b = createPanelBuilder();
    b.addDataset({
      indicators: [
        {
          id: 'local.visits',
          name: '走访',
          nameEn: 'Visits',
          unit: 'times',
          kind: 'count',
          polarity: 'neutral',
          aggregation: 'sum',
        },
      ],
      observations: [o('433126', 2024, 'local.visits', 3)],
    });
    expect(b.finish().catalog.get('local.visits')?.name).toBe('走访');
  });

  it('writes scopes relative to the year so that they repeat across years', () => {
    expect(seriesScope({ year: 2024, asOf: '2025-01-17' })).toBe('asOf=+1-01-17');
    expect(seriesScope({ year: 2024, asOf: '2024-12-31' })).toBe('');
    // 1–4月 is the year's figure as of April 30; a window not from January 1 is a period.
    expect(seriesScope({ year: 2024, period: { start: '2024-01-01', end: '2024-04-30' } })).toBe(
      'asOf=04-30',
    );
    expect(seriesScope({ year: 2024, period: { start: '2023-07-01', end: '2024-06-30' } })).toBe(
      'period=-1-07-01..06-30',
    );
    expect(seriesScope({ year: 2024, coverage: 'ownLevel', cumulative: true, basis: 'judged' })).toBe(
      'cumulative|ownLevel|basis=judged',
    );
    expect(seriesScope({ year: 2024, coverage: 'wholeArea' })).toBe('');
  });

  it('gives its figures back as observations, one jurisdiction-year at a time', () => {
    const panel = buildPanel([
      o('433126', 2024, 'litigation.cases', 2),
      o('120102', 2024, 'litigation.cases', 1),
      o('433126', 2023, 'litigation.cases', 3),
    ]);
    expect([...panelObservations(panel)].map((r) => `${r.jurisdiction}/${r.year}/${r.value}`)).toEqual([
      '120102/2024/1',
      '433126/2023/3',
      '433126/2024/2',
    ]);
  });
});

describe('series', () => {
  const panel = buildPanel([
    o('433126', 2020, 'litigation.cases', 40),
    o('433126', 2021, 'litigation.cases', 50),
    o('433126', 2023, 'litigation.cases', 54),
    o('433126', 2024, 'litigation.cases', 0),
    o('433126', 2025, 'litigation.cases', 10),
    o('433126', 2023, 'litigation.concluded', 50),
    o('433126', 2023, 'litigation.lost', 10),
    o('433126', 2023, 'litigation.lossRate', '20'),
    o('433126', 2024, 'litigation.concluded', 54),
    o('433126', 2024, 'litigation.lost', 12),
    o('433126', 2024, 'litigation.lossRate', '22.3'),
    o('433126', 2025, 'litigation.lossRate', '21', { qualifier: 'approx' }),
  ]);

  it('shows gaps as gaps and changes only between adjacent years', () => {
    const [s] = panelSeries(panel, { jurisdiction: '433126', indicator: 'litigation.cases' });
    expect(s?.years.map((y) => y.value ?? null)).toEqual(['40', '50', null, '54', '0', '10']);
    expect(s?.gaps).toEqual([2022]);
    expect(s?.years[1]?.change).toEqual({ difference: '10', percent: '25.00' });
    expect(s?.years[3]?.change).toBeUndefined();
    expect(s?.years[4]?.change).toEqual({ difference: '-54', percent: '-100.00' });
    // From 0 there is no per cent change.
    expect(s?.years[5]?.change).toEqual({ difference: '10' });
  });

  it('computes CAGR exactly from the first to the last figure', () => {
    const [s] = panelSeries(panel, { indicator: 'litigation.cases', years: [2020, 2021] });
    // 40 → 50 in one year: 25%.
    expect(s?.cagr).toBe('25.00');
    expect(s?.years).toHaveLength(2);
  });

  it('puts the recomputed rate and the verdict beside a published rate, and changes in percentage points', () => {
    const [s] = panelSeries(panel, { indicator: 'litigation.lossRate' });
    const [y2023, y2024, y2025] = s?.years ?? [];
    expect(y2023).toMatchObject({
      value: '20',
      computed: '20.00',
      basis: 'concluded',
      verdict: 'consistent',
    });
    // 12/54 = 22.22…%: 22.3 matches no rounding.
    expect(y2024).toMatchObject({ value: '22.3', computed: '22.22', verdict: 'mismatch' });
    expect(y2024?.change).toEqual({ difference: '2.3' });
    expect(y2025?.change).toBeUndefined();
    expect(s?.cagr).toBeUndefined();
  });

  it('derives every rate of the panel with the file of the published figure', () => {
    const p = buildPanel([]);
    expect(panelRates(p)).toEqual([]);
    const b = createPanelBuilder();
    b.addDataset(
      {
        observations: [
          o('421200', 2024, 'mediation.cases', 45771),
          o('421200', 2024, 'mediation.succeeded', 44180),
          o('421200', 2024, 'mediation.successRate', '96', { source: { report: 'r', quote: '成功率96%' } }),
        ],
      },
      'xianning.json',
    );
    const [row] = panelRates(b.finish());
    expect(row).toMatchObject({ computed: '96.52', published: '96', file: 'xianning.json' });
    expect(row?.publishedSource?.quote).toBe('成功率96%');
    expect(row?.consistency?.conventions).toEqual(['truncate']);
  });
});
