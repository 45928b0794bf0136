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
    synonyms: ['接收安置帮教对象', '新接收刑满释放人员'],
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
    synonyms: ['公安机关提审', '纪委提审', '提审'],
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
  sumOf(
    'resettlement.remoteInterrogations',
    ['resettlement.remotePoliceInterrogations', 'resettlement.remoteDisciplineInterrogations'],
    'Remote interrogations = by the police + by the discipline commission',
    '远程提审 = 公安机关提审 + 纪委提审',
  ),
];
