import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  divisionHistory,
  divisionHistorySources,
  divisionLookup,
  getDivision,
  isValidInYear,
  retiredDivision,
} from '../../src/divisions/index.js';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { ob, opts } from '../validate/fixtures.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('src/divisions/history.generated.ts', () => {
  it('is what scripts/generate-division-history.mjs produces from the vendored tables', () => {
    const regenerated = execFileSync(
      process.execPath,
      ['scripts/generate-division-history.mjs', '--stdout'],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const committed = readFileSync(`${root}src/divisions/history.generated.ts`, 'utf8');
    expect(regenerated.length).toBeGreaterThan(5_000);
    expect(regenerated === committed).toBe(true);
  });

  it('has one official table per year 2014–2023, each with its provenance', () => {
    expect(divisionHistorySources.map((s) => s.year)).toEqual([
      2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023,
    ]);
    for (const s of divisionHistorySources) {
      expect(s.licence).toBe('MIT');
      expect(s.codes).toBeGreaterThan(3000);
      expect(s.asOf.startsWith(String(s.year))).toBe(true);
    }
  });
});

describe('divisions across years', () => {
  it('knows when a county became a district and links the old code to the new one', () => {
    // 密云县 became 密云区 in November 2015: the 2015 table (as of 2015-09-30) still lists the county.
    expect(divisionHistory('110228')).toEqual({
      code: '110228',
      name: '密云县',
      years: [2014, 2015],
      successors: ['110118'],
    });
    expect(isValidInYear('110228', 2015)).toBe(true);
    expect(isValidInYear('110118', 2015)).toBe(true);
    expect(isValidInYear('110228', 2016)).toBe(false);
    expect(retiredDivision('110228', 2014)?.successors.map((d) => d.name)).toEqual(['密云区']);
  });

  it('follows a code moved to another prefecture (莱芜 merged into 济南, 2019)', () => {
    expect(retiredDivision('371203', 2018)?.successors).toEqual([getDivision('370117')]);
    // 莱城区 was renamed 莱芜区 on the move: the tables cannot tell, so the answer is the province it lay in.
    const laicheng = retiredDivision('371202', 2018);
    expect(laicheng?.successors).toEqual([]);
    expect(laicheng?.within?.name).toBe('山东省');
  });

  it('names the prefecture a merged district lies in when the tables cannot tell its successor', () => {
    // 闸北区 merged into 静安区 in 2015.
    const r = retiredDivision('310108', 2015);
    expect(r).toMatchObject({ name: '闸北区', validInYear: true, successors: [] });
    expect(r?.within?.code).toBe('310000');
  });

  it('answers nothing for codes of today or codes never listed', () => {
    expect(retiredDivision('433126', 2024)).toBeUndefined();
    expect(retiredDivision('999999', 2024)).toBeUndefined();
    expect(divisionHistory('433126')?.years).toHaveLength(10);
    expect(isValidInYear('433126', 2025)).toBe(true);
    expect(isValidInYear('110228', 2025)).toBe(false);
    expect(isValidInYear('999999', 2018)).toBe(false);
  });
});

describe('the validator with divisions across years', () => {
  const retiredIn = (year: number) =>
    validateDataset(
      {
        observations: [
          ob('cases', 1, { jurisdiction: '110228', year }),
          ob('cases', 2, { jurisdiction: '110228', year }),
        ],
      },
      { ...opts, divisions: divisionLookup },
    ).issues.filter((i) => i.code === 'unknown_jurisdiction');

  it('turns unknown_jurisdiction for a code valid in its year into an info naming what it is today', () => {
    const issues = retiredIn(2015);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: 'info',
      details: { reason: 'retired', successors: ['110118'] },
    });
    expect(issues[0]?.message).toContain('today it is 110118 密云区');
    expect(issues[0]?.messageZh).toContain('现为 110118 密云区');
  });

  it('keeps it an error for a year when the code was no longer valid', () => {
    const issues = retiredIn(2020);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', details: { reason: 'retired_before_year' } });
    const r = validateDataset(
      {
        observations: [
          ob('cases', 1, { jurisdiction: '110228', year: 2015 }),
          ob('cases', 1, { jurisdiction: '110228', year: 2020 }),
        ],
      },
      { ...opts, divisions: divisionLookup },
    );
    expect(r.issues.map((i) => i.severity)).toEqual(['info', 'error']);
    expect(r.ok).toBe(false);
  });
});
