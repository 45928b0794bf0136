import { describe, expect, it } from 'vitest';
import { compareReported } from '../../src/compare-reported.js';
import * as arith from '../../src/internal/arith.js';
import { rate } from '../../src/rate.js';
import { closureRate } from '../../src/rates/closure-rate.js';
import { successRate } from '../../src/rates/success-rate.js';
import { cells, members } from './corpus-support.js';
import { loadDataset, one, value } from './support.js';

const xianning = loadDataset('421200-2024.json');
const rushan = loadDataset('371083-2022.json');

const sumOf = (d: typeof rushan, ids: readonly string[]) => arith.sum(ids.map((id) => value(d, id)));

describe('000 咸宁市 2024', () => {
  const cases = value(xianning, 'mediation.cases');
  const succeeded = value(xianning, 'mediation.succeeded');
  const printed = value(xianning, 'mediation.successRate');

  it('mediation: succeeded does not exceed mediated', () => {
    expect([cases, succeeded, printed]).toEqual(['45771', '44180', '96']);
    expect(arith.cmp(succeeded, cases)).toBe(-1);
  });

  it('mediation success rate recomputes to 96.52%, and the printed 96% is its truncation only', () => {
    const r = successRate({ succeeded, cases });
    expect(r.toPercent(2)).toBe('96.52');
    expect(rate(succeeded, cases).toPercent(2)).toBe('96.52');
    const cmp = compareReported(r, printed);
    expect(cmp.consistent).toBe(true);
    expect(cmp.places).toBe(0);
    expect(cmp.conventions).toEqual(['truncate']);
    // 四舍五入 to an integer gives 97, not the printed 96
    expect(r.toPercent(0, 'half-up')).toBe('97');
    expect(r.toPercent(0, 'half-even')).toBe('97');
  });

  it('normative documents: repealed + amended + revision started is a part of those cleaned up', () => {
    const parts = sumOf(xianning, [
      'normativeDocuments.repealed',
      'normativeDocuments.amended',
      'normativeDocuments.revisionStarted',
    ]);
    expect(parts).toBe('32');
    expect(arith.cmp(parts, value(xianning, 'normativeDocuments.cleanedUp'))).toBe(-1);
  });

  it('三公 spending: its change is stored as a signed per cent change of the spending, not as a level', () => {
    const [change, ...rest] = cells(xianning, 'organisation.threePublicExpenditure', {
      measure: 'yoyPercent',
    });
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ value: '-24.3', unit: 'percent' });
    expect(cells(xianning, 'organisation.threePublicExpenditure')).toEqual([]);
  });

  it('honours: the three awards are three cells (level × field), never one figure given three times', () => {
    const byCell = (indicator: string) =>
      Object.fromEntries(
        xianning.observations
          .filter((o) => o.indicator === indicator)
          .map((o) => [`${o.dimensions?.bodyLevel}/${o.dimensions?.workArea}`, String(o.value)]),
      );
    expect(byCell('organisation.honouredUnits')).toEqual({
      'national/legal-services': '3',
      'national/law-popularisation': '2',
      'provincial/law-popularisation': '10',
    });
    expect(byCell('organisation.honouredPeople')).toEqual({
      'national/legal-services': '2',
      'national/law-popularisation': '2',
      'provincial/law-popularisation': '10',
    });
    // the national honours of both fields: 3 + 2 units
    const national = members(xianning, 'organisation.honouredUnits', 'workArea', {
      fixed: { bodyLevel: 'national' },
    });
    expect(national).toEqual({ 'legal-services': '3', 'law-popularisation': '2' });
    expect(arith.sum(Object.values(national))).toBe('5');
  });

  it('试点以来 legal aid cases are cumulative, not a 2024 flow', () => {
    expect(one(xianning, 'legalAid.prosecutionStageCases').cumulative).toBe(true);
    expect(one(xianning, 'legalAid.cases').cumulative).toBeUndefined();
  });
});

describe('001 乳山市 2022', () => {
  it('community correction: 在矫 241 = 缓刑 231 + 假释 6 + 暂予监外执行 4', () => {
    const parts = sumOf(rushan, [
      'communityCorrection.probation',
      'communityCorrection.parole',
      'communityCorrection.temporaryOutside',
    ]);
    expect(parts).toBe('241');
    expect(parts).toBe(value(rushan, 'communityCorrection.enrolled'));
  });

  it('community correction: minors are a part of those enrolled', () => {
    expect(
      arith.cmp(value(rushan, 'communityCorrection.minors'), value(rushan, 'communityCorrection.enrolled')),
    ).toBe(-1);
  });

  it('community correction: the implied opening stock (241 − 175 + 137 + 9 = 212) is not negative', () => {
    const start = arith.add(
      arith.sub(value(rushan, 'communityCorrection.enrolled'), value(rushan, 'communityCorrection.received')),
      arith.add(
        value(rushan, 'communityCorrection.released'),
        value(rushan, 'communityCorrection.transferredOut'),
      ),
    );
    expect(start).toBe('212');
  });

  it('notarizations: 908 = 国内 258 + 涉外 650; the 15 涉港澳台 do not add on top', () => {
    const total = value(rushan, 'notarization.cases');
    const twoParts = sumOf(rushan, ['notarization.domestic', 'notarization.foreign']);
    expect(twoParts).toBe(total);
    const threeParts = arith.add(twoParts, value(rushan, 'notarization.hkMacaoTaiwan'));
    expect(threeParts).toBe('923');
    expect(threeParts).not.toBe(total);
    // read as a sub-part of 涉外 instead, the breakdown is consistent
    expect(
      arith.cmp(value(rushan, 'notarization.hkMacaoTaiwan'), value(rushan, 'notarization.foreign')),
    ).toBe(-1);
  });

  it('pre-filing resolution rate: (118 − 9)/118 = 92.37…% is printed as 92.4% under 四舍五入', () => {
    const consulted = value(rushan, 'reconsideration.preFilingConsultations');
    const filed = value(rushan, 'reconsideration.filedAfterConsultation');
    const r = rate(arith.sub(consulted, filed), consulted, 'consultations');
    expect(r.toPercent(2)).toBe('92.37');
    const cmp = compareReported(r, value(rushan, 'reconsideration.preFilingResolutionRate'));
    expect(cmp.consistent).toBe(true);
    expect(cmp.conventions).toContain('half-up');
    expect(cmp.conventions).not.toContain('truncate');
  });

  it('reconsideration: 15 concluded (incl. 2 carried over) fit in 19 accepted + 2 carried over, leaving 6 open', () => {
    const concluded = one(rushan, 'reconsideration.concluded');
    expect(concluded.includesCarriedOver).toBe(true);
    const workload = arith.add(
      value(rushan, 'reconsideration.accepted'),
      value(rushan, 'reconsideration.carriedOver'),
    );
    expect(workload).toBe('21');
    expect(arith.sub(workload, String(concluded.value))).toBe('6');
    expect(arith.cmp(value(rushan, 'reconsideration.carriedOver'), String(concluded.value))).toBe(-1);
  });

  it('reconsideration closure rate (not printed) depends on the basis: 71.43% of 21 vs 78.95% of 19', () => {
    const concluded = value(rushan, 'reconsideration.concluded');
    const received = value(rushan, 'reconsideration.accepted');
    const carriedOver = value(rushan, 'reconsideration.carriedOver');
    expect(closureRate({ concluded, received, carriedOver }).toPercent(2)).toBe('71.43');
    // over 受理 alone the 2 carried-over cases inflate the rate
    expect(closureRate({ concluded, received }).toPercent(2)).toBe('78.95');
  });

  it('mediation: ≥ 98% of 2301 disputes means at least 2255 succeeded', () => {
    const rateObs = one(rushan, 'mediation.successRate');
    expect(rateObs.qualifier).toBe('atLeast');
    const cases = value(rushan, 'mediation.cases');
    // taken literally (≥ 98.00%), 2255 is the least whole number of successes that qualifies
    expect(arith.cmp(rate('2255', cases).toPercent(4, 'truncate'), '98')).toBe(1);
    expect(arith.cmp(rate('2254', cases).toPercent(4, 'truncate'), '98')).toBe(-1);
    expect(rate('2255', cases).toPercent(2)).toBe('98.00');
    expect(rate('2254', cases).toPercent(2)).toBe('97.96');
  });

  it('mediation committees: 25 + 16 + 632 = 673, with 16 township committees for 15 towns', () => {
    expect(
      sumOf(rushan, [
        'mediation.industryCommittees',
        'mediation.townshipCommittees',
        'mediation.villageCommittees',
      ]),
    ).toBe('673');
    expect(value(rushan, 'mediation.townshipCommittees')).toBe('16');
    expect(value(rushan, 'publicLegalServices.townshipStations')).toBe('15');
  });

  it('the 632 villages agree across platforms, legal advisers and mediation committees', () => {
    const v = value(rushan, 'publicLegalServices.villageStations');
    expect(v).toBe('632');
    expect(value(rushan, 'legalAdvisers.villagesCovered')).toBe(v);
    expect(value(rushan, 'mediation.villageCommittees')).toBe(v);
  });

  it('remote video system uses add up to 149 (no total printed)', () => {
    expect(
      sumOf(rushan, [
        'resettlement.remoteVisits',
        'resettlement.remoteCourtSessions',
        'resettlement.remotePoliceInterrogations',
        'resettlement.remoteDisciplineInterrogations',
      ]),
    ).toBe('149');
  });

  it('scope: 截至目前 figures carry the report date; 累计 figures are cumulative', () => {
    expect(one(rushan, 'communityCorrection.enrolled').asOf).toBe('2023-01-05');
    const waived = one(rushan, 'business.penaltiesWaived');
    expect(waived).toMatchObject({ value: '6711400', unit: 'yuan', cumulative: true, asOf: '2023-01-05' });
  });
});
