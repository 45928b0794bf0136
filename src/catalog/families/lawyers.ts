import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea } from './define.js';

const area = 'legal-services';
const { count, stock } = inArea(area);

/** 律师 and 律师事务所: the legal profession a judicial bureau supervises. */
export const lawyersIndicators: readonly Indicator[] = [
  stock('lawyers.lawFirms', '律师事务所', 'Law firms', ['律所', '律师事务所', '律师所'], 'organisations'),
  stock('lawyers.lawyers', '律师', 'Practising lawyers', ['律师总人数', '执业律师', '律师人数'], 'people'),
  stock(
    'lawyers.talentPool',
    '律师人才库',
    'Lawyers in the public legal service talent pool',
    ['入选专业律师', '律师人才库'],
    'people',
  ),
  count(
    'lawyers.trainingEvents',
    '律师业务培训',
    'Lawyer training events',
    ['刑事辩护业务培训', '刑事辩护沙龙'],
    'times',
  ),
  stock(
    'lawyers.basicLegalServiceWorkers',
    '基层法律服务工作者',
    'Grassroots legal service workers',
    [],
    'people',
  ),
  count(
    'lawyers.casesRepresented',
    '律师代理案件',
    'Cases lawyers took on (litigation and arbitration)',
    ['代理各类案件', '代理诉讼案件', '办理诉讼案件', '代理案件', '担任辩护人、代理人', '案件代理'],
    'cases',
  ),
  count(
    'lawyers.nonLitigationMatters',
    '律师办理非诉讼法律事务',
    'Non-litigation legal matters handled by lawyers',
    ['非诉讼法律事务', '非诉讼事务', '非诉法律事务'],
    'cases',
  ),
  count('lawyers.casesConcluded', '律师办结案件', 'Cases lawyers concluded', ['结案', '办结案件'], 'cases'),
  stock(
    'lawyers.mediators',
    '律师调解员',
    'Lawyers serving as mediators',
    ['律师调解队伍', '律师调解员', '调解律师'],
    'people',
  ),
];

/** Relations among lawyer indicators (none yet: a talent pool may include lawyers from elsewhere). */
export const lawyersRelations: readonly Relation[] = [];
