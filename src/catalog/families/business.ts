import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { amount, count } from './define.js';

const area = 'government-functions';

/** 法治化营商环境: 首违不罚, 企业法治体检 and other services for businesses. */
export const businessIndicators: readonly Indicator[] = [
  count({
    id: 'business.lenientCases',
    name: '首违不罚(轻罚)案件',
    nameEn: 'First-offence no-penalty or light-penalty cases',
    synonyms: ['首违不罚', '首违轻罚', '不罚轻罚案', '免罚轻罚', '轻微违法行为不予处罚'],
    unit: 'cases',
    area,
  }),
  amount({
    id: 'business.penaltiesWaived',
    name: '免罚少罚金额',
    nameEn: 'Fines waived or reduced',
    synonyms: ['免罚少罚', '减免罚款'],
    area,
  }),
  count({
    id: 'business.legalCheckups',
    name: '企业法治体检',
    nameEn: 'Enterprises given a legal health check',
    synonyms: ['法治体检', '完成企业法治体检'],
    unit: 'organisations',
    area,
  }),
  count({
    id: 'business.checkupReports',
    name: '法治体检报告',
    nameEn: 'Legal health-check reports issued',
    synonyms: ['出具体检报告', '体检报告'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'business.opinionsCollected',
    name: '收集企业意见',
    nameEn: 'Opinions collected from enterprises',
    synonyms: ['收集企业意见'],
    unit: 'items',
    area,
  }),
  count({
    id: 'business.checkupProblemsSolved',
    name: '解答解决企业问题',
    nameEn: 'Enterprise legal problems answered and solved',
    synonyms: ['解答并解决问题'],
    unit: 'items',
    area,
  }),
  count({
    id: 'business.checkupLectures',
    name: '企业法治讲座',
    nameEn: 'Legal lectures for enterprises',
    synonyms: ['开展讲座'],
    unit: 'times',
    area,
  }),
  count({
    id: 'business.checkupLawFirms',
    name: '参与企业服务律所',
    nameEn: 'Law firms serving enterprises pro bono',
    unit: 'organisations',
    area,
  }),
  count({
    id: 'business.checkupLawyers',
    name: '参与企业服务律师',
    nameEn: 'Lawyers serving enterprises pro bono',
    unit: 'people',
    area,
  }),
  count({
    id: 'business.certificationItems',
    name: '告知承诺制证明事项',
    nameEn: 'Certification items under notify-and-commit',
    synonyms: ['证明事项清单', '告知承诺制证明事项'],
    unit: 'items',
    area,
  }),
  count({
    id: 'business.environmentTasks',
    name: '营商环境工作任务',
    nameEn: 'Business-environment work tasks coordinated',
    synonyms: ['工作任务', '营商环境工作任务'],
    unit: 'items',
    area,
  }),
  count({
    id: 'business.environmentIndicators',
    name: '营商环境指标',
    nameEn: 'Business-environment indicators coordinated (without the tasks)',
    synonyms: ['项指标'],
    unit: 'items',
    area,
  }),
];

/** Relations among business-environment indicators (none). */
export const businessRelations: readonly Relation[] = [];
