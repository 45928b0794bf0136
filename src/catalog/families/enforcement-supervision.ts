import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf } from './define.js';

const area = 'oversight';
const { count, stock } = inArea(area);
const lawEnforcement = inArea('law-enforcement');

/** 行政执法 and 行政执法监督: enforcement items, training, case-file reviews, supervision and accountability. */
export const enforcementSupervisionIndicators: readonly Indicator[] = [
  count(
    'enforcementSupervision.caseFilesReviewed',
    '评查执法案卷',
    'Enforcement case files reviewed',
    ['抽查评查执法案卷', '案卷评查', '评查案卷'],
    'documents',
  ),
  count(
    'enforcementSupervision.problemsFound',
    '执法监督发现问题',
    'Problems found by enforcement supervision',
    ['查究问题', '发现问题', '评查发现问题'],
    'items',
    { polarity: 'neutral' },
  ),
  count(
    'enforcementSupervision.leads',
    '执法问题线索',
    'Leads on enforcement misconduct',
    ['发现执法问题线索', '问题线索'],
    'items',
  ),
  count(
    'enforcementSupervision.casesConcluded',
    '执法监督办结案件',
    'Enforcement-misconduct cases concluded',
    ['办结案件'],
    'cases',
  ),
  count(
    'enforcementSupervision.peopleHeldAccountable',
    '追究责任',
    'People held accountable',
    ['追究责任', '问责'],
    'people',
  ),
  count(
    'enforcementSupervision.specialSupervisions',
    '专项监督',
    'Special enforcement supervisions',
    ['专项监督', '联合监督'],
    'times',
  ),
  count(
    'enforcementSupervision.unitsRectifying',
    '督促整改单位',
    'Agencies required to rectify problems',
    ['督促整改'],
    'organisations',
  ),
  count(
    'enforcementSupervision.departmentsConvened',
    '参会行政执法部门',
    'Enforcement departments convened to supervision meetings',
    ['主要行政执法部门召开', '行政执法监督工作推进会'],
    'organisations',
  ),
  stock(
    'enforcementSupervision.offices',
    '行政执法监督工作室',
    'Enforcement supervision offices',
    ['行政执法监督工作室'],
    'organisations',
  ),
  stock(
    'enforcementSupervision.contactPoints',
    '行政执法监督联系点',
    'Enforcement supervision contact points',
    ['行政执法监督联系点', '联系点'],
    'items',
  ),
  stock(
    'enforcementSupervision.socialSupervisors',
    '社会监督员',
    'Citizen supervisors of enforcement',
    ['社会监督员', '行政执法监督员', '行政执法企业家监督员'],
    'people',
  ),
  count(
    'enforcementSupervision.supervisorParticipations',
    '监督员参与监督',
    'Participations of citizen supervisors',
    ['受邀参与联合监督'],
    'personTimes',
  ),
  lawEnforcement.stock(
    'lawEnforcement.items',
    '行政执法事项',
    'Administrative enforcement items (catalogued powers)',
    ['行政执法事项', '梳理行政执法事项'],
    'items',
  ),
  lawEnforcement.count(
    'lawEnforcement.trainingSessions',
    '行政执法培训',
    'Enforcement training sessions',
    ['行政执法培训', '执法人员培训'],
    'times',
  ),
  lawEnforcement.stock(
    'lawEnforcement.officers',
    '持证行政执法人员',
    'Certified enforcement officers',
    ['执法人员', '行政执法证'],
    'people',
  ),
  lawEnforcement.count(
    'lawEnforcement.delegatedItemsRecalled',
    '建议回收赋权事项',
    'Delegated enforcement powers proposed for recall',
    ['建议回收事项'],
    'items',
  ),
  lawEnforcement.count(
    'lawEnforcement.delegatedCategoriesRecalled',
    '建议回收赋权事项类别',
    'Categories of delegated enforcement powers proposed for recall',
    ['回收事项类别'],
    'items',
    { description: 'Categories (类) grouping the items proposed for recall: 河东区 2024 "18类47项".' },
  ),
  lawEnforcement.count(
    'lawEnforcement.dataPublished',
    '公开行政执法数据',
    'Law-enforcement records published',
    ['公开行政执法数据', '执法信息公示', '行政执法公示信息'],
    'items',
  ),
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
