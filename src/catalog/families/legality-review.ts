import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf } from './define.js';

const area = 'decision-making';
const { count, rate, stock } = inArea(area);

/** 合法性审查, 重大行政决策 and government contracts: the legal gate on decisions. */
export const legalityReviewIndicators: readonly Indicator[] = [
  count(
    'legalityReview.opinions',
    '合法性审查意见',
    'Legality review opinions issued',
    ['审查意见', '法审意见', '起草各类审查意见', '提供法审意见'],
    'documents',
  ),
  count(
    'legalityReview.matters',
    '合法性审查事项',
    'Government legal matters reviewed',
    ['政府法律事务', '市政府法律事务', '合法性审查'],
    'items',
  ),
  count(
    'legalityReview.majorAgreements',
    '审查重大行政协议',
    'Major administrative agreements reviewed',
    ['行政重大协议', '重大行政协议'],
    'documents',
  ),
  count(
    'legalityReview.investmentAgreements',
    '审查招商引资协议',
    'Investment-promotion agreements reviewed',
    ['招商引资协议及补充协议'],
    'documents',
  ),
  count(
    'legalityReview.fundingDocuments',
    '审查费用拨付文件',
    'Funding and compensation documents reviewed',
    ['拨付、解决、补偿等各类费用文件'],
    'documents',
  ),
  count(
    'legalityReview.townshipReviews',
    '镇街合法性审查',
    'Legality reviews at township level',
    ['镇街合法性审查', '乡镇合法性审查'],
    'times',
  ),
  count(
    'legalityReview.contractsInspected',
    '检查政府合同',
    'Government contracts inspected',
    ['检查合同', '合同检查'],
    'documents',
  ),
  count(
    'legalityReview.contractUnitsInspected',
    '合同检查单位',
    'Bodies whose contracts were inspected',
    [],
    'organisations',
  ),
  count(
    'legalityReview.contractProblemCategories',
    '合同检查问题类别',
    'Categories of problems found in contract inspections',
    ['合同问题类别'],
    'items',
    { description: 'Categories (类) grouping the problems found: 乳山市 2022 "反馈8类537个问题".' },
  ),
  count(
    'legalityReview.contractProblems',
    '合同检查发现问题',
    'Problems found in contract inspections',
    ['反馈问题'],
    'items',
    { polarity: 'lowerIsBetter' },
  ),
  count(
    'majorDecisions.listed',
    '重大行政决策目录事项',
    'Major administrative decisions in the published catalogue',
    ['重大行政决策目录', '公布决策事项', '决策事项'],
    'items',
  ),
  count(
    'majorDecisions.legalityReviews',
    '重大行政决策合法性审查',
    'Legality reviews of major administrative decisions',
    ['重大行政决策合法性审查'],
    'times',
  ),
  rate(
    'majorDecisions.catalogueCoverage',
    '重大行政决策目录化管理覆盖率',
    'Coverage of catalogue management of major decisions',
    ['目录化管理全覆盖'],
    'higherIsBetter',
  ),
  stock(
    'majorDecisions.postEvaluationRules',
    '决策后评估制度',
    'Post-decision evaluation rules in force',
    [],
    'documents',
  ),
  count(
    'majorDecisions.adopted',
    '出台重大行政决策',
    'Major administrative decisions adopted',
    ['已出台重大行政决策', '作出重大行政决策'],
    'items',
  ),
  stock(
    'majorDecisions.inProgress',
    '推进中的重大行政决策',
    'Major administrative decisions still in progress',
    ['稳步推进', '正在推进'],
    'items',
  ),
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
