import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea } from './define.js';

const area = 'government-functions';
const { amount, count } = inArea(area);

/** 法治化营商环境: 首违不罚, 企业法治体检 and other services for businesses. */
export const businessIndicators: readonly Indicator[] = [
  count(
    'business.lenientCases',
    '首违不罚(轻罚)案件',
    'First-offence no-penalty or light-penalty cases',
    ['首违不罚', '首违轻罚', '不罚轻罚案', '免罚轻罚', '轻微违法行为不予处罚'],
    'cases',
  ),
  amount('business.penaltiesWaived', '免罚少罚金额', 'Fines waived or reduced', ['免罚少罚', '减免罚款']),
  count(
    'business.legalCheckups',
    '企业法治体检',
    'Enterprises given a legal health check',
    ['法治体检', '完成企业法治体检'],
    'organisations',
  ),
  count(
    'business.checkupReports',
    '法治体检报告',
    'Legal health-check reports issued',
    ['出具体检报告', '体检报告'],
    'documents',
  ),
  count(
    'business.opinionsCollected',
    '收集企业意见',
    'Opinions collected from enterprises',
    ['收集企业意见'],
    'items',
  ),
  count(
    'business.checkupProblemsSolved',
    '解答解决企业问题',
    'Enterprise legal problems answered and solved',
    ['解答并解决问题'],
    'items',
  ),
  count('business.checkupLectures', '企业法治讲座', 'Legal lectures for enterprises', ['开展讲座'], 'times'),
  count(
    'business.checkupLawFirms',
    '参与企业服务律所',
    'Law firms serving enterprises pro bono',
    [],
    'organisations',
  ),
  count('business.checkupLawyers', '参与企业服务律师', 'Lawyers serving enterprises pro bono', [], 'people'),
  count(
    'business.certificationItems',
    '告知承诺制证明事项',
    'Certification items under notify-and-commit',
    ['证明事项清单', '告知承诺制证明事项'],
    'items',
  ),
  count(
    'business.environmentTasks',
    '营商环境工作任务',
    'Business-environment work tasks coordinated',
    ['工作任务', '营商环境工作任务'],
    'items',
  ),
  count(
    'business.environmentIndicators',
    '营商环境指标',
    'Business-environment indicators coordinated (without the tasks)',
    ['项指标'],
    'items',
  ),
];

/** Relations among business-environment indicators (none). */
export const businessRelations: readonly Relation[] = [];
