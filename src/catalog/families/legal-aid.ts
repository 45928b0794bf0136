import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf, ratio } from './define.js';

const area = 'legal-services';
const { amount, count, rate } = inArea(area);

/** 法律援助: legal aid. */
export const legalAidIndicators: readonly Indicator[] = [
  count(
    'legalAid.cases',
    '法律援助案件',
    'Legal aid cases',
    ['办理法律援助案件', '受理法律援助案件', '法援案件', '受理刑事、民事及劳动仲裁案件', '援助案件'],
    'cases',
  ),
  count('legalAid.criminalCases', '刑事法律援助案件', 'Criminal legal aid cases', ['刑事案件'], 'cases', {
    sliceOf: { indicator: 'legalAid.cases', dimensions: { caseType: 'criminal' } },
  }),
  count(
    'legalAid.prosecutionStageCases',
    '审查起诉阶段法律援助案件',
    'Legal aid cases at the prosecution-review stage',
    ['审查起诉阶段律师辩护全覆盖'],
    'cases',
  ),
  count(
    'legalAid.consultations',
    '法律咨询',
    'Legal consultations answered',
    ['解答群众法律咨询', '提供法律咨询', '法律咨询'],
    'personTimes',
    { description: 'Reports print 人次 or 次; each consultation counts once.' },
  ),
  amount('legalAid.feesSaved', '为当事人节省费用', 'Fees saved for aid recipients', ['节省费用']),
  amount('legalAid.lossesRecovered', '挽回经济损失', 'Economic losses recovered for aid recipients', [
    '挽回损失',
    '为受援人挽回经济损失',
    '为群众挽回损失',
  ]),
  count('legalAid.activities', '法律援助主题活动', 'Legal aid outreach events', ['法援惠民生活动'], 'times'),
  amount('legalAid.caseSubsidies', '法律援助办案补贴', 'Case subsidies paid to legal aid providers', [
    '办案补贴',
    '发放办案补贴',
    '案件补贴',
    '法律援助办案补贴',
  ]),
  amount('legalAid.consultationSubsidies', '法律咨询补贴', 'Consultation subsidies paid', [
    '咨询补贴',
    '法律咨询补贴',
    '值班补贴',
  ]),
  count(
    'legalAid.filesReviewed',
    '质量评查案卷',
    'Closed case files reviewed for quality',
    ['评查案卷', '抽取案卷', '审查归档案卷', '案卷评查', '质量考核案卷'],
    'documents',
  ),
  count(
    'legalAid.filesPassed',
    '质量合格案卷',
    'Case files rated acceptable or better',
    ['合格案卷', '合格以上等次'],
    'documents',
    { polarity: 'higherIsBetter' },
  ),
  rate(
    'legalAid.qualityPassRate',
    '案件质量合格率',
    'Case quality pass rate',
    ['质量合格率', '案件质量合格率', '案卷合格率'],
    'higherIsBetter',
    [
      ratio('reviewed', ['legalAid.filesPassed'], ['legalAid.filesReviewed'], {
        description: 'Files rated acceptable or better / files reviewed',
        descriptionZh: '合格以上案卷 / 评查案卷',
      }),
    ],
  ),
  count(
    'legalAid.concluded',
    '法律援助结案',
    'Legal aid cases concluded',
    ['结案', '办结法律援助案件', '法律援助结案', '法律援助案件办结'],
    'cases',
  ),
  count(
    'legalAid.otherMatters',
    '其他法律援助事项',
    'Other legal aid matters (advice, documents drafted …)',
    ['其他事项', '其他法律援助事项', '非诉讼事项'],
    'cases',
    {
      description:
        'Legal aid given outside a case: advice, documents drafted, referrals — the 其他事项 of the 法律援助民生工程 targets.',
    },
  ),
  count(
    'legalAid.services',
    '法律援助服务',
    'Legal aid services (person-times)',
    ['提供法律援助服务', '法律援助服务人次', '法律援助服务'],
    'personTimes',
    {
      description:
        'People served by legal aid, counted as person-times: reports weigh cases and other matters by their own rule (绵阳 2015: 2 per case + 1 per other matter), so it is not their sum.',
    },
  ),
  count(
    'legalAid.peopleServed',
    '法律援助服务群众',
    'People served by legal aid',
    ['服务群众', '受援人', '受援群众'],
    'people',
  ),
  count(
    'legalAid.receptionHallsBuilt',
    '建成规范化法律援助受理大厅',
    'Standardised legal aid reception halls built',
    ['规范化法律援助受理大厅', '法律援助受理大厅'],
    'organisations',
  ),
  count(
    'legalAid.workstationsBuilt',
    '建成规范化法律援助工作站',
    'Standardised legal aid workstations built',
    ['规范化法律援助工作站', '法律援助工作站'],
    'organisations',
  ),
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
