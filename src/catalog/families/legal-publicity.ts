import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea } from './define.js';

const area = 'law-popularisation';
const { count, stock } = inArea(area);

/** 普法: legal publicity and education, 法律明白人, 法治副校长, governance by law in villages. */
export const legalPublicityIndicators: readonly Indicator[] = [
  count(
    'legalPublicity.activities',
    '法治宣传活动',
    'Legal publicity events',
    ['法治宣传活动', '普法活动', '普法宣传活动', '开展各类法治宣传活动'],
    'times',
  ),
  count(
    'legalPublicity.materials',
    '法治宣传材料',
    'Legal publicity materials handed out',
    ['发放法治宣传材料', '宣传资料', '宣传材料'],
    'documents',
  ),
  count(
    'legalPublicity.posts',
    '普法信息',
    'Legal publicity posts and articles published',
    ['普法微博微信信息', '发布信息稿件', '信息稿件', '推文'],
    'items',
  ),
  count(
    'legalPublicity.reads',
    '阅读量',
    'Reads of legal publicity posts',
    ['阅读量', '浏览量'],
    'personTimes',
  ),
  count(
    'legalPublicity.broadcasts',
    '法治广播电视节目',
    'Legal radio and TV programme episodes',
    ['法治热线电台栏目', '播出'],
    'times',
  ),
  count(
    'legalPublicity.videos',
    '普法微视频',
    'Legal publicity short videos produced',
    ['普法微视频', '微视频'],
    'items',
  ),
  stock(
    'legalPublicity.legalUnderstanders',
    '法律明白人',
    'Village “legal understanders”',
    ['法律明白人', '法治带头人', '“法治带头人”“法律明白人”'],
    'people',
  ),
  count(
    'legalPublicity.legalUnderstanderActivities',
    '法律明白人开展法治宣传活动',
    'Events held by legal understanders',
    [],
    'times',
  ),
  stock(
    'legalPublicity.schoolViceprincipals',
    '法治副校长',
    'Rule-of-law vice-principals in schools',
    ['法治副校长'],
    'people',
  ),
  count(
    'legalPublicity.schoolLectures',
    '进校法治宣讲',
    'Rule-of-law lectures in schools',
    ['法治宣讲', '进校入班'],
    'times',
  ),
  count(
    'legalPublicity.staffExamTakers',
    '学法考试国家工作人员',
    'Public servants who passed the online law exam',
    ['国家工作人员完成学法用法网上学习考试', '学法用法考试'],
    'people',
  ),
  count(
    'legalPublicity.staffExamUnits',
    '组织学法考试单位',
    'Bodies whose staff took the online law exam',
    [],
    'organisations',
  ),
  stock(
    'legalPublicity.cultureSites',
    '法治文化阵地',
    'Rule-of-law culture sites',
    ['法治文化阵地', '法治宣传阵地', '法治文化公园'],
    'organisations',
  ),
  stock(
    'legalPublicity.demonstrationVillages',
    '民主法治示范村(社区)',
    'Democracy and rule-of-law model villages',
    ['民主法治示范村', '民主示范村'],
    'organisations',
  ),
  count(
    'legalPublicity.accountabilityReviews',
    '“谁执法谁普法”履职评议',
    'Reviews of agencies’ legal publicity duties',
    ['谁执法谁普法履职评议', '履职报告评议'],
    'organisations',
  ),
  count(
    'legalPublicity.audience',
    '普法受众',
    'People reached by law popularisation',
    ['受众', '受教育群众', '覆盖群众', '受益群众', '参与群众', '参与活动群众'],
    'personTimes',
  ),
  {
    id: 'legalPublicity.fundingPerCapita',
    name: '人均普法经费',
    nameEn: 'Law popularisation funding per resident',
    synonyms: ['普法人头经费', '人均普法经费', '普法经费人均'],
    unit: 'yuan',
    kind: 'other',
    polarity: 'higherIsBetter',
    aggregation: 'none',
    area,
    description: 'Yuan per resident budgeted for law popularisation: a per-head figure, so it never adds up.',
  },
  count(
    'legalPublicity.cultureSitesBuilt',
    '新建法治文化阵地',
    'Rule-of-law culture sites built',
    ['新建法治公园', '新建法治文化阵地', '新建法治广场', '建成法治文化公园'],
    'organisations',
  ),
  count(
    'legalPublicity.legalUnderstanderTraining',
    '“法律明白人”培训',
    'Training sessions for “legal understanders”',
    ['法律明白人培训', '“法律明白人”培训'],
    'times',
  ),
  stock(
    'legalPublicity.demonstrationHouseholds',
    '学法用法示范户',
    'Model households for learning and using the law',
    ['示范户', '农村学法用法示范户', '学法用法示范户'],
    'people',
    { description: 'Counted in households (户), which fazhi counts with people.' },
  ),
  count(
    'legalPublicity.villagesReached',
    '开展普法活动的村(社区)',
    'Villages or communities where law popularisation events were held',
    ['进村', '覆盖村(社区)'],
    'organisations',
  ),
  count(
    'legalPublicity.cultureSitesPlanned',
    '谋划创建法治文化阵地',
    'Rule-of-law culture sites being planned',
    ['谋划创建', '拟建', '在建法治公园'],
    'organisations',
    {
      description:
        'Sites planned or under way but not yet built; built ones are legalPublicity.cultureSitesBuilt.',
    },
  ),
];

/**
 * Relations among legal publicity indicators: none. Totals of 法治宣传活动 usually count only the bureau's own
 * events (河东: 100余场次 while its 法律明白人 held 2432), so no part-of is safe here.
 */
export const legalPublicityRelations: readonly Relation[] = [];
