import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { count, stock } from './define.js';

const area = 'legal-services';

/** 律师 and 律师事务所: the legal profession a judicial bureau supervises. */
export const lawyersIndicators: readonly Indicator[] = [
  stock({
    id: 'lawyers.lawFirms',
    name: '律师事务所',
    nameEn: 'Law firms',
    synonyms: ['律所', '律师事务所', '律师所'],
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'lawyers.lawyers',
    name: '律师',
    nameEn: 'Practising lawyers',
    synonyms: ['律师总人数', '执业律师', '律师人数'],
    unit: 'people',
    area,
  }),
  stock({
    id: 'lawyers.talentPool',
    name: '律师人才库',
    nameEn: 'Lawyers in the public legal service talent pool',
    synonyms: ['入选专业律师', '律师人才库'],
    unit: 'people',
    area,
  }),
  count({
    id: 'lawyers.trainingEvents',
    name: '律师业务培训',
    nameEn: 'Lawyer training events',
    synonyms: ['刑事辩护业务培训', '刑事辩护沙龙'],
    unit: 'times',
    area,
  }),
  stock({
    id: 'lawyers.basicLegalServiceWorkers',
    name: '基层法律服务工作者',
    nameEn: 'Grassroots legal service workers',
    unit: 'people',
    area,
  }),
  count({
    id: 'lawyers.casesRepresented',
    name: '律师代理案件',
    nameEn: 'Cases lawyers took on (litigation and arbitration)',
    synonyms: ['代理各类案件', '代理诉讼案件', '办理诉讼案件', '代理案件', '担任辩护人、代理人', '案件代理'],
    unit: 'cases',
    area,
  }),
  count({
    id: 'lawyers.nonLitigationMatters',
    name: '律师办理非诉讼法律事务',
    nameEn: 'Non-litigation legal matters handled by lawyers',
    synonyms: ['非诉讼法律事务', '非诉讼事务', '非诉法律事务'],
    unit: 'cases',
    area,
  }),
  count({
    id: 'lawyers.casesConcluded',
    name: '律师办结案件',
    nameEn: 'Cases lawyers concluded',
    synonyms: ['结案', '办结案件'],
    unit: 'cases',
    area,
  }),
  stock({
    id: 'lawyers.mediators',
    name: '律师调解员',
    nameEn: 'Lawyers serving as mediators',
    synonyms: ['律师调解队伍', '律师调解员', '调解律师'],
    unit: 'people',
    area,
  }),
];

/** Relations among lawyer indicators (none yet: a talent pool may include lawyers from elsewhere). */
export const lawyersRelations: readonly Relation[] = [];
