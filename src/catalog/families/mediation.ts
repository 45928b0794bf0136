import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { amount, count, partOf, rate, ratio, stock, sumOf } from './define.js';

const area = 'dispute-resolution';

/** 人民调解: people's mediation of disputes by mediation committees. */
export const mediationIndicators: readonly Indicator[] = [
  count({
    id: 'mediation.cases',
    name: '调解纠纷',
    nameEn: 'Disputes mediated',
    synonyms: ['调解矛盾纠纷', '调处矛盾纠纷', '调解各类矛盾纠纷', '调处', '受理纠纷', '调解案件'],
    unit: 'cases',
    area,
  }),
  count({
    id: 'mediation.succeeded',
    name: '调解成功',
    nameEn: 'Disputes mediated successfully',
    synonyms: ['调解成功', '调处成功', '成功化解', '成功化解矛盾纠纷', '化解'],
    unit: 'cases',
    area,
    polarity: 'higherIsBetter',
  }),
  rate({
    id: 'mediation.successRate',
    name: '调解成功率',
    nameEn: 'Mediation success rate',
    synonyms: ['成功率', '调处成功率', '调解成功率'],
    polarity: 'higherIsBetter',
    area,
    formulas: [
      ratio('cases', ['mediation.succeeded'], ['mediation.cases'], {
        description: 'Succeeded / mediated',
        descriptionZh: '调解成功 / 调解纠纷',
      }),
    ],
  }),
  count({
    id: 'mediation.screenings',
    name: '矛盾纠纷排查',
    nameEn: 'Dispute screenings',
    synonyms: ['排查', '开展矛盾纠纷排查', '排查矛盾纠纷'],
    unit: 'times',
    area,
  }),
  count({
    id: 'mediation.lawyerMediated',
    name: '律师参与调解成功',
    nameEn: 'Disputes settled with lawyers mediating',
    synonyms: ['律师调解', '律师参与调解'],
    unit: 'cases',
    area,
  }),
  stock({
    id: 'mediation.committees',
    name: '人民调解委员会',
    nameEn: 'Mediation committees',
    synonyms: ['调委会', '调解组织', '人民调解组织'],
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'mediation.villageCommittees',
    name: '村(社区)调解委员会',
    nameEn: 'Village and community mediation committees',
    synonyms: ['村(社区)调解委员会', '村居调委会'],
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'mediation.townshipCommittees',
    name: '乡镇(街道)调解委员会',
    nameEn: 'Township and sub-district mediation committees',
    synonyms: ['镇级人民调解委员会', '乡镇调委会', '街道调委会'],
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'mediation.industryCommittees',
    name: '行业性专业性调解委员会',
    nameEn: 'Industry-specific and professional mediation committees',
    synonyms: ['行专调委会', '行业性专业性调解组织', '行业性专业性调委会'],
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'mediation.otherCommittees',
    name: '其他调解委员会',
    nameEn: 'Other mediation committees (enterprises, institutions …)',
    synonyms: ['企事业单位调委会'],
    unit: 'organisations',
    area,
  }),
  count({
    id: 'mediation.committeesEstablished',
    name: '新成立调解委员会',
    nameEn: 'Mediation committees newly established',
    synonyms: ['成立调委会'],
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'mediation.mediators',
    name: '人民调解员',
    nameEn: 'People’s mediators',
    synonyms: ['调解员', '专职调解员'],
    unit: 'people',
    area,
  }),
  stock({
    id: 'mediation.featuredRooms',
    name: '特色调解室',
    nameEn: 'Featured mediation rooms',
    synonyms: ['品牌调解室', '调解工作室'],
    unit: 'organisations',
    area,
  }),
  amount({
    id: 'mediation.rewardFunds',
    name: '“以奖代补”资金',
    nameEn: 'Case-based mediation subsidies paid',
    synonyms: ['以奖代补资金', '以奖代补'],
    area,
  }),
  count({
    id: 'mediation.policiesPrompted',
    name: '推动出台政策措施',
    nameEn: 'Policies prompted by mediation analysis',
    synonyms: ['出台政策措施'],
    unit: 'items',
    area,
  }),
  count({
    id: 'mediation.disputesReported',
    name: '发生矛盾纠纷',
    nameEn: 'Disputes arising (registered)',
    synonyms: ['发生各类矛盾纠纷', '发生矛盾纠纷', '登记矛盾纠纷'],
    unit: 'cases',
    area,
    description:
      'Disputes that arose or were registered in the period, the base of 调处率 (定安县 2020: 发生490件, 调处490件).',
  }),
  rate({
    id: 'mediation.handlingRate',
    name: '调处率',
    nameEn: 'Dispute handling rate',
    synonyms: ['调处率', '纠纷调处率'],
    polarity: 'higherIsBetter',
    area,
    formulas: [
      ratio('reported', ['mediation.cases'], ['mediation.disputesReported'], {
        description: 'Disputes mediated / disputes arising',
        descriptionZh: '调处纠纷 / 发生纠纷',
      }),
    ],
  }),
  count({
    id: 'mediation.disputesScreened',
    name: '排查出矛盾纠纷',
    nameEn: 'Disputes identified by screening',
    synonyms: ['排查出矛盾纠纷', '排查各类矛盾纠纷', '排查化解矛盾纠纷'],
    unit: 'cases',
    area,
    description:
      'Disputes found by screening (件), not the number of screening rounds (mediation.screenings, 次).',
  }),
  count({
    id: 'mediation.judicialConfirmations',
    name: '司法确认',
    nameEn: 'Mediation agreements confirmed by a court',
    synonyms: ['司法确认', '确认调解协议有效', '申请司法确认'],
    unit: 'cases',
    area,
    description: 'Mediation agreements a court confirmed as valid and enforceable (司法确认).',
  }),
  count({
    id: 'mediation.trainingSessions',
    name: '人民调解员培训',
    nameEn: 'Training sessions for mediators',
    synonyms: ['人民调解员业务培训班', '调解员培训', '人民调解员培训班'],
    unit: 'times',
    area,
  }),
  count({
    id: 'mediation.mediatorsTrained',
    name: '参训人民调解员',
    nameEn: 'Mediators trained',
    synonyms: ['培训人民调解员', '参加培训的人民调解员', '培训调解员'],
    unit: 'people',
    area,
  }),
];

/** Relations among mediation indicators. */
export const mediationRelations: readonly Relation[] = [
  partOf(
    'mediation.succeeded',
    'mediation.cases',
    'Disputes settled cannot exceed disputes mediated',
    '调解成功数不超过调解纠纷数',
  ),
  sumOf(
    'mediation.committees',
    [
      'mediation.villageCommittees',
      'mediation.townshipCommittees',
      'mediation.industryCommittees',
      'mediation.otherCommittees',
    ],
    'Committees = village/community + township/sub-district + industry/professional + other',
    '调委会 = 村(社区) + 乡镇(街道) + 行业性专业性 + 其他',
  ),
];
