import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf, ratio, stockFlow, sumOf } from './define.js';

const area = 'dispute-resolution';
const { count, rate, stock } = inArea(area);
const CORRECTED_PARTS = [
  'reconsideration.revoked',
  'reconsideration.altered',
  'reconsideration.confirmedIllegal',
  'reconsideration.orderedPerformance',
  'reconsideration.confirmedVoid',
];

/** 行政复议: administrative reconsideration handled by the government's reconsideration body. */
export const reconsiderationIndicators: readonly Indicator[] = [
  count(
    'reconsideration.received',
    '收到行政复议申请',
    'Reconsideration applications received',
    [
      '收到申请',
      '接收申请',
      '收到行政复议案件',
      '接收行政复议申请',
      '接收行政复议申请数',
      '收案',
      '行政复议申请',
    ],
    'cases',
  ),
  count(
    'reconsideration.accepted',
    '受理',
    'Reconsideration applications accepted',
    ['受理行政复议案件', '立案', '受理案件', '受案'],
    'cases',
  ),
  count(
    'reconsideration.rejected',
    '不予受理',
    'Applications rejected (not accepted)',
    ['不予受理', '不予立案'],
    'cases',
    {
      description:
        'Applications refused at intake (不予受理). Not 驳回: an application dismissed after acceptance is reconsideration.applicationDismissed, a request dismissed on the merits reconsideration.dismissed.',
    },
  ),
  count(
    'reconsideration.abandoned',
    '逾期未补正',
    'Applications abandoned (defects not remedied in time)',
    ['申请人逾期未补正', '视为放弃申请', '放弃申请'],
    'cases',
  ),
  count(
    'reconsideration.concluded',
    '办结',
    'Reconsideration cases concluded',
    ['办结', '审结', '结案', '已审结', '办结复议案件'],
    'cases',
    {
      description:
        'Cases closed in the period, including those carried over from the previous year; some reports also count applications not accepted.',
    },
  ),
  stock(
    'reconsideration.carriedOver',
    '上年结转',
    'Cases carried over from the previous year',
    ['上年结转', '去年结转', '结转案件', '上年度结转'],
    'cases',
  ),
  stock(
    'reconsideration.carriedForward',
    '结转下年',
    'Cases pending at the end of the period',
    ['结转下年', '未审结', '在办'],
    'cases',
  ),
  count('reconsideration.upheld', '维持', 'Decisions upheld', ['维持', '决定维持'], 'cases'),
  count(
    'reconsideration.dismissed',
    '驳回复议请求',
    "Applicants' requests dismissed",
    ['驳回', '驳回复议请求', '驳回申请人复议请求', '驳回行政复议请求'],
    'cases',
    {
      description:
        'Requests dismissed on the merits after review (驳回复议请求). Reports that print only 驳回 may include applications dismissed after acceptance.',
    },
  ),
  count(
    'reconsideration.applicationDismissed',
    '驳回行政复议申请',
    'Applications dismissed after acceptance',
    ['驳回行政复议申请', '驳回复议申请'],
    'cases',
    {
      description:
        'An accepted application dismissed because it turned out not to meet the conditions of acceptance, or because the agency had no such duty (驳回申请): a decision after acceptance, unlike 不予受理 at intake.',
    },
  ),
  count(
    'reconsideration.revoked',
    '撤销',
    'Decisions revoked',
    ['撤销', '撤销被申请人行政决定', '撤销原行政行为'],
    'cases',
    { polarity: 'lowerIsBetter' },
  ),
  count('reconsideration.altered', '变更', 'Decisions altered', ['变更', '决定变更'], 'cases', {
    polarity: 'lowerIsBetter',
  }),
  count(
    'reconsideration.confirmedIllegal',
    '确认违法',
    'Decisions confirmed illegal',
    ['确认违法'],
    'cases',
    { polarity: 'lowerIsBetter' },
  ),
  count(
    'reconsideration.orderedPerformance',
    '责令履行',
    'Agencies ordered to perform their duty',
    ['责令履行', '责令履行法定职责'],
    'cases',
    { polarity: 'lowerIsBetter' },
  ),
  count('reconsideration.confirmedVoid', '确认无效', 'Decisions confirmed void', ['确认无效'], 'cases', {
    polarity: 'lowerIsBetter',
  }),
  count(
    'reconsideration.corrected',
    '纠错',
    'Decisions corrected (total)',
    ['纠错', '直接纠错', '纠正'],
    'cases',
    {
      polarity: 'lowerIsBetter',
      description: 'Revoked + altered + confirmed illegal + ordered to perform + confirmed void.',
    },
  ),
  count(
    'reconsideration.mediated',
    '调解/和解结案',
    'Cases closed by mediation or settlement',
    ['调解结案', '和解结案', '调解和解', '调解', '和解', '达成和解协议', '成功调解'],
    'cases',
    {
      polarity: 'higherIsBetter',
      description:
        'Cases resolved by agreement, whatever the procedural ending: a mediation statement (调解书), or a settlement (和解) after which the applicant withdraws and the case is terminated (终止).',
    },
  ),
  count(
    'reconsideration.withdrawn',
    '撤回',
    'Applications withdrawn',
    ['撤回', '主动撤回申请', '申请人主动撤回申请', '撤回申请', '自愿撤回复议申请'],
    'cases',
    {
      description:
        'Applications withdrawn by the applicant after acceptance; each ends in a termination decision (终止), but reports that print 终止 count more than withdrawals under it, so 终止 is its own indicator.',
    },
  ),
  count(
    'reconsideration.withdrawnAfterCorrection',
    '被申请人自行纠正后撤回',
    'Withdrawn after the respondent corrected its act',
    ['自行纠正后撤回', '被申请人自行纠正', '自我纠错后撤回申请'],
    'cases',
    {
      description:
        'Withdrawals because the agency corrected its own act during the review: the comprehensive correction rate of some reports counts them as corrections.',
    },
  ),
  count(
    'reconsideration.terminated',
    '终止',
    'Cases terminated',
    ['终止', '终止审理', '作出终止决定', '决定终止'],
    'cases',
    {
      description:
        "Cases ended by a termination decision: withdrawal, settlement (和解), the applicant's death and the like. Reports differ on what they count under it (南开区 2014: 终止13 = 和解4 + 撤回9), so it is not a part of the 办结 breakdown beside 撤回 and 调解和解.",
    },
  ),
  count('reconsideration.suspended', '中止', 'Cases suspended', ['中止', '中止审理'], 'cases', {
    description: 'Review suspended (中止) pending another matter: the case is not concluded.',
  }),
  count(
    'reconsideration.preAcceptanceMediated',
    '案前调解',
    'Applications settled by mediation before acceptance',
    ['案前调解', '受理前调解', '立案前调解'],
    'cases',
    {
      polarity: 'higherIsBetter',
      description:
        'Applications received but settled by mediation before a decision on acceptance (上海 2022: 1290 of 11533).',
    },
  ),
  count(
    'reconsideration.referredOrInformed',
    '告知、转送等其他处理',
    'Applications answered by notice or referral',
    ['告知、转送', '告知转送', '告知、转送等其他处理', '转送有关机关'],
    'cases',
    {
      description:
        'Applications neither accepted nor rejected: the applicant is told where to apply, or the application is forwarded.',
    },
  ),
  count(
    'reconsideration.otherOutcome',
    '其他方式结案',
    'Cases closed in other ways',
    ['以其他方式结案'],
    'cases',
  ),
  count(
    'reconsideration.concludedOnTime',
    '按期结案',
    'Cases concluded within the time limit',
    ['按期办结', '按期结案'],
    'cases',
    { polarity: 'higherIsBetter' },
  ),
  count(
    'reconsideration.resolvedFully',
    '案结事了',
    'Cases resolved for good (no further litigation or petition)',
    ['案结事了'],
    'cases',
    { polarity: 'higherIsBetter' },
  ),
  count(
    'reconsideration.decisionsToPerform',
    '应履行的复议决定',
    'Reconsideration decisions to be performed',
    [],
    'cases',
  ),
  count(
    'reconsideration.decisionsPerformed',
    '已履行的复议决定',
    'Reconsideration decisions performed',
    ['履行'],
    'cases',
    { polarity: 'higherIsBetter' },
  ),
  count(
    'reconsideration.opinionLetters',
    '行政复议意见书',
    'Reconsideration opinion letters issued',
    ['复议意见书', '行政复议建议书', '制发行政复议意见书'],
    'documents',
  ),
  count(
    'reconsideration.preFilingConsultations',
    '申请前咨询',
    'Consultations answered before filing',
    ['解答咨询', '群众咨询和疑问', '咨询'],
    'cases',
  ),
  count(
    'reconsideration.filedAfterConsultation',
    '咨询后申请复议',
    'Consultations followed by an application',
    ['经解答后选择行政复议'],
    'cases',
    { description: 'Counted per consultation; reports may print it in people (人).' },
  ),
  count('reconsideration.hearings', '听证', 'Reconsideration hearings held', ['听证', '听证审理'], 'times'),
  stock(
    'reconsideration.rules',
    '复议配套制度',
    'Reconsideration rules adopted (in force)',
    ['配套制度'],
    'documents',
  ),
  rate(
    'reconsideration.correctionRate',
    '纠错率',
    'Correction rate',
    ['直接纠错率', '行政复议纠错率'],
    'neutral',
    [
      ratio('concluded', ['reconsideration.corrected'], ['reconsideration.concluded'], {
        description: 'Corrected / concluded',
        descriptionZh: '纠错件数 / 办结件数',
      }),
      ratio(
        'decided',
        ['reconsideration.corrected'],
        ['reconsideration.upheld', 'reconsideration.dismissed', 'reconsideration.corrected'],
        {
          description:
            'Corrected / cases closed by a decision on the merits (upheld + dismissed + corrected)',
          descriptionZh: '纠错件数 / 作出复议决定件数(维持 + 驳回 + 纠错)',
        },
      ),
    ],
  ),
  rate(
    'reconsideration.comprehensiveCorrectionRate',
    '综合纠错率',
    'Comprehensive correction rate (incl. mediation and settlement)',
    ['综合纠错率'],
    'neutral',
    [
      ratio(
        'concluded',
        ['reconsideration.corrected', 'reconsideration.mediated'],
        ['reconsideration.concluded'],
        {
          description: '(Corrected + mediated or settled) / concluded',
          descriptionZh: '(纠错 + 调解和解) / 办结',
        },
      ),
      ratio(
        'concludedWithSelfCorrection',
        ['reconsideration.corrected', 'reconsideration.mediated', 'reconsideration.withdrawnAfterCorrection'],
        ['reconsideration.concluded'],
        {
          description:
            '(Corrected + mediated or settled + withdrawn after the respondent corrected itself) / concluded',
          descriptionZh: '(纠错 + 调解和解 + 被申请人自行纠正后撤回) / 办结',
        },
      ),
    ],
  ),
  rate(
    'reconsideration.mediationRate',
    '调解和解率',
    'Mediation and settlement rate',
    ['调解和解结案率', '调解率'],
    'higherIsBetter',
    [ratio('concluded', ['reconsideration.mediated'], ['reconsideration.concluded'])],
  ),
  rate('reconsideration.acceptanceRate', '受理率', 'Acceptance rate', [], 'neutral', [
    ratio('received', ['reconsideration.accepted'], ['reconsideration.received']),
  ]),
  rate(
    'reconsideration.closureRate',
    '结案率',
    'Closure rate',
    ['办结率', '审结率'],
    'higherIsBetter',
    [
      ratio('accepted', ['reconsideration.concluded'], ['reconsideration.accepted'], {
        description: 'Concluded / accepted this year; exceeds 100% when carried-over cases are concluded',
        descriptionZh: '办结 / 本年受理;含上年结转时可超过100%',
      }),
      ratio(
        'caseload',
        ['reconsideration.concluded'],
        ['reconsideration.accepted', 'reconsideration.carriedOver'],
        { description: 'Concluded / (accepted + carried over)', descriptionZh: '办结 / (受理 + 上年结转)' },
      ),
    ],
    { allowsOver100: true },
  ),
  rate('reconsideration.onTimeRate', '按期结案率', 'On-time closure rate', ['按期办结率'], 'higherIsBetter', [
    ratio('concluded', ['reconsideration.concludedOnTime'], ['reconsideration.concluded']),
  ]),
  rate(
    'reconsideration.resolutionRate',
    '案结事了率',
    'Resolved-for-good rate',
    ['案结事了率'],
    'higherIsBetter',
    [ratio('concluded', ['reconsideration.resolvedFully'], ['reconsideration.concluded'])],
  ),
  rate(
    'reconsideration.decisionPerformanceRate',
    '复议决定履行率',
    'Performance rate of reconsideration decisions',
    ['行政复议决定履行率', '履行率'],
    'higherIsBetter',
    [ratio('decisions', ['reconsideration.decisionsPerformed'], ['reconsideration.decisionsToPerform'])],
  ),
  rate(
    'reconsideration.preFilingResolutionRate',
    '事前化解率',
    'Pre-filing resolution rate',
    ['事前解答化解矛盾纠纷率', '事前化解率'],
    'higherIsBetter',
    [
      ratio(
        'consultations',
        ['reconsideration.preFilingConsultations'],
        ['reconsideration.preFilingConsultations'],
        {
          numeratorMinus: ['reconsideration.filedAfterConsultation'],
          description: '(Consultations − those followed by an application) / consultations',
          descriptionZh: '(咨询数 − 咨询后申请复议数) / 咨询数',
        },
      ),
    ],
  ),
  count(
    'reconsideration.applicants',
    '行政复议申请人',
    'Reconsideration applicants',
    ['涉及申请人', '申请人', '申请人数'],
    'people',
    { description: 'People (and organisations) who applied; one applicant may file several applications.' },
  ),
];

/** Relations among reconsideration indicators. */
export const reconsiderationRelations: readonly Relation[] = [
  partOf(
    'reconsideration.abandoned',
    'reconsideration.received',
    'Abandoned applications are among those received',
    '逾期未补正的申请属于收到的申请',
  ),
  sumOf(
    'reconsideration.corrected',
    CORRECTED_PARTS,
    'Corrected = revoked + altered + confirmed illegal + ordered to perform + confirmed void',
    '纠错 = 撤销 + 变更 + 确认违法 + 责令履行 + 确认无效',
  ),
  sumOf(
    'reconsideration.concluded',
    [
      'reconsideration.upheld',
      'reconsideration.dismissed',
      'reconsideration.applicationDismissed',
      'reconsideration.corrected',
      'reconsideration.mediated',
      'reconsideration.withdrawn',
      'reconsideration.otherOutcome',
    ],
    'Concluded = upheld + requests dismissed + applications dismissed + corrected + mediated/settled + withdrawn + other',
    '办结 = 维持 + 驳回复议请求 + 驳回复议申请 + 纠错 + 调解和解 + 撤回 + 其他',
  ),
  partOf(
    'reconsideration.accepted',
    'reconsideration.received',
    'Applications accepted cannot exceed applications received',
    '受理件数不超过收到申请件数',
  ),
  partOf(
    'reconsideration.rejected',
    'reconsideration.received',
    'Applications rejected cannot exceed applications received',
    '不予受理件数不超过收到申请件数',
  ),
  partOf(
    'reconsideration.mediated',
    'reconsideration.concluded',
    'Cases closed by mediation cannot exceed cases concluded',
    '调解和解结案数不超过办结数',
  ),
  partOf(
    'reconsideration.withdrawnAfterCorrection',
    'reconsideration.withdrawn',
    'Withdrawals after the respondent corrected itself are withdrawals',
    '被申请人自行纠正后撤回属于撤回',
  ),
  partOf(
    'reconsideration.terminated',
    'reconsideration.concluded',
    'Terminated cases cannot exceed cases concluded',
    '终止件数不超过办结数',
  ),
  partOf(
    'reconsideration.preAcceptanceMediated',
    'reconsideration.received',
    'Applications settled before acceptance are among those received',
    '案前调解的申请属于收到的申请',
  ),
  partOf(
    'reconsideration.referredOrInformed',
    'reconsideration.received',
    'Applications answered by notice or referral are among those received',
    '告知、转送处理的申请属于收到的申请',
  ),
  partOf(
    'reconsideration.concludedOnTime',
    'reconsideration.concluded',
    'Cases concluded on time cannot exceed cases concluded',
    '按期结案数不超过办结数',
  ),
  partOf(
    'reconsideration.resolvedFully',
    'reconsideration.concluded',
    'Cases resolved for good cannot exceed cases concluded',
    '案结事了数不超过办结数',
  ),
  partOf(
    'reconsideration.decisionsPerformed',
    'reconsideration.decisionsToPerform',
    'Decisions performed cannot exceed decisions to perform',
    '已履行决定数不超过应履行决定数',
  ),
  partOf(
    'reconsideration.filedAfterConsultation',
    'reconsideration.preFilingConsultations',
    'Applications after consultation cannot exceed consultations',
    '咨询后申请复议数不超过咨询数',
  ),
  stockFlow(
    'reconsideration.carriedForward',
    'reconsideration.carriedOver',
    ['reconsideration.accepted'],
    ['reconsideration.concluded'],
    'Pending at the end = carried over + accepted − concluded (when concluded counts accepted cases only)',
    '结转下年 = 上年结转 + 受理 − 办结(办结仅含受理案件时)',
  ),
];
