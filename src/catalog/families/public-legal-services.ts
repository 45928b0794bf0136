import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf, ratio } from './define.js';

const area = 'legal-services';
const { count, rate, stock } = inArea(area);

/** 公共法律服务 platforms and 司法所: the service network, including the targets of work plans. */
export const publicLegalServicesIndicators: readonly Indicator[] = [
  stock(
    'publicLegalServices.townshipStations',
    '乡镇(街道)公共法律服务工作站',
    'Township public legal service stations',
    ['镇级公共法律服务平台', '公共法律服务工作站'],
    'organisations',
  ),
  stock(
    'publicLegalServices.villageStations',
    '村(社区)公共法律服务工作室',
    'Village public legal service rooms',
    ['村级公共法律服务平台', '公共法律服务工作室'],
    'organisations',
  ),
  stock(
    'publicLegalServices.platformsUpgraded',
    '提档升级的公共法律服务平台',
    'Public legal service platforms upgraded',
    ['完成提档升级'],
    'organisations',
  ),
  rate(
    'publicLegalServices.townshipSmartCoverage',
    '乡镇智能服务覆盖率',
    'Township smart-service coverage',
    ['乡镇智能服务覆盖率'],
    'higherIsBetter',
  ),
  rate(
    'publicLegalServices.villageSmartCoverage',
    '村(社区)智能服务覆盖率',
    'Village smart-service coverage',
    ['村(社区)智能服务覆盖率'],
    'higherIsBetter',
  ),
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
  stock('judicialOffices.total', '司法所', 'Township judicial offices', ['司法所'], 'organisations'),
  stock(
    'judicialOffices.standardised',
    '规范化司法所',
    'Judicial offices meeting the standard',
    ['达到规范化建设要求的司法所'],
    'organisations',
  ),
  rate(
    'judicialOffices.standardisedRate',
    '司法所规范化达标率',
    'Share of judicial offices meeting the standard',
    ['司法所规范化建设达标率'],
    'higherIsBetter',
    [ratio('offices', ['judicialOffices.standardised'], ['judicialOffices.total'])],
  ),
  stock(
    'publicLegalServices.centres',
    '公共法律服务中心',
    'Public legal service centres',
    ['公共法律服务中心', '公共法律服务大厅'],
    'organisations',
    {
      description:
        'Centres at the provincial, prefecture or county tier; township stations and village rooms are separate.',
    },
  ),
  count(
    'publicLegalServices.consultations',
    '公共法律服务法律咨询',
    'Legal consultations through public legal service platforms',
    ['接受法律咨询', '热线咨询', '12348热线', '接听来电', '解答法律咨询'],
    'personTimes',
  ),
  rate(
    'publicLegalServices.satisfactionRate',
    '公共法律服务满意率',
    'Satisfaction rate of public legal services',
    ['满意率', '群众满意率', '服务满意率'],
    'higherIsBetter',
    [],
    {
      description:
        'Share of users satisfied, from surveys or call-backs; reports rarely print the counts behind it.',
    },
  ),
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
