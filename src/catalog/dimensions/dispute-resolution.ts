import type { Dimension } from '../../model/dimension.js';
import { member, OTHER } from './define.js';

/** Dimensions of people's mediation (人民调解). */
export const disputeResolutionDimensions: readonly Dimension[] = [
  {
    id: 'disputeType',
    name: '纠纷类型',
    nameEn: 'Dispute type',
    description: 'The kind of dispute mediated.',
    indicators: [
      'mediation.cases',
      'mediation.succeeded',
      'mediation.successRate',
      'mediation.screenings',
      'mediation.disputesFound',
      'mediation.disputesPrevented',
      'mediation.judiciallyConfirmed',
      'mediation.amountInvolved',
    ],
    members: [
      member('marriageFamily', '婚姻家庭', 'Marriage and family', ['婚姻家庭纠纷', '家庭', '婚姻']),
      member('neighbourhood', '邻里', 'Neighbours', ['邻里纠纷', '相邻关系']),
      member('landAndHousing', '土地、房屋宅基地', 'Land, housing and homestead', [
        '土地',
        '宅基地',
        '山林土地',
        '土地承包',
        '房屋',
      ]),
      member('contract', '合同', 'Contracts', ['合同纠纷', '买卖']),
      member('debt', '债务', 'Debts', ['债务纠纷', '借贷']),
      member('damages', '损害赔偿', 'Damages', ['损害赔偿纠纷', '人身损害']),
      member('labour', '劳动争议', 'Labour disputes', ['劳动', '劳资', '劳动争议纠纷', '欠薪']),
      member('medical', '医疗纠纷', 'Medical disputes', ['医患', '医疗']),
      member('trafficAccident', '道路交通事故', 'Road traffic accidents', ['交通事故', '交通']),
      member('propertyManagement', '物业', 'Property management', ['物业纠纷']),
      member('consumer', '消费', 'Consumer disputes', ['消费纠纷']),
      member('expropriation', '征地拆迁', 'Expropriation and demolition', ['征地', '拆迁']),
      member('environment', '环境污染', 'Environmental pollution', ['环境']),
      member('villageAffairs', '村务管理', 'Village affairs', ['村务']),
      member('construction', '建设工程', 'Construction', ['工程']),
      OTHER,
    ],
  },
  {
    id: 'committeeType',
    name: '调解组织类型',
    nameEn: 'Mediation organisation type',
    description:
      'Village or community, township or sub-district, industry or professional, enterprise and other mediation committees.',
    indicators: ['mediation.*'],
    members: [
      member('village', '村(居)民调委会', 'Village or community committee', [
        '村(居)',
        '村(社区)',
        '村调委会',
        '村级',
      ]),
      member('township', '乡镇(街道)调委会', 'Township or sub-district committee', [
        '乡镇(街道)',
        '镇(街道)',
        '镇级',
        '乡镇',
        '街道',
        '镇调委会',
        '乡镇调委会',
        '街道调委会',
      ]),
      member(
        'grassroots',
        '基层调委会',
        'Grassroots committee (village and township)',
        ['基层调委会', '基层调解组织'],
        {
          parts: ['village', 'township'],
        },
      ),
      member('county', '县(区)调委会', 'County or district committee', [
        '县调委会',
        '县人民调解委员会',
        '区人民调解委员会',
        '县(市、区)人民调解委员会',
        '区调委会',
      ]),
      member(
        'industry',
        '行业性、专业性调委会',
        'Industry or professional committee',
        ['行业性专业性', '行业性、专业性', '专业性', '行业性'],
        {
          parts: ['trafficAccident', 'medical', 'labour', 'otherIndustry'],
        },
      ),
      member('trafficAccident', '交通事故调委会', 'Traffic accident committee', [
        '交通事故调委会',
        '道路交通事故调委会',
      ]),
      member('medical', '医疗纠纷调委会', 'Medical dispute committee', ['医疗纠纷调委会', '医调委']),
      member('labour', '劳动争议调解组织', 'Labour dispute committee', [
        '劳动争议调解中心',
        '劳动争议调委会',
      ]),
      member('otherIndustry', '其他行业性、专业性调委会', 'Other industry or professional committee', [
        '其他行业性专业性调委会',
      ]),
      member('enterprise', '企事业单位调委会', 'Enterprise or institution committee', ['企事业单位', '企业']),
      OTHER,
    ],
  },
  {
    id: 'disputeSeverity',
    name: '纠纷程度',
    nameEn: 'Dispute severity',
    description: 'Major (重大) as opposed to ordinary disputes.',
    indicators: [
      'mediation.cases',
      'mediation.succeeded',
      'mediation.screenings',
      'mediation.disputesFound',
      'mediation.disputesPrevented',
      'mediation.amountInvolved',
    ],
    members: [
      member('major', '重大', 'Major', ['重大矛盾纠纷', '重大', '疑难复杂']),
      member('ordinary', '一般', 'Ordinary', ['一般矛盾纠纷', '一般']),
    ],
  },
  {
    id: 'mediatorType',
    name: '调解员类型',
    nameEn: 'Mediator type',
    description: 'Full-time (专职) or part-time (兼职) people’s mediators.',
    indicators: ['mediation.mediators', 'mediation.mediatorsRecruited', 'mediation.gradedMediators'],
    members: [
      member('fullTime', '专职', 'Full-time', ['专职人民调解员', '专职']),
      member('partTime', '兼职', 'Part-time', ['兼职人民调解员', '兼职']),
    ],
  },
  {
    id: 'professionalBackground',
    name: '从业背景',
    nameEn: 'Professional background',
    description: 'What mediators did before or besides mediating.',
    indicators: ['mediation.mediators', 'mediation.mediatorsRecruited', 'mediation.gradedMediators'],
    exhaustive: false,
    members: [
      member('basicLegalServiceWorker', '基层法律服务工作者', 'Basic legal service worker', [
        '基层法律服务工作者',
      ]),
      member('lawyer', '律师', 'Lawyer', ['律师']),
      member('retiredJudicialStaff', '退休政法干警', 'Retired judicial or police staff', [
        '退休法官',
        '退休检察官',
        '退休政法干警',
      ]),
      member('legalProfessional', '法律工作者', 'Other legal professional', ['法律工作者', '法学专家']),
      OTHER,
    ],
  },
];
