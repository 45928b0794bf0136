import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf, stockFlow, sumOf } from './define.js';

const area = 'special-populations';
const { count, rate, stock } = inArea(area);

/** 社区矫正: community correction of offenders serving non-custodial sentences. */
export const communityCorrectionIndicators: readonly Indicator[] = [
  stock(
    'communityCorrection.enrolled',
    '在册社区矫正对象',
    'People under community correction',
    ['在矫', '在册', '社区矫正对象在册人数', '在矫人数'],
    'people',
  ),
  stock(
    'communityCorrection.enrolledStart',
    '期初在矫',
    'People under community correction at the start of the period',
    ['年初在矫', '上年末在矫'],
    'people',
  ),
  stock('communityCorrection.probation', '缓刑', 'On probation', ['缓刑'], 'people', {
    sliceOf: { indicator: 'communityCorrection.enrolled', dimensions: { sentenceType: 'probation' } },
  }),
  stock('communityCorrection.parole', '假释', 'On parole', ['假释'], 'people', {
    sliceOf: { indicator: 'communityCorrection.enrolled', dimensions: { sentenceType: 'parole' } },
  }),
  stock(
    'communityCorrection.temporaryOutside',
    '暂予监外执行',
    'Serving temporarily outside prison',
    ['暂予监外执行', '监外执行'],
    'people',
    {
      sliceOf: {
        indicator: 'communityCorrection.enrolled',
        dimensions: { sentenceType: 'temporaryOutside' },
      },
    },
  ),
  stock('communityCorrection.control', '管制', 'Under public surveillance (管制)', ['管制'], 'people', {
    sliceOf: { indicator: 'communityCorrection.enrolled', dimensions: { sentenceType: 'control' } },
  }),
  stock(
    'communityCorrection.minors',
    '未成年社区矫正对象',
    'Minors under community correction',
    ['未成年社区矫正对象', '未成年'],
    'people',
  ),
  stock(
    'communityCorrection.absconded',
    '脱管漏管',
    'People absconded or lost from supervision',
    ['脱漏管', '脱管', '漏管'],
    'people',
    { polarity: 'lowerIsBetter' },
  ),
  count(
    'communityCorrection.received',
    '接收社区矫正对象',
    'People received into community correction',
    ['接收', '入矫', '新入矫'],
    'people',
  ),
  count(
    'communityCorrection.released',
    '解除(终止)矫正',
    'People released from community correction (incl. terminations)',
    ['解除', '解矫', '期满解矫', '终止矫正'],
    'people',
  ),
  count(
    'communityCorrection.transferredOut',
    '执行地变更(迁出)',
    'People transferred to another place of execution',
    ['办理执行地变更', '执行地变更'],
    'people',
  ),
  count(
    'communityCorrection.recommitted',
    '收监执行',
    'People returned to prison',
    ['收监执行', '撤销缓刑', '撤销假释'],
    'people',
    { polarity: 'lowerIsBetter' },
  ),
  count(
    'communityCorrection.reoffended',
    '再犯罪',
    'People who reoffended during correction',
    ['重新犯罪', '再犯罪'],
    'people',
    { polarity: 'lowerIsBetter' },
  ),
  stock(
    'communityCorrection.committees',
    '社区矫正委员会',
    'Community correction committees',
    ['社区矫正委员会'],
    'organisations',
  ),
  count(
    'communityCorrection.educationActivities',
    '教育矫正活动',
    'Education activities for people under correction',
    ['主题教育活动', '团体心理辅导', '课堂学习', '集中学习教育'],
    'times',
  ),
  count(
    'communityCorrection.themedEducation',
    '主题教育活动',
    'Themed education activities for people under correction',
    ['各类别主题教育活动', '主题教育'],
    'times',
  ),
  count(
    'communityCorrection.groupCounselling',
    '团体心理辅导',
    'Group psychological counselling sessions',
    ['团体心理辅导', '心理辅导'],
    'times',
  ),
  count(
    'communityCorrection.classSessions',
    '课堂学习',
    'Classroom study sessions',
    ['课堂学习', '集中学习'],
    'times',
  ),
  count(
    'communityCorrection.educationAttendance',
    '受教育矫正对象',
    'Attendances at correction education',
    ['受教育矫正对象'],
    'personTimes',
  ),
  rate(
    'communityCorrection.gpsOnlineRate',
    '定位在线率',
    'Electronic monitoring online rate',
    ['在线率', '手机定位在线率', '定位终端在线率'],
    'higherIsBetter',
    [],
    {
      description:
        'Share of monitored people whose phone or device location is online; the counts are rarely printed.',
    },
  ),
  count(
    'communityCorrection.caseReviewMeetings',
    '矫情分析会',
    'Case review meetings on people under correction',
    ['矫情分析会议', '矫情分析会', '矫情研判会'],
    'times',
  ),
  count(
    'communityCorrection.presentenceInvestigations',
    '调查评估',
    'Pre-sentence investigations and assessments',
    ['调查评估', '审前调查', '社会调查评估', '审前社会调查'],
    'cases',
  ),
];

/** Relations among community correction indicators. */
export const communityCorrectionRelations: readonly Relation[] = [
  partOf(
    'communityCorrection.themedEducation',
    'communityCorrection.educationActivities',
    'Themed education is an education activity',
    '主题教育属于教育矫正活动',
  ),
  partOf(
    'communityCorrection.groupCounselling',
    'communityCorrection.educationActivities',
    'Group counselling is an education activity',
    '团体心理辅导属于教育矫正活动',
  ),
  partOf(
    'communityCorrection.classSessions',
    'communityCorrection.educationActivities',
    'Class sessions are education activities',
    '课堂学习属于教育矫正活动',
  ),
  sumOf(
    'communityCorrection.enrolled',
    [
      'communityCorrection.probation',
      'communityCorrection.parole',
      'communityCorrection.temporaryOutside',
      'communityCorrection.control',
    ],
    'Enrolled = probation + parole + temporarily outside prison + public surveillance',
    '在矫 = 缓刑 + 假释 + 暂予监外执行 + 管制',
  ),
  stockFlow(
    'communityCorrection.enrolled',
    'communityCorrection.enrolledStart',
    ['communityCorrection.received'],
    ['communityCorrection.released', 'communityCorrection.transferredOut'],
    'Enrolled at the end = enrolled at the start + received − released − transferred out',
    '期末在矫 = 期初在矫 + 接收 − 解除(终止) − 执行地变更迁出',
  ),
  partOf(
    'communityCorrection.minors',
    'communityCorrection.enrolled',
    'Minors under correction are part of those enrolled',
    '未成年社区矫正对象属于在矫人数',
  ),
  partOf(
    'communityCorrection.absconded',
    'communityCorrection.enrolled',
    'People absconded are part of those enrolled',
    '脱漏管人数不超过在矫人数',
  ),
  partOf(
    'communityCorrection.recommitted',
    'communityCorrection.released',
    'Returns to prison are terminations of correction',
    '收监执行属于解除(终止)矫正',
  ),
];
