import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf, ratio, sumOf } from './define.js';

const area = 'special-populations';
const { count, rate, stock } = inArea(area);

/** 安置帮教: resettlement and assistance of people released from prison. */
export const resettlementIndicators: readonly Indicator[] = [
  stock(
    'resettlement.enrolled',
    '在册安置帮教对象',
    'People under resettlement assistance',
    ['在册安置帮教对象', '安置帮教对象'],
    'people',
  ),
  stock('resettlement.keyTargets', '重点帮教对象', 'Key resettlement targets', ['重点帮教对象'], 'people'),
  count(
    'resettlement.received',
    '接收安置帮教对象',
    'People received for resettlement assistance',
    ['接收安置帮教对象', '新接收刑满释放人员', '接收刑满释放人员'],
    'people',
  ),
  count('resettlement.filed', '建档', 'Resettlement files opened', ['建档', '一人一档'], 'people'),
  rate('resettlement.filingRate', '建档率', 'Filing rate', ['建档率'], 'higherIsBetter', [
    ratio('received', ['resettlement.filed'], ['resettlement.received']),
  ]),
  stock(
    'resettlement.releasedLinked',
    '衔接刑满释放人员',
    'Released prisoners linked to resettlement (cumulative)',
    ['衔接刑满释放人员'],
    'people',
  ),
  count(
    'resettlement.remoteVisits',
    '远程视频会见',
    'Remote video visits to prisoners by family',
    ['服刑人员家属会见', '远程视频会见', '家门口会见'],
    'times',
  ),
  count(
    'resettlement.remoteCourtSessions',
    '远程视频开庭',
    'Court sessions held over the remote video system',
    ['法院开庭'],
    'times',
  ),
  count(
    'resettlement.remoteInterrogations',
    '远程视频提审',
    'Interrogations held over the remote video system',
    // 公安机关提审 and 纪委提审 name its parts (remotePoliceInterrogations, remoteDisciplineInterrogations), not it.
    ['提审'],
    'times',
  ),
  count(
    'resettlement.remotePoliceInterrogations',
    '公安机关远程提审',
    'Police interrogations held over the remote video system',
    ['公安机关提审'],
    'times',
  ),
  count(
    'resettlement.remoteDisciplineInterrogations',
    '纪委远程提审',
    'Discipline-commission interrogations held over the remote video system',
    ['纪委提审'],
    'times',
  ),
  count(
    'resettlement.placed',
    '安置',
    'Released people placed (housing, work or welfare)',
    ['安置', '落实安置', '已安置'],
    'people',
  ),
  count(
    'resettlement.assisted',
    '帮教',
    'Released people given assistance and supervision',
    ['帮教', '落实帮教', '已帮教'],
    'people',
  ),
  rate(
    'resettlement.placementRate',
    '安置率',
    'Placement rate',
    ['安置率', '刑释人员安置率'],
    'higherIsBetter',
    [
      ratio('received', ['resettlement.placed'], ['resettlement.received'], {
        description: 'Placed / released people received',
        descriptionZh: '安置人数 / 接收刑满释放人员',
      }),
    ],
  ),
  rate(
    'resettlement.assistanceRate',
    '帮教率',
    'Assistance rate',
    ['帮教率', '刑释人员帮教率'],
    'higherIsBetter',
    [
      ratio('received', ['resettlement.assisted'], ['resettlement.received'], {
        description: 'Assisted / released people received',
        descriptionZh: '帮教人数 / 接收刑满释放人员',
      }),
    ],
  ),
  rate(
    'resettlement.keyTargetsEscortRate',
    '必接必送率',
    'Key targets met at the prison gate',
    ['必接必送率', '重点帮教对象必接必送率'],
    'higherIsBetter',
    [],
    {
      description:
        'Share of key resettlement targets released who were met at the prison gate and escorted home.',
    },
  ),
  count(
    'resettlement.releaseDifficultyCases',
    '“释放难”案件',
    'Release-difficulty cases handled',
    ['释放难', '“释放难”案件', '释放难案件'],
    'cases',
    {
      description:
        'Prisoners due for release whom no family or locality would receive, handled by coordination.',
    },
  ),
  count(
    'resettlement.reoffended',
    '刑释人员重新犯罪',
    'Released people who reoffended',
    ['重新犯罪', '刑释人员重新犯罪', '重新违法犯罪'],
    'people',
    { polarity: 'lowerIsBetter' },
  ),
  rate(
    'resettlement.reoffendingRate',
    '重新犯罪率',
    'Reoffending rate of released people',
    ['重新犯罪率', '刑释人员重新犯罪率'],
    'lowerIsBetter',
    [
      ratio('enrolled', ['resettlement.reoffended'], ['resettlement.enrolled'], {
        description: 'Reoffended / people under resettlement assistance',
        descriptionZh: '重新犯罪人数 / 在册安置帮教对象',
      }),
      ratio('received', ['resettlement.reoffended'], ['resettlement.received'], {
        description: 'Reoffended / released people received in the period',
        descriptionZh: '重新犯罪人数 / 当期接收刑满释放人员',
      }),
    ],
  ),
  count(
    'resettlement.offencesByReleased',
    '刑释人员刑事作案量',
    'Criminal offences committed by released people',
    ['刑释人员刑事作案', '刑事作案量'],
    'cases',
    { polarity: 'lowerIsBetter' },
  ),
];

/** Relations among resettlement indicators. */
export const resettlementRelations: readonly Relation[] = [
  partOf(
    'resettlement.remotePoliceInterrogations',
    'resettlement.remoteInterrogations',
    'Police interrogations are remote interrogations',
    '公安机关提审属于远程视频提审',
  ),
  partOf(
    'resettlement.remoteDisciplineInterrogations',
    'resettlement.remoteInterrogations',
    'Discipline-commission interrogations are remote interrogations',
    '纪委提审属于远程视频提审',
  ),
  partOf(
    'resettlement.keyTargets',
    'resettlement.enrolled',
    'Key targets are among those enrolled',
    '重点帮教对象属于在册安置帮教对象',
  ),
  partOf(
    'resettlement.filed',
    'resettlement.received',
    'Files opened ≤ people received',
    '建档人数不超过接收人数',
  ),
  partOf(
    'resettlement.placed',
    'resettlement.received',
    'Placed ≤ people received',
    '安置人数不超过接收人数',
  ),
  partOf(
    'resettlement.assisted',
    'resettlement.received',
    'Assisted ≤ people received',
    '帮教人数不超过接收人数',
  ),
  sumOf(
    'resettlement.remoteInterrogations',
    ['resettlement.remotePoliceInterrogations', 'resettlement.remoteDisciplineInterrogations'],
    'Remote interrogations = by the police + by the discipline commission',
    '远程提审 = 公安机关提审 + 纪委提审',
  ),
];
