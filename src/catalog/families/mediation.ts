import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf, ratio, sumOf } from './define.js';

const area = 'dispute-resolution';
const { amount, count, rate, stock } = inArea(area);

/** 人民调解: people's mediation of disputes by mediation committees. */
export const mediationIndicators: readonly Indicator[] = [
  count(
    'mediation.cases',
    '调解纠纷',
    'Disputes mediated',
    ['调解矛盾纠纷', '调处矛盾纠纷', '调解各类矛盾纠纷', '调处', '受理纠纷', '调解案件'],
    'cases',
  ),
  count(
    'mediation.succeeded',
    '调解成功',
    'Disputes mediated successfully',
    [
      '调解成功',
      '成功调解',
      '调处成功',
      '成功化解',
      '成功化解矛盾纠纷',
      '化解',
      '成功调处',
      '成功调处矛盾纠纷',
    ],
    'cases',
    { polarity: 'higherIsBetter' },
  ),
  rate(
    'mediation.successRate',
    '调解成功率',
    'Mediation success rate',
    ['成功率', '调处成功率', '调解成功率'],
    'higherIsBetter',
    [
      ratio('cases', ['mediation.succeeded'], ['mediation.cases'], {
        description: 'Succeeded / mediated',
        descriptionZh: '调解成功 / 调解纠纷',
      }),
    ],
  ),
  count(
    'mediation.screenings',
    '矛盾纠纷排查',
    'Dispute screenings',
    ['排查', '开展矛盾纠纷排查', '排查矛盾纠纷'],
    'times',
  ),
  count(
    'mediation.lawyerMediated',
    '律师参与调解成功',
    'Disputes settled with lawyers mediating',
    ['律师调解', '律师参与调解'],
    'cases',
  ),
  stock(
    'mediation.committees',
    '人民调解委员会',
    'Mediation committees',
    ['调委会', '调解组织', '人民调解组织'],
    'organisations',
  ),
  stock(
    'mediation.villageCommittees',
    '村(社区)调解委员会',
    'Village and community mediation committees',
    ['村(社区)调解委员会', '村居调委会'],
    'organisations',
    { sliceOf: { indicator: 'mediation.committees', dimensions: { committeeType: 'village' } } },
  ),
  stock(
    'mediation.townshipCommittees',
    '乡镇(街道)调解委员会',
    'Township and sub-district mediation committees',
    ['镇级人民调解委员会', '乡镇调委会', '街道调委会'],
    'organisations',
    { sliceOf: { indicator: 'mediation.committees', dimensions: { committeeType: 'township' } } },
  ),
  stock(
    'mediation.industryCommittees',
    '行业性专业性调解委员会',
    'Industry-specific and professional mediation committees',
    ['行专调委会', '行业性专业性调解组织', '行业性专业性调委会'],
    'organisations',
    { sliceOf: { indicator: 'mediation.committees', dimensions: { committeeType: 'industry' } } },
  ),
  stock(
    'mediation.otherCommittees',
    '其他调解委员会',
    'Other mediation committees (enterprises, institutions …)',
    ['企事业单位调委会'],
    'organisations',
    { sliceOf: { indicator: 'mediation.committees', dimensions: { committeeType: 'other' } } },
  ),
  count(
    'mediation.committeesEstablished',
    '新成立调解委员会',
    'Mediation committees newly established',
    ['成立调委会'],
    'organisations',
  ),
  stock('mediation.mediators', '人民调解员', 'People’s mediators', ['调解员', '专职调解员'], 'people'),
  stock(
    'mediation.featuredRooms',
    '特色调解室',
    'Featured mediation rooms',
    ['品牌调解室', '调解工作室', '个人调解室', '个人调解工作室'],
    'organisations',
  ),
  amount('mediation.rewardFunds', '“以奖代补”资金', 'Case-based mediation subsidies paid', [
    '以奖代补资金',
    '以奖代补',
  ]),
  count(
    'mediation.policiesPrompted',
    '推动出台政策措施',
    'Policies prompted by mediation analysis',
    ['出台政策措施'],
    'items',
  ),
  count(
    'mediation.agreementsPerformed',
    '调解协议履行',
    'Mediation agreements performed',
    ['履行案件', '协议履行', '履行调解协议'],
    'cases',
    { polarity: 'higherIsBetter' },
  ),
  rate(
    'mediation.performanceRate',
    '调解协议履行率',
    'Performance rate of mediation agreements',
    ['履行率', '协议履行率', '调解协议履行率'],
    'higherIsBetter',
    [
      ratio('succeeded', ['mediation.agreementsPerformed'], ['mediation.succeeded'], {
        description: 'Agreements performed / disputes mediated successfully',
        descriptionZh: '履行调解协议数 / 调解成功数',
      }),
    ],
  ),
  count(
    'mediation.judiciallyConfirmed',
    '调解协议司法确认',
    'Mediation agreements judicially confirmed',
    ['司法确认', '申请司法确认', '确认调解协议有效'],
    'cases',
  ),
  count(
    'mediation.disputesFound',
    '排查发现矛盾纠纷',
    'Disputes found by screening',
    ['排查发现矛盾纠纷', '排查各类矛盾纠纷', '排查纠纷', '摸排矛盾纠纷', '排查出矛盾纠纷'],
    'cases',
    {
      description:
        'Disputes (件) found by screening; the screenings themselves (次) are mediation.screenings.',
    },
  ),
  count(
    'mediation.disputesPrevented',
    '预防矛盾纠纷',
    'Disputes prevented',
    ['预防纠纷', '预防矛盾纠纷', '防止纠纷激化'],
    'cases',
    { polarity: 'higherIsBetter' },
  ),
  amount('mediation.amountInvolved', '调解涉及金额', 'Amount involved in the disputes mediated', [
    '涉及金额',
    '涉及资金',
    '涉案金额',
    '涉及标的',
  ]),
  stock(
    'mediation.servicePoints',
    '调解服务点',
    'Mediation service points (below committee level)',
    ['评理说事点', '百姓评理说事点', '调解点', '说事点', '调解服务点'],
    'organisations',
    {
      description:
        'Places where disputes are heard and talked through that are not mediation committees themselves.',
    },
  ),
  stock(
    'mediation.gradedMediators',
    '等级人民调解员',
    'Mediators holding a grade',
    ['等级调解员', '评定等级调解员'],
    'people',
  ),
  count(
    'mediation.mediatorsRecruited',
    '吸纳人民调解员',
    'Mediators recruited',
    ['吸纳调解员', '吸纳优秀调解员', '吸纳到人民调解队伍', '选聘调解员'],
    'people',
  ),
  count(
    'mediation.trainingSessions',
    '人民调解员培训',
    'Mediator training sessions',
    ['调解员培训', '培训调解员', '人民调解员培训', '人民调解员业务培训班'],
    'times',
  ),
  count(
    'mediation.traineeAttendance',
    '参训人民调解员',
    'Mediator training attendance',
    ['培训调解员', '参训调解员'],
    'personTimes',
  ),
  count(
    'mediation.disputesReported',
    '发生矛盾纠纷',
    'Disputes arising (registered)',
    ['发生各类矛盾纠纷', '发生矛盾纠纷', '登记矛盾纠纷'],
    'cases',
    {
      description:
        'Disputes that arose or were registered in the period, the base of 调处率 (定安县 2020: 发生490件, 调处490件).',
    },
  ),
  rate(
    'mediation.handlingRate',
    '调处率',
    'Dispute handling rate',
    ['调处率', '纠纷调处率'],
    'higherIsBetter',
    [
      ratio('reported', ['mediation.cases'], ['mediation.disputesReported'], {
        description: 'Disputes mediated / disputes arising',
        descriptionZh: '调处纠纷 / 发生纠纷',
      }),
    ],
  ),
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
  partOf(
    'mediation.agreementsPerformed',
    'mediation.succeeded',
    'Agreements performed cannot exceed disputes mediated successfully',
    '履行调解协议数不超过调解成功数',
  ),
  partOf(
    'mediation.judiciallyConfirmed',
    'mediation.succeeded',
    'Agreements judicially confirmed cannot exceed disputes mediated successfully',
    '司法确认数不超过调解成功数',
  ),
];
