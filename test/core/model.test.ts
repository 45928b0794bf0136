import { describe, expect, it } from 'vitest';
import {
  DatasetSchema,
  IsoDateSchema,
  JurisdictionSchema,
  levelOfCode,
  ObservationSchema,
  ReportYearSchema,
  reportPeriod,
  scopeKey,
  TargetSchema,
} from '../../src/index.js';

const observation = { jurisdiction: '433126', year: 2024, indicator: 'litigation.lost', value: '12' };

describe('domain model schemas', () => {
  it('accepts the public-contract dataset shape, with values as strings or numbers', () => {
    const parsed = DatasetSchema.parse({
      observations: [
        observation,
        {
          ...observation,
          indicator: 'litigation.concluded',
          value: 54,
          source: { report: 'r', quote: '54件' },
        },
      ],
      jurisdictions: [{ code: '433126', name: '古丈县', level: 'county', parent: '433100' }],
      reports: [{ id: 'r', jurisdiction: '433126', year: 2024, kind: 'annual-report' }],
    });
    expect(parsed.observations).toHaveLength(2);
  });

  it('rejects unknown fields rather than dropping them silently', () => {
    expect(ObservationSchema.safeParse({ ...observation, qualifer: 'moreThan' }).success).toBe(false);
    expect(DatasetSchema.safeParse({ observations: [], extra: 1 }).success).toBe(false);
  });

  it('checks codes, years, dates and decimals', () => {
    expect(ObservationSchema.safeParse({ ...observation, jurisdiction: '43312' }).success).toBe(false);
    expect(ObservationSchema.safeParse({ ...observation, year: 2024.5 }).success).toBe(false);
    expect(ObservationSchema.safeParse({ ...observation, value: '12件' }).success).toBe(false);
    expect(ObservationSchema.safeParse({ ...observation, indicator: 'Litigation' }).success).toBe(false);
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDateSchema.safeParse('2023-02-29').success).toBe(false);
    expect(IsoDateSchema.safeParse('2024-2-1').success).toBe(false);
  });

  it('knows levels from code shapes and periods from years', () => {
    expect(levelOfCode('430000')).toBe('province');
    expect(levelOfCode('433100')).toBe('prefecture');
    expect(levelOfCode('433126')).toBe('county');
    expect(JurisdictionSchema.safeParse({ code: '433126', name: '古丈县', level: 'town' }).success).toBe(
      false,
    );
    expect(reportPeriod({ year: 2024 })).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(reportPeriod({ year: 2024, periodStart: '2024-07-01' }).start).toBe('2024-07-01');
    expect(
      ReportYearSchema.safeParse({ id: 'x', jurisdiction: '433126', year: 2024, kind: 'memo' }).success,
    ).toBe(false);
  });

  it('keys the scope of an observation', () => {
    expect(scopeKey({})).toBe('');
    expect(scopeKey({ cumulative: true, since: '2019' })).toBe('cumulative|since=2019');
    expect(scopeKey({ asOf: '2024-06-30', includesCarriedOver: true })).toBe(
      'asOf=2024-06-30|includesCarriedOver',
    );
  });

  it('models targets with comparators', () => {
    expect(
      TargetSchema.safeParse({
        jurisdiction: '360732',
        year: 2023,
        indicator: 'x.y',
        comparator: '>=',
        value: '80',
      }).success,
    ).toBe(true);
    expect(
      TargetSchema.safeParse({
        jurisdiction: '360732',
        year: 2023,
        indicator: 'x.y',
        comparator: '≥',
        value: '80',
      }).success,
    ).toBe(false);
  });
});

describe('dates in every time zone', () => {
  it('accepts real dates and rejects impossible ones east and west of UTC', async () => {
    const { execFileSync } = await import('node:child_process');
    const script =
      "import { IsoDateSchema } from './src/model/iso-date.ts';" +
      "console.log(['2024-01-01', '2024-12-31', '2024-02-29', '2023-02-29', '2024-13-01'].map((d) => IsoDateSchema.safeParse(d).success).join())";
    for (const tz of ['Asia/Shanghai', 'UTC', 'America/Los_Angeles']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      expect(out.trim(), tz).toBe('true,true,true,false,false');
    }
  });
});
