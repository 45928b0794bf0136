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
    sliceOf: { indicator: 'mediation.committees', dimensions: { committeeType: 'village' } },
  }),
  stock({
    id: 'mediation.townshipCommittees',
    name: '乡镇(街道)调解委员会',
    nameEn: 'Township and sub-district mediation committees',
    synonyms: ['镇级人民调解委员会', '乡镇调委会', '街道调委会'],
    unit: 'organisations',
    area,
    sliceOf: { indicator: 'mediation.committees', dimensions: { committeeType: 'township' } },
  }),
  stock({
    id: 'mediation.industryCommittees',
    name: '行业性专业性调解委员会',
    nameEn: 'Industry-specific and professional mediation committees',
    synonyms: ['行专调委会', '行业性专业性调解组织', '行业性专业性调委会'],
    unit: 'organisations',
    area,
    sliceOf: { indicator: 'mediation.committees', dimensions: { committeeType: 'industry' } },
  }),
  stock({
    id: 'mediation.otherCommittees',
    name: '其他调解委员会',
    nameEn: 'Other mediation committees (enterprises, institutions …)',
    synonyms: ['企事业单位调委会'],
    unit: 'organisations',
    area,
    sliceOf: { indicator: 'mediation.committees', dimensions: { committeeType: 'other' } },
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
