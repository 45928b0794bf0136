import { describe, expect, it } from 'vitest';
import { checkTarget } from '../../src/check-target.js';
import { compareReported } from '../../src/compare-reported.js';
import { getDivision } from '../../src/divisions/index.js';
import * as arith from '../../src/internal/arith.js';
import { rate } from '../../src/rate.js';
import { closureRate } from '../../src/rates/closure-rate.js';
import { correctionRate } from '../../src/rates/correction-rate.js';
import { clearanceRate } from '../../src/rates/court-measures.js';
import { lossRate } from '../../src/rates/loss-rate.js';
import { successRate } from '../../src/rates/success-rate.js';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { loadDataset, obs, one, targets, value } from './support.js';

// Seeds 002 (兴国县 2023 plan), 003 (河东区 2024), 004 (古丈县 2024): every breakdown that should add up, and every
// printed rate recomputed from its printed inputs. Expected values were worked out by hand from the texts.

const total = (values: readonly string[]): string => arith.sum(values);

describe('004 古丈县 2024 (433126-2024.json)', () => {
  const ds = loadDataset('433126-2024.json');
  const v = (id: string) => value(ds, id);

  it('reconsideration: the 23 concluded cases are exactly the seven outcomes printed', () => {
    const outcomes = [
      'reconsideration.rejected', // 不予受理 4
      'reconsideration.abandoned', // 逾期未补正 4
      'reconsideration.upheld', // 维持 9
      'reconsideration.altered', // 变更 0
      'reconsideration.dismissed', // 驳回 3
      'reconsideration.revoked', // 撤销 2
      'reconsideration.withdrawn', // 撤回 1
    ].map(v);
    expect(outcomes).toEqual(['4', '4', '9', '0', '3', '2', '1']);
    expect(total(outcomes)).toBe('23');
    expect(v('reconsideration.concluded')).toBe('23');
  });

  it('reconsideration: 23 concluded of 48 received, a clearance rate of 47.9% (not printed)', () => {
    expect(v('reconsideration.received')).toBe('48');
    const r = clearanceRate({
      resolved: v('reconsideration.concluded'),
      incoming: v('reconsideration.received'),
    });
    expect(r.toPercent(1)).toBe('47.9');
    expect(arith.cmp(v('reconsideration.concluded'), v('reconsideration.received'))).toBe(-1);
  });

  it('reconsideration: correction rate 2/23 over concluded, 2/14 over cases decided on the merits (not printed)', () => {
    const revoked = v('reconsideration.revoked');
    const altered = v('reconsideration.altered');
    // decided on the merits = 维持 + 驳回 + 撤销 + 变更; 不予受理, 逾期未补正 and 撤回 end without a decision
    const decided = total([v('reconsideration.upheld'), v('reconsideration.dismissed'), revoked, altered]);
    expect(decided).toBe('14');
    expect(correctionRate({ revoked, altered, concluded: v('reconsideration.concluded') }).toPercent(1)).toBe(
      '8.7',
    );
    expect(correctionRate({ revoked, altered, decided }).toPercent(1)).toBe('14.3');
  });

  it('suits after reconsideration: 3 = 1 dismissed by ruling + 2 pending, out of 23 concluded', () => {
    const after = v('litigation.afterReconsideration');
    expect(after).toBe('3');
    expect(total([v('litigation.dismissedByRuling'), v('litigation.pending')])).toBe(after);
    // 复议后起诉率 is not printed (only "lower than 2022, 2023"): 3/23
    expect(rate(after, v('reconsideration.concluded')).toPercent(1)).toBe('13.0');
  });

  it('“复议后诉讼率较2022、2023年明显降低”: a fall on each year, stored as a change in points below 0', () => {
    const falls = ds.observations.filter(
      (o) => o.indicator === 'litigation.afterReconsiderationRate' && o.measure === 'ppChange',
    );
    expect(falls.map((o) => [o.baseYear, o.value, o.qualifier])).toEqual([
      [2022, '0', 'lessThan'],
      [2023, '0', 'lessThan'],
    ]);
    expect(obs(ds, 'litigation.afterReconsiderationRate').filter((o) => o.measure === undefined)).toEqual([]);
  });

  it('litigation: 54 concluded (= judged) of 63 handled, 12 lost', () => {
    expect(v('litigation.cases')).toBe('63');
    expect(v('litigation.concluded')).toBe('54');
    expect(v('litigation.judged')).toBe('54');
    expect(v('litigation.lost')).toBe('12');
    expect(arith.cmp(v('litigation.concluded'), v('litigation.cases'))).toBe(-1);
    expect(arith.cmp(v('litigation.lost'), v('litigation.judged'))).toBe(-1);
  });

  it('litigation: printed 败诉率 22% recomputes as 12/54 = 22.2% on both bases, but not over the 63 handled', () => {
    const printed = one(ds, 'litigation.lossRate');
    expect(printed.value).toBe('22');
    expect(printed.basis).toBe('judged');
    const lost = v('litigation.lost');
    const overJudged = lossRate({ lost, judged: v('litigation.judged') });
    const overConcluded = lossRate({ lost, concluded: v('litigation.concluded') });
    expect(overJudged.toPercent(1)).toBe('22.2');
    expect(overConcluded.toPercent(1)).toBe('22.2');
    const cmp = compareReported(overJudged, String(printed.value));
    expect(cmp.consistent).toBe(true);
    expect(cmp.conventions).toEqual(['half-up', 'half-even', 'truncate']);
    // over every case handled the rate would be 19.0%: the printed 22% is not on that basis
    const overHandled = rate(lost, v('litigation.cases'));
    expect(overHandled.toPercent(1)).toBe('19.0');
    expect(compareReported(overHandled, String(printed.value)).consistent).toBe(false);
  });

  it('legality review: the three itemised kinds (17 + 5 + 6 = 28) are part of the 90 opinions, not a full breakdown', () => {
    const parts = [
      v('legalityReview.majorAgreements'),
      v('legalityReview.investmentAgreements'),
      v('legalityReview.fundingDocuments'),
    ];
    expect(total(parts)).toBe('28');
    expect(arith.cmp(total(parts), v('legalityReview.opinions'))).toBe(-1);
  });

  it('mediation: 1055 of 1085 succeeded, 97.2% (not printed)', () => {
    const r = successRate({ succeeded: v('mediation.succeeded'), cases: v('mediation.cases') });
    expect(r.toPercent(1)).toBe('97.2');
    expect(r.toPercent(2)).toBe('97.24');
  });

  it('parts within wholes: fee-reduced notarizations, key resettlement persons', () => {
    expect(arith.cmp(v('notarization.feeWaivedCases'), v('notarization.cases'))).toBe(-1);
    expect(rate(v('notarization.feeWaivedCases'), v('notarization.cases')).toPercent(1)).toBe('14.2');
    expect(arith.cmp(v('resettlement.keyTargets'), v('resettlement.enrolled'))).toBe(-1);
  });

  it('keeps the qualifiers of the approximate figures', () => {
    expect(one(ds, 'legalAid.lossesRecovered')).toMatchObject({ value: '1000000', qualifier: 'moreThan' });
    expect(one(ds, 'legalAid.consultations')).toMatchObject({ value: '650', qualifier: 'moreThan' });
    expect(one(ds, 'communityCorrection.educationAttendance')).toMatchObject({
      value: '500',
      qualifier: 'moreThan',
    });
    expect(one(ds, 'mediation.rewardFunds')).toMatchObject({ value: '97200', unit: 'yuan' });
    expect(one(ds, 'mediation.rewardFunds').qualifier).toBeUndefined();
  });
});

describe('003 河东区 2024 (120102-2024.json)', () => {
  const ds = loadDataset('120102-2024.json');
  const v = (id: string) => value(ds, id);

  it('reconsideration: 574 concluded (incl. carried over) against 673 received, clearance 85.3%', () => {
    const received = one(ds, 'reconsideration.received');
    const concluded = one(ds, 'reconsideration.concluded');
    expect(received.value).toBe('673');
    expect(received.cumulative).toBeUndefined(); // "2024年…累计" is the year's own total
    expect(concluded).toMatchObject({ value: '574', includesCarriedOver: true });
    const clearance = clearanceRate({ resolved: String(concluded.value), incoming: String(received.value) });
    expect(clearance.toPercent(1)).toBe('85.3');
    // the backlog grew by at least 673 − 574 = 99 cases over the year
    expect(arith.sub(String(received.value), String(concluded.value))).toBe('99');
    // a closure rate over the whole caseload needs the carried-over count, which is not printed: the 85.3% over
    // received only is an upper bound on it
    const withZeroCarried = closureRate({ concluded: '574', received: '673', carriedOver: '0' });
    expect(withZeroCarried.toPercent(1)).toBe('85.3');
    expect(closureRate({ concluded: '574', received: '673', carriedOver: '1' }).toPercent(1)).toBe('85.2');
  });

  it('reconsideration: 89 settled by mediation are part of the 574 concluded (15.5%)', () => {
    const mediated = one(ds, 'reconsideration.mediated');
    expect(mediated).toMatchObject({ value: '89', includesCarriedOver: true });
    expect(arith.cmp('89', v('reconsideration.concluded'))).toBe(-1);
    expect(rate('89', v('reconsideration.concluded')).toPercent(1)).toBe('15.5');
  });

  it('printed 100% rates have no printed inputs to recompute', () => {
    expect(one(ds, 'reconsideration.onTimeRate').value).toBe('100');
    expect(one(ds, 'litigation.headAppearanceRate').value).toBe('100');
    expect(obs(ds, 'litigation.cases')).toEqual([]);
  });

  it('mediation: 2748 succeeded but no count of disputes mediated, so no success rate', () => {
    expect(v('mediation.succeeded')).toBe('2748');
    expect(obs(ds, 'mediation.cases')).toEqual([]);
    // the 24888 screenings (排查) are not the denominator of mediation
    expect(v('mediation.screenings')).toBe('24888');
  });

  it('parts within wholes: enforcement items in categories, lawyers in units', () => {
    expect(
      arith.cmp(v('lawEnforcement.delegatedItemsRecalled'), v('lawEnforcement.delegatedCategoriesRecalled')),
    ).toBe(1);
    expect(arith.cmp(v('publicLawyers.lawyers'), v('publicLawyers.units'))).toBe(1);
    expect(arith.cmp(v('legalPublicity.staffExamTakers'), v('legalPublicity.staffExamUnits'))).toBe(1);
    expect(arith.cmp(v('lawyers.talentPool'), v('lawyers.lawyers'))).toBe(-1);
  });

  it('473万余元 is more than 4,730,000 yuan', () => {
    expect(one(ds, 'legalAid.lossesRecovered')).toMatchObject({
      value: '4730000',
      unit: 'yuan',
      qualifier: 'moreThan',
    });
  });

  it('the 2025 plan keeps 负责人出庭应诉率 at 100%, which the 2024 result meets', () => {
    const [plan] = targets(ds, 'litigation.headAppearanceRate');
    expect(plan).toMatchObject({ year: 2025, comparator: '=', value: '100' });
    if (!plan) return;
    expect(checkTarget(plan, one(ds, 'litigation.headAppearanceRate')).status).toBe('met');
  });
});

describe('002 兴国县 2023 plan (360732-2023.json)', () => {
  const ds = loadDataset('360732-2023.json');

  it('is a plan: its figures are targets, not results', () => {
    expect(ds.reports?.[0]?.kind).toBe('work-plan');
    expect(ds.observations).toEqual([]);
    expect((ds.targets ?? []).map((t) => `${t.indicator} ${t.comparator} ${t.value}`).sort()).toEqual(
      [
        'judicialOffices.standardisedRate >= 80',
        'publicLegalServices.townshipSmartCoverage = 100',
        'publicLegalServices.villageSmartCoverage >= 5',
        'publicLegalServices.servicesPer100k >= 110',
      ].sort(),
    );
  });

  it('reads 80%以上 as inclusive: exactly 80% meets it, 79.9% does not', () => {
    const [t] = targets(ds, 'judicialOffices.standardisedRate');
    expect(t).toBeDefined();
    if (!t) return;
    expect(checkTarget(t, { value: '80' }).status).toBe('met');
    expect(checkTarget(t, { value: '79.9' }).status).toBe('notMet');
  });

  it('每10万人 is the unit of the 110 target, not a figure of its own', () => {
    const [t] = targets(ds, 'publicLegalServices.servicesPer100k');
    expect(t).toMatchObject({ value: '110', unit: 'per100k' });
  });
});

describe('validator on seeds 002–004', () => {
  // A fixed "today" keeps future-date checks independent of the clock.
  const options = { divisions: { getDivision }, today: '2026-01-01' };

  it.each(['360732-2023.json', '120102-2024.json', '433126-2024.json'])(
    '%s: no errors, warnings or infos',
    (file) => {
      const result = validateDataset(loadDataset(file), options);
      expect(result.issues.map((i) => `${i.severity} ${i.code} ${i.path}`)).toEqual([]);
    },
  );

  it('catches a doctored 古丈县 败诉率 (25% against 12/54)', () => {
    const ds = loadDataset('433126-2024.json');
    const index = ds.observations.findIndex((o) => o.indicator === 'litigation.lossRate');
    const doctored = {
      ...ds,
      observations: ds.observations.map((o, i) => (i === index ? { ...o, value: '25' } : o)),
    };
    const issues = validateDataset(doctored, options).issues;
    expect(issues.map((i) => i.path)).toContain(`observations[${index}].value`);
  });

  it('catches a doctored 河东区 part larger than its whole (调解结案 above 审结)', () => {
    const ds = loadDataset('120102-2024.json');
    const index = ds.observations.findIndex((o) => o.indicator === 'reconsideration.mediated');
    const doctored = {
      ...ds,
      observations: ds.observations.map((o, i) => (i === index ? { ...o, value: '600' } : o)),
    };
    const result = validateDataset(doctored, options);
    expect(result.counts.error + result.counts.warning).toBeGreaterThan(0);
  });
});
