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
    synonyms: [
      '办理法律援助案件',
      '受理法律援助案件',
      '法援案件',
      '受理刑事、民事及劳动仲裁案件',
      '援助案件',
    ],
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
    sliceOf: { indicator: 'legalAid.cases', dimensions: { caseType: 'criminal' } },
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
    synonyms: ['结案', '办结法律援助案件', '法律援助结案', '法律援助案件办结'],
    unit: 'cases',
    area,
  }),
  count({
    id: 'legalAid.otherMatters',
    name: '其他法律援助事项',
    nameEn: 'Other legal aid matters (advice, documents drafted …)',
    synonyms: ['其他事项', '其他法律援助事项', '非诉讼事项'],
    unit: 'cases',
    area,
    description:
      'Legal aid given outside a case: advice, documents drafted, referrals — the 其他事项 of the 法律援助民生工程 targets.',
  }),
  count({
    id: 'legalAid.services',
    name: '法律援助服务',
    nameEn: 'Legal aid services (person-times)',
    synonyms: ['提供法律援助服务', '法律援助服务人次', '法律援助服务'],
    unit: 'personTimes',
    area,
    description:
      'People served by legal aid, counted as person-times: reports weigh cases and other matters by their own rule (绵阳 2015: 2 per case + 1 per other matter), so it is not their sum.',
  }),
  count({
    id: 'legalAid.peopleServed',
    name: '法律援助服务群众',
    nameEn: 'People served by legal aid',
    synonyms: ['服务群众', '受援人', '受援群众'],
    unit: 'people',
    area,
  }),
  count({
    id: 'legalAid.receptionHallsBuilt',
    name: '建成规范化法律援助受理大厅',
    nameEn: 'Standardised legal aid reception halls built',
    synonyms: ['规范化法律援助受理大厅', '法律援助受理大厅'],
    unit: 'organisations',
    area,
  }),
  count({
    id: 'legalAid.workstationsBuilt',
    name: '建成规范化法律援助工作站',
    nameEn: 'Standardised legal aid workstations built',
    synonyms: ['规范化法律援助工作站', '法律援助工作站'],
    unit: 'organisations',
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
