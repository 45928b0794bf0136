/**
 * The catalog's relations against figures printed in the five seed reports: a relation that fires on a real,
 * consistent report is a false alarm, so every one below must pass; the doctored variants must fail.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/validate/validate-dataset.js';

type Figures = Record<string, string>;

const RELATION_CODES = new Set(['part_exceeds_whole', 'breakdown_mismatch', 'stock_flow_mismatch']);

function relationIssues(jurisdiction: string, year: number, figures: Figures): string[] {
  const observations = Object.entries(figures).map(([indicator, value]) => ({
    jurisdiction,
    year,
    indicator,
    value,
  }));
  const result = validateDataset({ observations });
  return result.issues.filter((i) => RELATION_CODES.has(i.code)).map((i) => `${i.code}: ${i.message}`);
}

// 古丈县 2024 (004): 办结23件,其中不予受理4件,申请人逾期未补正4件,维持9件,变更0件,驳回3件,撤销2件,撤回1件 …
const guzhang: Figures = {
  'reconsideration.received': '48',
  'reconsideration.concluded': '23',
  'reconsideration.rejected': '4',
  'reconsideration.upheld': '9',
  'reconsideration.altered': '0',
  'reconsideration.dismissed': '3',
  'reconsideration.revoked': '2',
  'reconsideration.withdrawn': '1',
  'litigation.afterReconsideration': '3',
  'litigation.cases': '63',
  'litigation.concluded': '54',
  'litigation.judged': '54',
  'litigation.lost': '12',
  'mediation.cases': '1085',
  'mediation.succeeded': '1055',
  'legalityReview.opinions': '90',
  'legalityReview.majorAgreements': '17',
  'legalityReview.investmentAgreements': '5',
  'legalityReview.fundingDocuments': '6',
  'notarization.cases': '106',
  'notarization.feeWaivedCases': '15',
  'resettlement.enrolled': '731',
  'resettlement.keyTargets': '33',
  'communityCorrection.enrolled': '55',
};

// 乳山市 2022 (001): 在矫241人,其中缓刑231人,假释6人,暂予监外执行4人 … 公证908件,其中国内258件,涉外650件,涉港澳台15件
const rushan: Figures = {
  'reconsideration.accepted': '19',
  'reconsideration.concluded': '15',
  'reconsideration.preFilingConsultations': '118',
  'reconsideration.filedAfterConsultation': '9',
  'litigation.cases': '7',
  'notarization.cases': '908',
  'notarization.domestic': '258',
  'notarization.foreign': '650',
  'notarization.hkMacaoTaiwan': '15',
  'communityCorrection.received': '175',
  'communityCorrection.released': '137',
  'communityCorrection.transferredOut': '9',
  'communityCorrection.enrolled': '241',
  'communityCorrection.probation': '231',
  'communityCorrection.parole': '6',
  'communityCorrection.temporaryOutside': '4',
  'communityCorrection.minors': '10',
  'communityCorrection.absconded': '0',
  'mediation.cases': '2301',
  'mediation.industryCommittees': '25',
  'mediation.townshipCommittees': '16',
  'mediation.villageCommittees': '632',
  'publicLawyers.units': '37',
  'publicLawyers.unitsTotal': '37',
  'legalAdvisers.villagesCovered': '632',
  'legalAdvisers.villagesTotal': '632',
  'resettlement.received': '157',
  'resettlement.filed': '157',
};

// 咸宁市 2024 (000) and 河东区 2024 (003)
const xianning: Figures = {
  'mediation.cases': '45771',
  'mediation.succeeded': '44180',
  'normativeDocuments.cleanedUp': '225',
  'normativeDocuments.repealed': '14',
  'normativeDocuments.amended': '13',
  'normativeDocuments.revisionStarted': '5',
  'inspection.problems': '23',
  'inspection.problemsRectified': '23',
  'organisation.auditProblems': '38',
  'organisation.auditProblemsRectified': '38',
};
const hedong: Figures = {
  'reconsideration.received': '673',
  'reconsideration.concluded': '574',
  'reconsideration.mediated': '89',
  'mediation.succeeded': '2748',
  'legalPublicity.activities': '100',
  'legalPublicity.legalUnderstanderActivities': '2432',
  'lawyers.lawFirms': '78',
  'lawyers.lawyers': '895',
  'lawyers.talentPool': '117',
};

describe('catalog relations on the seed reports', () => {
  it.each([
    ['433126', 2024, guzhang],
    ['371083', 2022, rushan],
    ['421200', 2024, xianning],
    ['120102', 2024, hedong],
  ] as const)('raise no false alarm on %s %i', (code, year, figures) => {
    expect(relationIssues(code, year, figures)).toEqual([]);
  });

  it('catch a doctored breakdown of people under correction', () => {
    // 管制 not printed: the three given parts (241) may not exceed the total
    const partial = relationIssues('371083', 2022, { ...rushan, 'communityCorrection.enrolled': '240' });
    expect(partial.some((i) => i.startsWith('part_exceeds_whole'))).toBe(true);
    // every part given (管制 0): the parts must add up exactly
    const full = { ...rushan, 'communityCorrection.control': '0' };
    expect(relationIssues('371083', 2022, full)).toEqual([]);
    const doctored = relationIssues('371083', 2022, { ...full, 'communityCorrection.enrolled': '245' });
    expect(doctored.some((i) => i.startsWith('breakdown_mismatch'))).toBe(true);
  });

  it('catch reconsideration outcomes that exceed the cases concluded', () => {
    const issues = relationIssues('433126', 2024, { ...guzhang, 'reconsideration.upheld': '19' });
    expect(issues.some((i) => i.startsWith('part_exceeds_whole'))).toBe(true);
  });

  it('catch more losses than judgments', () => {
    const issues = relationIssues('433126', 2024, { ...guzhang, 'litigation.lost': '55' });
    expect(issues.length).toBeGreaterThan(0);
  });

  it('catch a stock-flow identity that cannot hold', () => {
    const issues = relationIssues('371083', 2022, {
      ...rushan,
      'communityCorrection.enrolledStart': '100',
    });
    // 100 + 175 − 137 − 9 = 129, not 241
    expect(issues.some((i) => i.startsWith('stock_flow_mismatch'))).toBe(true);
  });
});
