import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { change, count, partOf, stock } from './define.js';

const area = 'organisation';

/** The bureau itself: Party committee meetings, study, integrity, audits, honours and spending. */
export const organisationIndicators: readonly Indicator[] = [
  count({
    id: 'organisation.partyCommitteeMeetings',
    name: '党委(党组)会议',
    nameEn: 'Party committee meetings',
    synonyms: ['召开党委会', '党组会', '党组会议'],
    unit: 'times',
    area,
  }),
  count({
    id: 'organisation.majorIssuesDecided',
    name: '研究决定重大议题',
    nameEn: 'Major issues decided',
    synonyms: ['重大议题'],
    unit: 'items',
    area,
  }),
  count({
    id: 'organisation.theoryStudySessions',
    name: '理论学习中心组学习',
    nameEn: 'Theory study group sessions',
    synonyms: ['中心组学习', '理论学习中心组学习'],
    unit: 'times',
    area,
  }),
  count({
    id: 'organisation.seminars',
    name: '研讨交流',
    nameEn: 'Study seminars',
    synonyms: ['研讨交流', '专题研讨'],
    unit: 'times',
    area,
  }),
  count({
    id: 'organisation.trainingSessions',
    name: '培训班',
    nameEn: 'Training sessions held',
    synonyms: ['轮训班', '培训', '培训班'],
    unit: 'times',
    area,
  }),
  count({
    id: 'organisation.researchReports',
    name: '调研报告',
    nameEn: 'Research reports written',
    synonyms: ['调研报告'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'organisation.improvementMeasures',
    name: '改进措施',
    nameEn: 'Improvement measures proposed',
    synonyms: ['提出改进措施'],
    unit: 'items',
    area,
  }),
  stock({
    id: 'organisation.partyBranches',
    name: '党支部',
    nameEn: 'Party branches',
    synonyms: ['党支部'],
    unit: 'organisations',
    area,
  }),
  count({
    id: 'organisation.rulesRevised',
    name: '修订完善制度',
    nameEn: 'Internal rules revised',
    synonyms: ['修订完善保密制度', '制度'],
    unit: 'items',
    area,
  }),
  count({
    id: 'organisation.integrityRiskPoints',
    name: '廉洁风险点',
    nameEn: 'Integrity risk points identified',
    synonyms: ['岗位风险点', '廉政风险点', '违纪风险点'],
    unit: 'items',
    area,
  }),
  count({
    id: 'organisation.riskControlMeasures',
    name: '防控措施',
    nameEn: 'Risk control measures adopted',
    synonyms: ['防控措施', '整改措施', '防范措施'],
    unit: 'items',
    area,
  }),
  count({
    id: 'organisation.auditProblems',
    name: '巡察反馈问题',
    nameEn: 'Problems raised by Party inspection tours',
    synonyms: ['巡察反馈问题'],
    unit: 'items',
    area,
  }),
  count({
    id: 'organisation.auditProblemsRectified',
    name: '巡察问题整改',
    nameEn: 'Party inspection problems rectified',
    synonyms: ['整改销号'],
    unit: 'items',
    area,
    polarity: 'higherIsBetter',
  }),
  count({
    id: 'organisation.chatGroupsDissolved',
    name: '清理解散工作群',
    nameEn: 'Work chat groups dissolved',
    synonyms: ['清理解散微信群、QQ群'],
    unit: 'items',
    area,
  }),
  change({
    id: 'organisation.threePublicExpenditureChange',
    name: '“三公”经费同比变化',
    nameEn: 'Year-on-year change in “three public” spending',
    synonyms: ['三公经费支出同比', '“三公”经费支出同比下降'],
    unit: 'percent',
    area,
    polarity: 'lowerIsBetter',
  }),
  count({
    id: 'organisation.honouredUnits',
    name: '获表彰集体',
    nameEn: 'Units honoured',
    synonyms: ['先进集体', '表现突出单位', '荣获'],
    unit: 'organisations',
    area,
  }),
  count({
    id: 'organisation.honouredPeople',
    name: '获表彰个人',
    nameEn: 'Individuals honoured',
    synonyms: ['先进个人', '表现突出个人', '年度政法人物'],
    unit: 'people',
    area,
  }),
];

/** Relations among organisational indicators. */
export const organisationRelations: readonly Relation[] = [
  partOf(
    'organisation.auditProblemsRectified',
    'organisation.auditProblems',
    'Inspection problems rectified cannot exceed those raised',
    '巡察问题整改数不超过反馈问题数',
  ),
];
