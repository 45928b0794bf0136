import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf, ratio, sumOf } from './define.js';

const area = 'dispute-resolution';
const { count, rate, stock } = inArea(area);

/** 行政诉讼 / 行政应诉: administrative litigation in which the government or its agencies are the defendant. */
export const litigationIndicators: readonly Indicator[] = [
  count(
    'litigation.cases',
    '行政诉讼案件',
    'Administrative litigation cases handled',
    ['行政应诉案件', '行政诉讼案件数', '办理行政诉讼案件', '以政府为被告的行政诉讼案件', '应诉案件'],
    'cases',
    { description: 'Cases handled in the period, including those pending from earlier years.' },
  ),
  count(
    'litigation.received',
    '新收行政诉讼案件',
    'New administrative litigation cases',
    ['新收', '新增', '被诉'],
    'cases',
  ),
  count(
    'litigation.concluded',
    '审结',
    'Litigation cases concluded',
    ['审结', '结案', '办结', '已审结'],
    'cases',
  ),
  count('litigation.judged', '判决', 'Cases concluded by judgment', ['判决', '已判决', '判决结案'], 'cases'),
  count(
    'litigation.ruled',
    '裁定结案',
    'Cases concluded by ruling (incl. dismissal and approved withdrawal)',
    ['裁定', '裁定结案'],
    'cases',
  ),
  count(
    'litigation.mediated',
    '调解结案',
    'Cases concluded by mediation',
    ['调解结案', '调解', '成功调解'],
    'cases',
  ),
  count(
    'litigation.dismissedByRuling',
    '裁定驳回起诉',
    "Plaintiffs' suits dismissed by ruling",
    ['裁定驳回原告起诉', '驳回起诉'],
    'cases',
  ),
  stock(
    'litigation.pending',
    '未审结',
    'Litigation cases still pending',
    ['暂未审结', '未审结', '尚未审结'],
    'cases',
    {
      description:
        'Cases not yet concluded at the time of the report (古丈县 2024: 2 of 3 suits after reconsideration).',
    },
  ),
  count('litigation.won', '胜诉', 'Cases won by the government', ['胜诉', '胜诉案件'], 'cases', {
    polarity: 'higherIsBetter',
  }),
  count('litigation.lost', '败诉', 'Cases lost by the government', ['败诉', '败诉案件', '败诉数'], 'cases', {
    polarity: 'lowerIsBetter',
  }),
  count('litigation.withdrawn', '撤诉', 'Cases withdrawn by the plaintiff', ['撤诉', '原告撤诉'], 'cases'),
  count(
    'litigation.hearings',
    '开庭审理案件',
    'Cases heard in court (head appearance required)',
    ['开庭审理', '应出庭案件', '开庭', '开庭审结'],
    'cases',
  ),
  count(
    'litigation.headAppearances',
    '负责人出庭应诉',
    'Cases in which an agency head appeared in court',
    ['负责人出庭', '行政机关负责人出庭应诉'],
    'cases',
    { polarity: 'higherIsBetter' },
  ),
  count(
    'litigation.topLeaderAppearances',
    '“一把手”出庭',
    'Cases in which the principal leader appeared in court',
    ['一把手出庭', '主要负责人出庭', '正职负责人出庭'],
    'cases',
    { polarity: 'higherIsBetter' },
  ),
  count(
    'litigation.afterReconsideration',
    '复议后起诉',
    'Reconsideration cases taken to court afterwards',
    ['复议后诉讼', '办结复议案件转为行政诉讼案件', '复议后起诉'],
    'cases',
    { description: 'Of the reconsideration cases concluded, those in which the applicant then sued.' },
  ),
  count(
    'litigation.courtLiaisons',
    '与法院对接',
    'Case liaisons with the court',
    ['与法院对接案件办理情况'],
    'times',
  ),
  count(
    'litigation.likelyLossesSettled',
    '推动可能败诉案件调解',
    'Likely-to-lose cases steered to mediation',
    ['可能败诉案件调解'],
    'cases',
    { polarity: 'higherIsBetter' },
  ),
  count(
    'litigation.trialsAttended',
    '旁听庭审',
    'Court hearings attended by officials',
    ['旁听庭审', '组织旁听庭审'],
    'times',
  ),
  rate('litigation.lossRate', '败诉率', 'Loss rate', ['行政败诉率', '行政诉讼败诉率'], 'lowerIsBetter', [
    ratio('concluded', ['litigation.lost'], ['litigation.concluded'], {
      description: 'Lost / concluded',
      descriptionZh: '败诉 / 审结',
    }),
    ratio('judged', ['litigation.lost'], ['litigation.judged'], {
      description: 'Lost / concluded by judgment',
      descriptionZh: '败诉 / 判决',
    }),
  ]),
  rate(
    'litigation.closureRate',
    '结案率',
    'Litigation clearance rate (concluded / received)',
    ['结案率', '审结率'],
    'higherIsBetter',
    [
      ratio('received', ['litigation.concluded'], ['litigation.received'], {
        description: 'Concluded / received in the period',
        descriptionZh: '审结 / 新收',
      }),
    ],
    {
      description:
        'Court statistics: cases concluded in the period over cases received in it; old cases concluded count too, so it may exceed 100% (南阳 2015: 审结962 / 新收1120 = 85.9%).',
      allowsOver100: true,
    },
  ),
  rate('litigation.winRate', '胜诉率', 'Win rate', [], 'higherIsBetter', [
    ratio('concluded', ['litigation.won'], ['litigation.concluded']),
    ratio('judged', ['litigation.won'], ['litigation.judged']),
  ]),
  rate('litigation.withdrawalRate', '撤诉率', 'Withdrawal rate', [], 'neutral', [
    ratio('concluded', ['litigation.withdrawn'], ['litigation.concluded']),
  ]),
  rate(
    'litigation.headAppearanceRate',
    '负责人出庭应诉率',
    'Agency-head court appearance rate',
    ['出庭应诉率', '出庭率', '行政机关负责人出庭应诉率'],
    'higherIsBetter',
    [
      ratio('hearings', ['litigation.headAppearances'], ['litigation.hearings'], {
        description: 'Cases with a head appearing / cases heard in court',
        descriptionZh: '负责人出庭案件 / 开庭审理案件',
      }),
      ratio('cases', ['litigation.headAppearances'], ['litigation.cases'], {
        description: 'Cases with a head appearing / cases handled',
        descriptionZh: '负责人出庭案件 / 应诉案件',
      }),
    ],
  ),
  rate(
    'litigation.topLeaderAppearanceRate',
    '“一把手”出庭率',
    'Principal-leader court appearance rate',
    ['一把手出庭率', '主要负责人出庭率'],
    'higherIsBetter',
    [ratio('hearings', ['litigation.topLeaderAppearances'], ['litigation.hearings'])],
  ),
  rate(
    'litigation.afterReconsiderationRate',
    '复议后起诉率',
    'Rate of suits after reconsideration',
    ['复议后诉讼率', '复议后起诉率'],
    'lowerIsBetter',
    [ratio('reconsiderationConcluded', ['litigation.afterReconsideration'], ['reconsideration.concluded'])],
  ),
  count(
    'litigation.suitsAndReconsiderationsDefended',
    '行政应诉和行政复议答复案件',
    'Lawsuits and reconsiderations defended (government as defendant or respondent)',
    ['以市政府为被告和被申请人的诉讼、复议案件', '行政诉讼和行政复议答复', '应诉和复议答复案件'],
    'cases',
    {
      description:
        'Lawsuits in which the government is the defendant plus reconsiderations in which it is the respondent, printed as one count.',
    },
  ),
];

/** Relations among litigation indicators. */
export const litigationRelations: readonly Relation[] = [
  partOf(
    'litigation.received',
    'litigation.cases',
    'New cases are among the cases handled',
    '新收案件属于办理案件',
  ),
  partOf(
    'litigation.hearings',
    'litigation.cases',
    'Cases heard are among the cases handled',
    '开庭审理案件属于办理案件',
  ),
  partOf(
    'litigation.likelyLossesSettled',
    'litigation.cases',
    'Cases steered to mediation are among the cases handled',
    '推动调解的案件属于办理案件',
  ),
  partOf(
    'litigation.concluded',
    'litigation.cases',
    'Cases concluded cannot exceed cases handled',
    '审结案件数不超过办理案件数',
  ),
  partOf(
    'litigation.pending',
    'litigation.cases',
    'Cases pending cannot exceed cases handled',
    '未审结案件数不超过办理案件数',
  ),
  partOf(
    'litigation.judged',
    'litigation.concluded',
    'Judgments cannot exceed cases concluded',
    '判决数不超过审结数',
  ),
  partOf(
    'litigation.lost',
    'litigation.concluded',
    'Cases lost cannot exceed cases concluded',
    '败诉数不超过审结数',
  ),
  partOf('litigation.lost', 'litigation.judged', 'Cases lost cannot exceed judgments', '败诉数不超过判决数'),
  partOf(
    'litigation.won',
    'litigation.concluded',
    'Cases won cannot exceed cases concluded',
    '胜诉数不超过审结数',
  ),
  partOf(
    'litigation.withdrawn',
    'litigation.concluded',
    'Withdrawn cases cannot exceed cases concluded',
    '撤诉数不超过审结数',
  ),
  partOf(
    'litigation.dismissedByRuling',
    'litigation.ruled',
    'Dismissals by ruling cannot exceed cases concluded by ruling',
    '裁定驳回起诉数不超过裁定结案数',
  ),
  sumOf(
    'litigation.concluded',
    ['litigation.judged', 'litigation.ruled', 'litigation.mediated'],
    'Concluded = by judgment + by ruling + by mediation (every case ends in one of the three)',
    '审结 = 判决 + 裁定 + 调解',
  ),
  partOf(
    'litigation.headAppearances',
    'litigation.hearings',
    'Head appearances cannot exceed cases heard',
    '负责人出庭案件数不超过开庭审理案件数',
  ),
  partOf(
    'litigation.topLeaderAppearances',
    'litigation.headAppearances',
    'Principal-leader appearances are head appearances',
    '“一把手”出庭案件属于负责人出庭案件',
  ),
  partOf(
    'litigation.afterReconsideration',
    'reconsideration.concluded',
    'Suits after reconsideration cannot exceed reconsideration cases concluded',
    '复议后起诉案件数不超过复议办结数',
  ),
];
