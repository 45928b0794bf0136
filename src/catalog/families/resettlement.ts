import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { count, partOf, rate, ratio, stock, sumOf } from './define.js';

const area = 'special-populations';

/** 安置帮教: resettlement and assistance of people released from prison. */
export const resettlementIndicators: readonly Indicator[] = [
  stock({
    id: 'resettlement.enrolled',
    name: '在册安置帮教对象',
    nameEn: 'People under resettlement assistance',
    synonyms: ['在册安置帮教对象', '安置帮教对象'],
    unit: 'people',
    area,
  }),
  stock({
    id: 'resettlement.keyTargets',
    name: '重点帮教对象',
    nameEn: 'Key resettlement targets',
    synonyms: ['重点帮教对象'],
    unit: 'people',
    area,
  }),
  count({
    id: 'resettlement.received',
    name: '接收安置帮教对象',
    nameEn: 'People received for resettlement assistance',
    synonyms: ['接收安置帮教对象', '新接收刑满释放人员', '接收刑满释放人员'],
    unit: 'people',
    area,
  }),
  count({
    id: 'resettlement.filed',
    name: '建档',
    nameEn: 'Resettlement files opened',
    synonyms: ['建档', '一人一档'],
    unit: 'people',
    area,
  }),
  rate({
    id: 'resettlement.filingRate',
    name: '建档率',
    nameEn: 'Filing rate',
    synonyms: ['建档率'],
    polarity: 'higherIsBetter',
    area,
    formulas: [ratio('received', ['resettlement.filed'], ['resettlement.received'])],
  }),
  stock({
    id: 'resettlement.releasedLinked',
    name: '衔接刑满释放人员',
    nameEn: 'Released prisoners linked to resettlement (cumulative)',
    synonyms: ['衔接刑满释放人员'],
    unit: 'people',
    area,
  }),
  count({
    id: 'resettlement.remoteVisits',
    name: '远程视频会见',
    nameEn: 'Remote video visits to prisoners by family',
    synonyms: ['服刑人员家属会见', '远程视频会见', '家门口会见'],
    unit: 'times',
    area,
  }),
  count({
    id: 'resettlement.remoteCourtSessions',
    name: '远程视频开庭',
    nameEn: 'Court sessions held over the remote video system',
    synonyms: ['法院开庭'],
    unit: 'times',
    area,
  }),
  count({
    id: 'resettlement.remoteInterrogations',
    name: '远程视频提审',
    nameEn: 'Interrogations held over the remote video system',
    // 公安机关提审 and 纪委提审 name its parts (remotePoliceInterrogations, remoteDisciplineInterrogations), not it.
    synonyms: ['提审'],
    unit: 'times',
    area,
  }),
  count({
    id: 'resettlement.remotePoliceInterrogations',
    name: '公安机关远程提审',
    nameEn: 'Police interrogations held over the remote video system',
    synonyms: ['公安机关提审'],
    unit: 'times',
    area,
  }),
  count({
    id: 'resettlement.remoteDisciplineInterrogations',
    name: '纪委远程提审',
    nameEn: 'Discipline-commission interrogations held over the remote video system',
    synonyms: ['纪委提审'],
    unit: 'times',
    area,
  }),
  count({
    id: 'resettlement.placed',
    name: '安置',
    nameEn: 'Released people placed (housing, work or welfare)',
    synonyms: ['安置', '落实安置', '已安置'],
    unit: 'people',
    area,
  }),
  count({
    id: 'resettlement.assisted',
    name: '帮教',
    nameEn: 'Released people given assistance and supervision',
    synonyms: ['帮教', '落实帮教', '已帮教'],
    unit: 'people',
    area,
  }),
  rate({
    id: 'resettlement.placementRate',
    name: '安置率',
    nameEn: 'Placement rate',
    synonyms: ['安置率', '刑释人员安置率'],
    polarity: 'higherIsBetter',
    area,
    formulas: [
      ratio('received', ['resettlement.placed'], ['resettlement.received'], {
        description: 'Placed / released people received',
        descriptionZh: '安置人数 / 接收刑满释放人员',
      }),
    ],
  }),
  rate({
    id: 'resettlement.assistanceRate',
    name: '帮教率',
    nameEn: 'Assistance rate',
    synonyms: ['帮教率', '刑释人员帮教率'],
    polarity: 'higherIsBetter',
    area,
    formulas: [
      ratio('received', ['resettlement.assisted'], ['resettlement.received'], {
        description: 'Assisted / released people received',
        descriptionZh: '帮教人数 / 接收刑满释放人员',
      }),
    ],
  }),
  rate({
    id: 'resettlement.keyTargetsEscortRate',
    name: '必接必送率',
    nameEn: 'Key targets met at the prison gate',
    synonyms: ['必接必送率', '重点帮教对象必接必送率'],
    polarity: 'higherIsBetter',
    area,
    description:
      'Share of key resettlement targets released who were met at the prison gate and escorted home.',
  }),
  count({
    id: 'resettlement.releaseDifficultyCases',
    name: '“释放难”案件',
    nameEn: 'Release-difficulty cases handled',
    synonyms: ['释放难', '“释放难”案件', '释放难案件'],
    unit: 'cases',
    area,
    description:
      'Prisoners due for release whom no family or locality would receive, handled by coordination.',
  }),
  count({
    id: 'resettlement.reoffended',
    name: '刑释人员重新犯罪',
    nameEn: 'Released people who reoffended',
    synonyms: ['重新犯罪', '刑释人员重新犯罪', '重新违法犯罪'],
    unit: 'people',
    area,
    polarity: 'lowerIsBetter',
  }),
  rate({
    id: 'resettlement.reoffendingRate',
    name: '重新犯罪率',
    nameEn: 'Reoffending rate of released people',
    synonyms: ['重新犯罪率', '刑释人员重新犯罪率'],
    polarity: 'lowerIsBetter',
    area,
    formulas: [
      ratio('enrolled', ['resettlement.reoffended'], ['resettlement.enrolled'], {
        description: 'Reoffended / people under resettlement assistance',
        descriptionZh: '重新犯罪人数 / 在册安置帮教对象',
      }),
      ratio('received', ['resettlement.reoffended'], ['resettlement.received'], {
        description: 'Reoffended / released people received in the period',
        descriptionZh: '重新犯罪人数 / 当期接收刑满释放人员',
      }),
    ],
  }),
  count({
    id: 'resettlement.offencesByReleased',
    name: '刑释人员刑事作案量',
    nameEn: 'Criminal offences committed by released people',
    synonyms: ['刑释人员刑事作案', '刑事作案量'],
    unit: 'cases',
    area,
    polarity: 'lowerIsBetter',
  }),
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
