import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { amount, count, partOf, rate, ratio } from './define.js';

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
  amount({
    id: 'legalAid.caseSubsidies',
    name: '法律援助办案补贴',
    nameEn: 'Case subsidies paid to legal aid providers',
    synonyms: ['办案补贴', '发放办案补贴', '案件补贴', '法律援助办案补贴'],
    area,
  }),
  amount({
    id: 'legalAid.consultationSubsidies',
    name: '法律咨询补贴',
    nameEn: 'Consultation subsidies paid',
    synonyms: ['咨询补贴', '法律咨询补贴', '值班补贴'],
    area,
  }),
  count({
    id: 'legalAid.filesReviewed',
    name: '质量评查案卷',
    nameEn: 'Closed case files reviewed for quality',
    synonyms: ['评查案卷', '抽取案卷', '审查归档案卷', '案卷评查', '质量考核案卷'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'legalAid.filesPassed',
    name: '质量合格案卷',
    nameEn: 'Case files rated acceptable or better',
    synonyms: ['合格案卷', '合格以上等次'],
    unit: 'documents',
    area,
    polarity: 'higherIsBetter',
  }),
  rate({
    id: 'legalAid.qualityPassRate',
    name: '案件质量合格率',
    nameEn: 'Case quality pass rate',
    synonyms: ['质量合格率', '案件质量合格率', '案卷合格率'],
    polarity: 'higherIsBetter',
    area,
    formulas: [
      ratio('reviewed', ['legalAid.filesPassed'], ['legalAid.filesReviewed'], {
        description: 'Files rated acceptable or better / files reviewed',
        descriptionZh: '合格以上案卷 / 评查案卷',
      }),
    ],
  }),
  count({
    id: 'legalAid.concluded',
    name: '法律援助结案',
    nameEn: 'Legal aid cases concluded',
    synonyms: ['结案', '办结法律援助案件', '法律援助结案'],
    unit: 'cases',
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
  partOf(
    'legalAid.filesPassed',
    'legalAid.filesReviewed',
    'Files that passed are among the files reviewed',
    '合格案卷属于评查案卷',
  ),
];
