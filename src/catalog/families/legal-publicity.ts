import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { count, stock } from './define.js';

const area = 'law-popularisation';

/** 普法: legal publicity and education, 法律明白人, 法治副校长, governance by law in villages. */
export const legalPublicityIndicators: readonly Indicator[] = [
  count({
    id: 'legalPublicity.activities',
    name: '法治宣传活动',
    nameEn: 'Legal publicity events',
    synonyms: ['法治宣传活动', '普法活动', '普法宣传活动', '开展各类法治宣传活动'],
    unit: 'times',
    area,
  }),
  count({
    id: 'legalPublicity.materials',
    name: '法治宣传材料',
    nameEn: 'Legal publicity materials handed out',
    synonyms: ['发放法治宣传材料', '宣传资料', '宣传材料'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'legalPublicity.posts',
    name: '普法信息',
    nameEn: 'Legal publicity posts and articles published',
    synonyms: ['普法微博微信信息', '发布信息稿件', '信息稿件', '推文'],
    unit: 'items',
    area,
  }),
  count({
    id: 'legalPublicity.reads',
    name: '阅读量',
    nameEn: 'Reads of legal publicity posts',
    synonyms: ['阅读量', '浏览量'],
    unit: 'personTimes',
    area,
  }),
  count({
    id: 'legalPublicity.broadcasts',
    name: '法治广播电视节目',
    nameEn: 'Legal radio and TV programme episodes',
    synonyms: ['法治热线电台栏目', '播出'],
    unit: 'times',
    area,
  }),
  count({
    id: 'legalPublicity.videos',
    name: '普法微视频',
    nameEn: 'Legal publicity short videos produced',
    synonyms: ['普法微视频', '微视频'],
    unit: 'items',
    area,
  }),
  stock({
    id: 'legalPublicity.legalUnderstanders',
    name: '法律明白人',
    nameEn: 'Village “legal understanders”',
    synonyms: ['法律明白人', '法治带头人', '“法治带头人”“法律明白人”'],
    unit: 'people',
    area,
  }),
  count({
    id: 'legalPublicity.legalUnderstanderActivities',
    name: '法律明白人开展法治宣传活动',
    nameEn: 'Events held by legal understanders',
    unit: 'times',
    area,
  }),
  stock({
    id: 'legalPublicity.schoolViceprincipals',
    name: '法治副校长',
    nameEn: 'Rule-of-law vice-principals in schools',
    synonyms: ['法治副校长'],
    unit: 'people',
    area,
  }),
  count({
    id: 'legalPublicity.schoolLectures',
    name: '进校法治宣讲',
    nameEn: 'Rule-of-law lectures in schools',
    synonyms: ['法治宣讲', '进校入班'],
    unit: 'times',
    area,
  }),
  count({
    id: 'legalPublicity.staffExamTakers',
    name: '学法考试国家工作人员',
    nameEn: 'Public servants who passed the online law exam',
    synonyms: ['国家工作人员完成学法用法网上学习考试', '学法用法考试'],
    unit: 'people',
    area,
  }),
  count({
    id: 'legalPublicity.staffExamUnits',
    name: '组织学法考试单位',
    nameEn: 'Bodies whose staff took the online law exam',
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'legalPublicity.cultureSites',
    name: '法治文化阵地',
    nameEn: 'Rule-of-law culture sites',
    synonyms: ['法治文化阵地', '法治宣传阵地', '法治文化公园'],
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'legalPublicity.demonstrationVillages',
    name: '民主法治示范村(社区)',
    nameEn: 'Democracy and rule-of-law model villages',
    synonyms: ['民主法治示范村', '民主示范村'],
    unit: 'organisations',
    area,
  }),
  count({
    id: 'legalPublicity.accountabilityReviews',
    name: '“谁执法谁普法”履职评议',
    nameEn: 'Reviews of agencies’ legal publicity duties',
    synonyms: ['谁执法谁普法履职评议', '履职报告评议'],
    unit: 'organisations',
    area,
  }),
  count({
    id: 'legalPublicity.participants',
    name: '参与普法活动群众',
    nameEn: 'People reached by legal publicity events',
    synonyms: ['参与活动群众', '受教育群众', '覆盖群众', '参与群众'],
    unit: 'personTimes',
    area,
  }),
];

/**
 * Relations among legal publicity indicators: none. Totals of 法治宣传活动 usually count only the bureau's own
 * events (河东: 100余场次 while its 法律明白人 held 2432), so no part-of is safe here.
 */
export const legalPublicityRelations: readonly Relation[] = [];
