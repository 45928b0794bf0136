import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { amount, count, partOf } from './define.js';

const area = 'legal-services';

/** 法律援助: legal aid. */
export const legalAidIndicators: readonly Indicator[] = [
  count({
    id: 'legalAid.cases',
    name: '法律援助案件',
    nameEn: 'Legal aid cases',
    synonyms: ['办理法律援助案件', '受理法律援助案件', '法援案件', '受理刑事、民事及劳动仲裁案件'],
    unit: 'cases',
    area,
  }),
  count({
    id: 'legalAid.criminalCases',
    name: '刑事法律援助案件',
    nameEn: 'Criminal legal aid cases',
    synonyms: ['刑事案件'],
    unit: 'cases',
    area,
    sliceOf: { indicator: 'legalAid.cases', dimensions: { legalAidCaseType: 'criminal' } },
  }),
  count({
    id: 'legalAid.prosecutionStageCases',
    name: '审查起诉阶段法律援助案件',
    nameEn: 'Legal aid cases at the prosecution-review stage',
    synonyms: ['审查起诉阶段律师辩护全覆盖'],
    unit: 'cases',
    area,
  }),
  count({
    id: 'legalAid.consultations',
    name: '法律咨询',
    nameEn: 'Legal consultations answered',
    synonyms: ['解答群众法律咨询', '提供法律咨询', '法律咨询'],
    unit: 'personTimes',
    area,
    description: 'Reports print 人次 or 次; each consultation counts once.',
  }),
  amount({
    id: 'legalAid.feesSaved',
    name: '为当事人节省费用',
    nameEn: 'Fees saved for aid recipients',
    synonyms: ['节省费用'],
    area,
  }),
  amount({
    id: 'legalAid.lossesRecovered',
    name: '挽回经济损失',
    nameEn: 'Economic losses recovered for aid recipients',
    synonyms: ['挽回损失', '为受援人挽回经济损失', '为群众挽回损失'],
    area,
  }),
  count({
    id: 'legalAid.activities',
    name: '法律援助主题活动',
    nameEn: 'Legal aid outreach events',
    synonyms: ['法援惠民生活动'],
    unit: 'times',
    area,
  }),
];

/** Relations among legal aid indicators. */
export const legalAidRelations: readonly Relation[] = [
  partOf(
    'legalAid.criminalCases',
    'legalAid.cases',
    'Criminal legal aid cases are legal aid cases',
    '刑事法律援助案件属于法律援助案件',
  ),
];
