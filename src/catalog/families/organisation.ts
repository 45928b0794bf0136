import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf } from './define.js';

const area = 'organisation';
const { amount, change, count, stock } = inArea(area);

/** The bureau itself: Party committee meetings, study, integrity, audits, honours and spending. */
export const organisationIndicators: readonly Indicator[] = [
  count(
    'organisation.partyCommitteeMeetings',
    '党委(党组)会议',
    'Party committee meetings',
    ['召开党委会', '党组会', '党组会议'],
    'times',
  ),
  count('organisation.majorIssuesDecided', '研究决定重大议题', 'Major issues decided', ['重大议题'], 'items'),
  count(
    'organisation.theoryStudySessions',
    '理论学习中心组学习',
    'Theory study group sessions',
    ['中心组学习', '理论学习中心组学习'],
    'times',
  ),
  count('organisation.seminars', '研讨交流', 'Study seminars', ['研讨交流', '专题研讨'], 'times'),
  count(
    'organisation.trainingSessions',
    '培训班',
    'Training sessions held',
    ['轮训班', '培训', '培训班'],
    'times',
  ),
  count('organisation.researchReports', '调研报告', 'Research reports written', ['调研报告'], 'documents'),
  count(
    'organisation.improvementMeasures',
    '改进措施',
    'Improvement measures proposed',
    ['提出改进措施'],
    'items',
  ),
  stock('organisation.partyBranches', '党支部', 'Party branches', ['党支部'], 'organisations'),
  count(
    'organisation.rulesRevised',
    '修订完善制度',
    'Internal rules revised',
    ['修订完善保密制度', '修订完善制度'],
    'items',
  ),
  count(
    'organisation.integrityRiskPoints',
    '廉洁风险点',
    'Integrity risk points identified',
    ['岗位风险点', '廉政风险点', '违纪风险点'],
    'items',
  ),
  count(
    'organisation.riskControlMeasures',
    '防控措施',
    'Risk control measures adopted',
    ['防控措施', '整改措施', '防范措施'],
    'items',
  ),
  count(
    'organisation.membersScreened',
    '排查违纪风险的党员干部',
    'Party members and officials screened for disciplinary risks',
    ['党员干部共排查'],
    'people',
  ),
  count(
    'organisation.violationRiskPoints',
    '违纪风险点',
    'Disciplinary-violation risk points found by screening members',
    ['违纪风险点', '各类违纪风险点(大类)'],
    'items',
  ),
  count(
    'organisation.rectificationMeasures',
    '整改措施',
    'Rectification measures adopted for violation risks',
    ['制定整改措施'],
    'items',
  ),
  count(
    'organisation.auditProblems',
    '巡察反馈问题',
    'Problems raised by Party inspection tours',
    ['巡察反馈问题'],
    'items',
  ),
  count(
    'organisation.auditProblemsRectified',
    '巡察问题整改',
    'Party inspection problems rectified',
    ['整改销号'],
    'items',
    { polarity: 'higherIsBetter' },
  ),
  count(
    'organisation.chatGroupsDissolved',
    '清理解散工作群',
    'Work chat groups dissolved',
    ['清理解散微信群、QQ群'],
    'items',
  ),
  amount(
    'organisation.threePublicExpenditure',
    '“三公”经费支出',
    '“Three public” spending (official travel abroad, vehicles, receptions)',
    ['三公经费', '“三公”经费', '三公经费支出'],
    {
      polarity: 'lowerIsBetter',
      description:
        'Spending on official trips abroad, official vehicles and official receptions; its 同比 is this indicator with measure yoyPercent.',
    },
  ),
  change(
    'organisation.threePublicExpenditureChange',
    '“三公”经费同比变化',
    'Year-on-year change in “three public” spending',
    ['三公经费支出同比', '“三公”经费支出同比下降'],
    'percent',
    {
      polarity: 'lowerIsBetter',
      description:
        'Kept for datasets that wrote the change as an indicator of its own; write new data as organisation.threePublicExpenditure with measure yoyPercent.',
    },
  ),
  count(
    'organisation.honouredUnits',
    '获表彰集体',
    'Units honoured',
    ['先进集体', '表现突出单位'],
    'organisations',
  ),
  count(
    'organisation.honouredPeople',
    '获表彰个人',
    'Individuals honoured',
    ['先进个人', '表现突出个人', '年度政法人物'],
    'people',
  ),
  count(
    'organisation.informationAdopted',
    '信息被采用',
    'Reports and news items adopted by higher bodies or media',
    ['信息采用', '被采用', '采用信息', '信息被采用', '刊发'],
    'items',
    {
      description:
        'Pieces (篇, 条, 次) of the bureau’s information adopted or carried by a higher body or platform.',
    },
  ),
  count(
    'organisation.bannersReceived',
    '收到锦旗',
    'Thank-you banners received',
    ['锦旗', '感谢锦旗', '收到锦旗', '送锦旗'],
    'items',
    {
      description:
        'Silk banners (锦旗, 面) the public gave to an office or its staff; the office is named in the report.',
    },
  ),
  count(
    'organisation.warningEducationSessions',
    '警示教育',
    'Warning-education sessions',
    ['警示教育', '警示教育集中宣讲', '警示教育大会'],
    'times',
  ),
  count(
    'organisation.persistentProblemsRectified',
    '整治顽瘴痼疾',
    'Persistent problems rectified (教育整顿)',
    ['整治顽瘴痼疾', '顽瘴痼疾'],
    'items',
  ),
  count(
    'organisation.rulesAdopted',
    '出台制度机制',
    'Rules and standing mechanisms adopted',
    ['出台长效机制', '建立长效机制', '出台制度', '建立健全制度'],
    'items',
  ),
  count(
    'organisation.partyActivities',
    '党建活动',
    'Party-building activities',
    ['主题党日', '重温入党誓词', '现场教学', '党建活动'],
    'times',
  ),
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
