import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf, sumOf } from './define.js';

const area = 'legal-services';
const { amount, count, stock } = inArea(area);

/** 公证: notarization, by domestic / foreign-related / Hong Kong, Macao and Taiwan-related matters. */
export const notarizationIndicators: readonly Indicator[] = [
  count(
    'notarization.cases',
    '公证',
    'Notarizations',
    ['办理公证', '公证案件', '公证事项', '各类公证', '公证件数'],
    'cases',
  ),
  count(
    'notarization.domestic',
    '国内公证',
    'Domestic notarizations',
    ['国内公证', '国内民事公证'],
    'cases',
    { sliceOf: { indicator: 'notarization.cases', dimensions: { notarizationType: 'domestic' } } },
  ),
  count(
    'notarization.nonDomestic',
    '涉外及涉港澳台公证',
    'Foreign-related and Hong Kong, Macao and Taiwan-related notarizations',
    ['涉外及涉港澳台公证'],
    'cases',
    { sliceOf: { indicator: 'notarization.cases', dimensions: { notarizationType: 'nonDomestic' } } },
  ),
  count('notarization.foreign', '涉外公证', 'Foreign-related notarizations', ['涉外公证'], 'cases', {
    description: 'As printed; some reports include Hong Kong, Macao and Taiwan-related matters in it.',
    sliceOf: { indicator: 'notarization.cases', dimensions: { notarizationType: 'foreign' } },
  }),
  count(
    'notarization.hkMacaoTaiwan',
    '涉港澳台公证',
    'Hong Kong, Macao and Taiwan-related notarizations',
    ['涉港澳台', '涉港澳台公证'],
    'cases',
    { sliceOf: { indicator: 'notarization.cases', dimensions: { notarizationType: 'hkMacaoTaiwan' } } },
  ),
  count(
    'notarization.feeWaivedCases',
    '减免费用公证',
    'Notarizations with fees waived or reduced',
    ['办理减免费用的公证案件', '免费公证服务', '免费公证'],
    'cases',
  ),
  amount('notarization.feesWaived', '减免公证费用', 'Notarization fees waived', [
    '减免公证费',
    '减免公证费用',
  ]),
  count(
    'notarization.erroneous',
    '错证假证',
    'Erroneous or false notarial certificates',
    ['错证', '假证'],
    'cases',
    { polarity: 'lowerIsBetter' },
  ),
  stock('notarization.notaries', '公证员', 'Notaries', ['公证员'], 'people'),
  amount('notarization.amountInvolved', '公证标的额', 'Value of the matters notarized', [
    '标的额',
    '公证涉及标的额',
    '公证标的',
  ]),
  stock('notarization.offices', '公证机构', 'Notary offices', ['公证处', '公证机构'], 'organisations'),
  amount('notarization.fees', '公证收费', 'Notarization fees charged', ['公证收费', '公证费收入', '收费']),
  stock(
    'notarization.onlineItems',
    '网上办理的公证事项',
    'Notarization services available online',
    ['网上办理', '网上预约、申请、受理', '“互联网+公证”'],
    'items',
    { description: 'Kinds of notarization (公证业务) that can be requested and handled online, not cases.' },
  ),
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
