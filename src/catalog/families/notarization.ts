import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { amount, count, partOf, stock, sumOf } from './define.js';

const area = 'legal-services';

/** 公证: notarization, by domestic / foreign-related / Hong Kong, Macao and Taiwan-related matters. */
export const notarizationIndicators: readonly Indicator[] = [
  count({
    id: 'notarization.cases',
    name: '公证',
    nameEn: 'Notarizations',
    synonyms: ['办理公证', '公证案件', '公证事项', '各类公证', '公证件数'],
    unit: 'cases',
    area,
  }),
  count({
    id: 'notarization.domestic',
    name: '国内公证',
    nameEn: 'Domestic notarizations',
    synonyms: ['国内公证', '国内民事公证'],
    unit: 'cases',
    area,
    sliceOf: { indicator: 'notarization.cases', dimensions: { notarizationType: 'domestic' } },
  }),
  count({
    id: 'notarization.nonDomestic',
    name: '涉外及涉港澳台公证',
    nameEn: 'Foreign-related and Hong Kong, Macao and Taiwan-related notarizations',
    synonyms: ['涉外及涉港澳台公证'],
    unit: 'cases',
    area,
    sliceOf: { indicator: 'notarization.cases', dimensions: { notarizationType: 'nonDomestic' } },
  }),
  count({
    id: 'notarization.foreign',
    name: '涉外公证',
    nameEn: 'Foreign-related notarizations',
    synonyms: ['涉外公证'],
    unit: 'cases',
    area,
    description: 'As printed; some reports include Hong Kong, Macao and Taiwan-related matters in it.',
    sliceOf: { indicator: 'notarization.cases', dimensions: { notarizationType: 'foreign' } },
  }),
  count({
    id: 'notarization.hkMacaoTaiwan',
    name: '涉港澳台公证',
    nameEn: 'Hong Kong, Macao and Taiwan-related notarizations',
    synonyms: ['涉港澳台', '涉港澳台公证'],
    unit: 'cases',
    area,
    sliceOf: { indicator: 'notarization.cases', dimensions: { notarizationType: 'hkMacaoTaiwan' } },
  }),
  count({
    id: 'notarization.feeWaivedCases',
    name: '减免费用公证',
    nameEn: 'Notarizations with fees waived or reduced',
    synonyms: ['办理减免费用的公证案件', '免费公证服务', '免费公证'],
    unit: 'cases',
    area,
  }),
  amount({
    id: 'notarization.feesWaived',
    name: '减免公证费用',
    nameEn: 'Notarization fees waived',
    synonyms: ['减免公证费', '减免公证费用'],
    area,
  }),
  count({
    id: 'notarization.erroneous',
    name: '错证假证',
    nameEn: 'Erroneous or false notarial certificates',
    synonyms: ['错证', '假证'],
    unit: 'cases',
    area,
    polarity: 'lowerIsBetter',
  }),
  stock({
    id: 'notarization.notaries',
    name: '公证员',
    nameEn: 'Notaries',
    synonyms: ['公证员'],
    unit: 'people',
    area,
  }),
  amount({
    id: 'notarization.amountInvolved',
    name: '公证标的额',
    nameEn: 'Value of the matters notarized',
    synonyms: ['标的额', '公证涉及标的额', '公证标的'],
    area,
  }),
  stock({
    id: 'notarization.offices',
    name: '公证机构',
    nameEn: 'Notary offices',
    synonyms: ['公证处', '公证机构'],
    unit: 'organisations',
    area,
  }),
  amount({
    id: 'notarization.fees',
    name: '公证收费',
    nameEn: 'Notarization fees charged',
    synonyms: ['公证收费', '公证费收入', '收费'],
    area,
  }),
  stock({
    id: 'notarization.onlineItems',
    name: '网上办理的公证事项',
    nameEn: 'Notarization services available online',
    synonyms: ['网上办理', '网上预约、申请、受理', '“互联网+公证”'],
    unit: 'items',
    area,
    description: 'Kinds of notarization (公证业务) that can be requested and handled online, not cases.',
  }),
];

/** Relations among notarization indicators. */
export const notarizationRelations: readonly Relation[] = [
  partOf(
    'notarization.erroneous',
    'notarization.cases',
    'Erroneous certificates are among the notarizations',
    '错证假证属于所办公证',
  ),
  sumOf(
    'notarization.cases',
    ['notarization.domestic', 'notarization.nonDomestic'],
    'Notarizations = domestic + foreign- and HK/Macao/Taiwan-related',
    '公证 = 国内公证 + 涉外及涉港澳台公证',
  ),
  partOf(
    'notarization.foreign',
    'notarization.nonDomestic',
    'Foreign-related notarizations are non-domestic',
    '涉外公证属于涉外及涉港澳台公证',
  ),
  partOf(
    'notarization.hkMacaoTaiwan',
    'notarization.nonDomestic',
    'HK/Macao/Taiwan-related notarizations are non-domestic',
    '涉港澳台公证属于涉外及涉港澳台公证',
  ),
  partOf(
    'notarization.domestic',
    'notarization.cases',
    'Domestic ≤ all notarizations',
    '国内公证不超过公证总数',
  ),
  partOf(
    'notarization.foreign',
    'notarization.cases',
    'Foreign-related ≤ all notarizations',
    '涉外公证不超过公证总数',
  ),
  partOf(
    'notarization.hkMacaoTaiwan',
    'notarization.cases',
    'HK/Macao/Taiwan-related ≤ all notarizations',
    '涉港澳台公证不超过公证总数',
  ),
  partOf(
    'notarization.feeWaivedCases',
    'notarization.cases',
    'Fee-waived notarizations ≤ all notarizations',
    '减免费用公证不超过公证总数',
  ),
];
