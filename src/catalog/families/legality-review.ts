import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { count, partOf, rate, stock } from './define.js';

const area = 'decision-making';

/** 合法性审查, 重大行政决策 and government contracts: the legal gate on decisions. */
export const legalityReviewIndicators: readonly Indicator[] = [
  count({
    id: 'legalityReview.opinions',
    name: '合法性审查意见',
    nameEn: 'Legality review opinions issued',
    synonyms: ['审查意见', '法审意见', '起草各类审查意见', '提供法审意见'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'legalityReview.matters',
    name: '合法性审查事项',
    nameEn: 'Government legal matters reviewed',
    synonyms: ['政府法律事务', '市政府法律事务', '合法性审查'],
    unit: 'items',
    area,
  }),
  count({
    id: 'legalityReview.majorAgreements',
    name: '审查重大行政协议',
    nameEn: 'Major administrative agreements reviewed',
    synonyms: ['行政重大协议', '重大行政协议'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'legalityReview.investmentAgreements',
    name: '审查招商引资协议',
    nameEn: 'Investment-promotion agreements reviewed',
    synonyms: ['招商引资协议及补充协议'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'legalityReview.fundingDocuments',
    name: '审查费用拨付文件',
    nameEn: 'Funding and compensation documents reviewed',
    synonyms: ['拨付、解决、补偿等各类费用文件'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'legalityReview.townshipReviews',
    name: '镇街合法性审查',
    nameEn: 'Legality reviews at township level',
    synonyms: ['镇街合法性审查', '乡镇合法性审查'],
    unit: 'times',
    area,
  }),
  count({
    id: 'legalityReview.contractsInspected',
    name: '检查政府合同',
    nameEn: 'Government contracts inspected',
    synonyms: ['检查合同', '合同检查'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'legalityReview.contractUnitsInspected',
    name: '合同检查单位',
    nameEn: 'Bodies whose contracts were inspected',
    unit: 'organisations',
    area,
  }),
  count({
    id: 'legalityReview.contractProblemCategories',
    name: '合同检查问题类别',
    nameEn: 'Categories of problems found in contract inspections',
    synonyms: ['合同问题类别'],
    unit: 'items',
    area,
    description: 'Categories (类) grouping the problems found: 乳山市 2022 "反馈8类537个问题".',
  }),
  count({
    id: 'legalityReview.contractProblems',
    name: '合同检查发现问题',
    nameEn: 'Problems found in contract inspections',
    synonyms: ['反馈问题'],
    unit: 'items',
    area,
    polarity: 'lowerIsBetter',
  }),
  count({
    id: 'majorDecisions.listed',
    name: '重大行政决策目录事项',
    nameEn: 'Major administrative decisions in the published catalogue',
    synonyms: ['重大行政决策目录', '公布决策事项', '决策事项'],
    unit: 'items',
    area,
  }),
  count({
    id: 'majorDecisions.legalityReviews',
    name: '重大行政决策合法性审查',
    nameEn: 'Legality reviews of major administrative decisions',
    synonyms: ['重大行政决策合法性审查'],
    unit: 'times',
    area,
  }),
  rate({
    id: 'majorDecisions.catalogueCoverage',
    name: '重大行政决策目录化管理覆盖率',
    nameEn: 'Coverage of catalogue management of major decisions',
    synonyms: ['目录化管理全覆盖'],
    polarity: 'higherIsBetter',
    area,
  }),
  stock({
    id: 'majorDecisions.postEvaluationRules',
    name: '决策后评估制度',
    nameEn: 'Post-decision evaluation rules in force',
    unit: 'documents',
    area,
  }),
  count({
    id: 'majorDecisions.adopted',
    name: '出台重大行政决策',
    nameEn: 'Major administrative decisions adopted',
    synonyms: ['已出台重大行政决策', '作出重大行政决策'],
    unit: 'items',
    area,
  }),
  stock({
    id: 'majorDecisions.inProgress',
    name: '推进中的重大行政决策',
    nameEn: 'Major administrative decisions still in progress',
    synonyms: ['稳步推进', '正在推进'],
    unit: 'items',
    area,
  }),
];

/** Relations among legality review indicators. */
export const legalityReviewRelations: readonly Relation[] = [
  partOf(
    'legalityReview.majorAgreements',
    'legalityReview.opinions',
    'Agreements reviewed are among the review opinions',
    '审查的重大行政协议属于审查意见',
  ),
  partOf(
    'legalityReview.investmentAgreements',
    'legalityReview.opinions',
    'Investment agreements reviewed are among the review opinions',
    '审查的招商引资协议属于审查意见',
  ),
  partOf(
    'legalityReview.fundingDocuments',
    'legalityReview.opinions',
    'Funding documents reviewed are among the review opinions',
    '审查的费用文件属于审查意见',
  ),
  partOf(
    'majorDecisions.adopted',
    'majorDecisions.listed',
    'Decisions adopted cannot exceed those in the catalogue',
    '已出台的重大行政决策不超过目录事项',
  ),
  partOf(
    'majorDecisions.inProgress',
    'majorDecisions.listed',
    'Decisions in progress cannot exceed those in the catalogue',
    '推进中的重大行政决策不超过目录事项',
  ),
  partOf(
    'legalityReview.contractProblemCategories',
    'legalityReview.contractProblems',
    'Every category of contract problems holds at least one problem',
    '每一类合同问题至少含一个问题',
  ),
];
