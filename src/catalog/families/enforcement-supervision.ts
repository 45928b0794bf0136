import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { count, partOf, stock } from './define.js';

const area = 'oversight';

/** 行政执法 and 行政执法监督: enforcement items, training, case-file reviews, supervision and accountability. */
export const enforcementSupervisionIndicators: readonly Indicator[] = [
  count({
    id: 'enforcementSupervision.caseFilesReviewed',
    name: '评查执法案卷',
    nameEn: 'Enforcement case files reviewed',
    synonyms: ['抽查评查执法案卷', '案卷评查', '评查案卷'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'enforcementSupervision.problemsFound',
    name: '执法监督发现问题',
    nameEn: 'Problems found by enforcement supervision',
    synonyms: ['查究问题', '发现问题', '评查发现问题'],
    unit: 'items',
    area,
    polarity: 'neutral',
  }),
  count({
    id: 'enforcementSupervision.leads',
    name: '执法问题线索',
    nameEn: 'Leads on enforcement misconduct',
    synonyms: ['发现执法问题线索', '问题线索'],
    unit: 'items',
    area,
  }),
  count({
    id: 'enforcementSupervision.casesConcluded',
    name: '执法监督办结案件',
    nameEn: 'Enforcement-misconduct cases concluded',
    synonyms: ['办结案件'],
    unit: 'cases',
    area,
  }),
  count({
    id: 'enforcementSupervision.peopleHeldAccountable',
    name: '追究责任',
    nameEn: 'People held accountable',
    synonyms: ['追究责任', '问责'],
    unit: 'people',
    area,
  }),
  count({
    id: 'enforcementSupervision.specialSupervisions',
    name: '专项监督',
    nameEn: 'Special enforcement supervisions',
    synonyms: ['专项监督', '联合监督'],
    unit: 'times',
    area,
  }),
  count({
    id: 'enforcementSupervision.unitsRectifying',
    name: '督促整改单位',
    nameEn: 'Agencies required to rectify problems',
    synonyms: ['督促整改'],
    unit: 'organisations',
    area,
  }),
  count({
    id: 'enforcementSupervision.departmentsConvened',
    name: '参会行政执法部门',
    nameEn: 'Enforcement departments convened to supervision meetings',
    synonyms: ['主要行政执法部门召开', '行政执法监督工作推进会'],
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'enforcementSupervision.offices',
    name: '行政执法监督工作室',
    nameEn: 'Enforcement supervision offices',
    synonyms: ['行政执法监督工作室'],
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'enforcementSupervision.contactPoints',
    name: '行政执法监督联系点',
    nameEn: 'Enforcement supervision contact points',
    synonyms: ['行政执法监督联系点', '联系点'],
    unit: 'items',
    area,
  }),
  stock({
    id: 'enforcementSupervision.socialSupervisors',
    name: '社会监督员',
    nameEn: 'Citizen supervisors of enforcement',
    synonyms: ['社会监督员', '行政执法监督员', '行政执法企业家监督员'],
    unit: 'people',
    area,
  }),
  count({
    id: 'enforcementSupervision.supervisorParticipations',
    name: '监督员参与监督',
    nameEn: 'Participations of citizen supervisors',
    synonyms: ['受邀参与联合监督'],
    unit: 'personTimes',
    area,
  }),
  stock({
    id: 'lawEnforcement.items',
    name: '行政执法事项',
    nameEn: 'Administrative enforcement items (catalogued powers)',
    synonyms: ['行政执法事项', '梳理行政执法事项'],
    unit: 'items',
    area: 'law-enforcement',
  }),
  count({
    id: 'lawEnforcement.trainingSessions',
    name: '行政执法培训',
    nameEn: 'Enforcement training sessions',
    synonyms: ['行政执法培训', '执法人员培训'],
    unit: 'times',
    area: 'law-enforcement',
  }),
  stock({
    id: 'lawEnforcement.officers',
    name: '持证行政执法人员',
    nameEn: 'Certified enforcement officers',
    synonyms: ['执法人员', '行政执法证'],
    unit: 'people',
    area: 'law-enforcement',
  }),
  count({
    id: 'lawEnforcement.delegatedItemsRecalled',
    name: '建议回收赋权事项',
    nameEn: 'Delegated enforcement powers proposed for recall',
    synonyms: ['建议回收事项'],
    unit: 'items',
    area: 'law-enforcement',
  }),
  count({
    id: 'lawEnforcement.delegatedCategoriesRecalled',
    name: '建议回收赋权事项类别',
    nameEn: 'Categories of delegated enforcement powers proposed for recall',
    synonyms: ['回收事项类别'],
    unit: 'items',
    area: 'law-enforcement',
    description: 'Categories (类) grouping the items proposed for recall: 河东区 2024 "18类47项".',
  }),
];

/** Relations among enforcement supervision indicators. */
export const enforcementSupervisionRelations: readonly Relation[] = [
  partOf(
    'lawEnforcement.delegatedCategoriesRecalled',
    'lawEnforcement.delegatedItemsRecalled',
    'Every category proposed for recall holds at least one item',
    '建议回收的每一类至少含一项事项',
  ),
];
