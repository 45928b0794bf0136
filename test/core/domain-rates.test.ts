import { describe, expect, it } from 'vitest';
import {
  clearanceRate,
  closureRate,
  correctionRate,
  dispositionTime,
  headAppearanceRate,
  lossRate,
  onTimeRate,
  successRate,
} from '../../src/index.js';

describe('named domain rates', () => {
  it('败诉率 on both bases records the basis', () => {
    const overConcluded = lossRate({ lost: 12, concluded: 54 });
    expect(overConcluded.basis).toBe('concluded');
    expect(overConcluded.toPercent(1)).toBe('22.2');
    const overJudged = lossRate({ lost: 12, judged: 30 });
    expect(overJudged.basis).toBe('judged');
    expect(overJudged.toPercent(0)).toBe('40');
  });

  it('调解成功率 of 咸宁市', () => {
    expect(successRate({ succeeded: 44180, cases: 45771 }).toPercent(2)).toBe('96.52');
  });

  it('纠错率 sums the correcting outcomes, missing ones as zero', () => {
    const r = correctionRate({ revoked: 2, altered: '1', confirmedIllegal: 3, concluded: 60 });
    expect(r.numerator).toBe('6');
    expect(r.basis).toBe('concluded');
    expect(r.toPercent(0)).toBe('10');
    const decided = correctionRate({ revoked: 2, decided: 14 });
    expect(decided.basis).toBe('decided');
    expect(decided.toPercent(1)).toBe('14.3');
    const comprehensive = correctionRate({ revoked: 2, mediated: 5, includeMediated: true, concluded: 70 });
    expect(comprehensive.numerator).toBe('7');
    expect(comprehensive.basis).toBe('concluded+mediated');
    expect(correctionRate({ mediated: 5, concluded: 70 }).numerator).toBe('0');
  });

  it('乳山市 (118 − 9)/118 = 92.4%', () => {
    expect(successRate({ succeeded: 118 - 9, cases: 118 }).toPercent(1)).toBe('92.4');
  });

  it('结案率 with carried-over cases widens the denominator', () => {
    expect(closureRate({ concluded: 23, received: 48 }).basis).toBe('received');
    const r = closureRate({ concluded: 50, received: 48, carriedOver: 4 });
    expect(r.denominator).toBe('52');
    expect(r.basis).toBe('received+carriedOver');
    expect(onTimeRate({ onTime: 49, concluded: 50 }).toPercent(0)).toBe('98');
  });

  it('负责人出庭应诉率 and the court measures', () => {
    expect(headAppearanceRate({ appeared: 29, hearings: 30 }).toPercent(1)).toBe('96.7');
    expect(clearanceRate({ resolved: 23, incoming: 48 }).toPercent(1)).toBe('47.9');
    expect(dispositionTime({ pending: 25, resolved: 23 }).toDecimal(1)).toBe('396.7');
    expect(dispositionTime({ pending: 1, resolved: 0 }).isDefined).toBe(false);
  });
});
