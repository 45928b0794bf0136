import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { count, partOf, rate, ratio, stock } from './define.js';

const area = 'legal-services';

/** 公共法律服务 platforms and 司法所: the service network, including the targets of work plans. */
export const publicLegalServicesIndicators: readonly Indicator[] = [
  stock({
    id: 'publicLegalServices.townshipStations',
    name: '乡镇(街道)公共法律服务工作站',
    nameEn: 'Township public legal service stations',
    synonyms: ['镇级公共法律服务平台', '公共法律服务工作站'],
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'publicLegalServices.villageStations',
    name: '村(社区)公共法律服务工作室',
    nameEn: 'Village public legal service rooms',
    synonyms: ['村级公共法律服务平台', '公共法律服务工作室'],
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'publicLegalServices.platformsUpgraded',
    name: '提档升级的公共法律服务平台',
    nameEn: 'Public legal service platforms upgraded',
    synonyms: ['完成提档升级'],
    unit: 'organisations',
    area,
  }),
  rate({
    id: 'publicLegalServices.townshipSmartCoverage',
    name: '乡镇智能服务覆盖率',
    nameEn: 'Township smart-service coverage',
    synonyms: ['乡镇智能服务覆盖率'],
    polarity: 'higherIsBetter',
    area,
  }),
  rate({
    id: 'publicLegalServices.villageSmartCoverage',
    name: '村(社区)智能服务覆盖率',
    nameEn: 'Village smart-service coverage',
    synonyms: ['村(社区)智能服务覆盖率'],
    polarity: 'higherIsBetter',
    area,
  }),
  {
    id: 'publicLegalServices.servicesPer100k',
    name: '每十万人获得法律服务',
    nameEn: 'Legal services per 100,000 residents',
    synonyms: ['每10万人获得法律服务'],
    unit: 'per100k',
    kind: 'other',
    polarity: 'higherIsBetter',
    aggregation: 'none',
    area,
  },
  stock({
    id: 'judicialOffices.total',
    name: '司法所',
    nameEn: 'Township judicial offices',
    synonyms: ['司法所'],
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'judicialOffices.standardised',
    name: '规范化司法所',
    nameEn: 'Judicial offices meeting the standard',
    synonyms: ['达到规范化建设要求的司法所'],
    unit: 'organisations',
    area,
  }),
  rate({
    id: 'judicialOffices.standardisedRate',
    name: '司法所规范化达标率',
    nameEn: 'Share of judicial offices meeting the standard',
    synonyms: ['司法所规范化建设达标率'],
    polarity: 'higherIsBetter',
    area,
    formulas: [ratio('offices', ['judicialOffices.standardised'], ['judicialOffices.total'])],
  }),
  stock({
    id: 'publicLegalServices.centres',
    name: '公共法律服务中心',
    nameEn: 'Public legal service centres',
    synonyms: ['公共法律服务中心', '公共法律服务大厅'],
    unit: 'organisations',
    area,
    description:
      'Centres at the provincial, prefecture or county tier; township stations and village rooms are separate.',
  }),
  count({
    id: 'publicLegalServices.consultations',
    name: '公共法律服务法律咨询',
    nameEn: 'Legal consultations through public legal service platforms',
    synonyms: ['接受法律咨询', '热线咨询', '12348热线', '接听来电', '解答法律咨询'],
    unit: 'personTimes',
    area,
  }),
  rate({
    id: 'publicLegalServices.satisfactionRate',
    name: '公共法律服务满意率',
    nameEn: 'Satisfaction rate of public legal services',
    synonyms: ['满意率', '群众满意率', '服务满意率'],
    polarity: 'higherIsBetter',
    area,
    description:
      'Share of users satisfied, from surveys or call-backs; reports rarely print the counts behind it.',
  }),
];

/** Relations among public legal service network indicators. */
export const publicLegalServicesRelations: readonly Relation[] = [
  partOf(
    'judicialOffices.standardised',
    'judicialOffices.total',
    'Standardised judicial offices cannot exceed all judicial offices',
    '规范化司法所数不超过司法所总数',
  ),
];
