import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { count, partOf, rate, ratio, stock } from './define.js';

const area = 'decision-making';

/** 公职律师 and 法律顾问: in-house government lawyers and legal advisers to governments and villages. */
export const publicLawyersIndicators: readonly Indicator[] = [
  stock({
    id: 'publicLawyers.units',
    name: '设立公职律师的单位',
    nameEn: 'Party and government bodies with public-sector lawyers',
    synonyms: ['公职律师单位', '设立公职律师'],
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'publicLawyers.unitsTotal',
    name: '党政机关',
    nameEn: 'Party and government bodies (that should have public-sector lawyers)',
    synonyms: ['党政机关'],
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'publicLawyers.lawyers',
    name: '公职律师',
    nameEn: 'Public-sector lawyers',
    synonyms: ['公职律师'],
    unit: 'people',
    area,
  }),
  rate({
    id: 'publicLawyers.coverageRate',
    name: '公职律师覆盖率',
    nameEn: 'Public-sector lawyer coverage',
    synonyms: ['公职律师全覆盖'],
    polarity: 'higherIsBetter',
    area,
    formulas: [ratio('units', ['publicLawyers.units'], ['publicLawyers.unitsTotal'])],
  }),
  stock({
    id: 'legalAdvisers.governmentAdvisers',
    name: '政府法律顾问',
    nameEn: 'Legal advisers to the Party committee and government',
    synonyms: ['法律顾问团', '区委、区政府法律顾问团', '政府法律顾问'],
    unit: 'people',
    area,
  }),
  count({
    id: 'legalAdvisers.governmentWork',
    name: '法律顾问参与法制工作',
    nameEn: 'Legal matters handled by government legal advisers',
    synonyms: ['参与法制工作'],
    unit: 'items',
    area,
  }),
  stock({
    id: 'legalAdvisers.villagesCovered',
    name: '配备法律顾问的村(社区)',
    nameEn: 'Villages and communities with a legal adviser',
    synonyms: ['村(社区)法律顾问', '一村(社区)一法律顾问'],
    unit: 'organisations',
    area: 'legal-services',
  }),
  stock({
    id: 'legalAdvisers.villagesTotal',
    name: '村(社区)',
    nameEn: 'Villages and communities',
    synonyms: ['村(社区)', '村居'],
    unit: 'organisations',
    area: 'legal-services',
  }),
  rate({
    id: 'legalAdvisers.villageCoverageRate',
    name: '村(社区)法律顾问覆盖率',
    nameEn: 'Village legal adviser coverage',
    synonyms: ['法律顾问全覆盖'],
    polarity: 'higherIsBetter',
    area: 'legal-services',
    formulas: [ratio('villages', ['legalAdvisers.villagesCovered'], ['legalAdvisers.villagesTotal'])],
  }),
  count({
    id: 'legalAdvisers.opinions',
    name: '法律顾问提供法律意见',
    nameEn: 'Legal opinions given by village legal advisers',
    synonyms: ['提供法律意见'],
    unit: 'times',
    area: 'legal-services',
  }),
  count({
    id: 'legalAdvisers.disputesResolved',
    name: '法律顾问参与化解矛盾纠纷',
    nameEn: 'Disputes resolved with legal advisers',
    synonyms: ['参与化解矛盾纠纷'],
    unit: 'cases',
    area: 'legal-services',
  }),
  count({
    id: 'legalAdvisers.peopleServed',
    name: '法律顾问服务群众',
    nameEn: 'People served by village legal advisers',
    synonyms: ['为群众'],
    unit: 'personTimes',
    area: 'legal-services',
  }),
  count({
    id: 'legalAdvisers.agreementsAssisted',
    name: '协助签署协议',
    nameEn: 'Agreements whose signing legal advisers assisted',
    synonyms: ['协助签署协议'],
    unit: 'documents',
    area: 'legal-services',
  }),
  count({
    id: 'legalAdvisers.contractsReviewed',
    name: '法律顾问审查合同',
    nameEn: 'Contracts reviewed by legal advisers',
    synonyms: ['审查合同'],
    unit: 'documents',
    area: 'legal-services',
  }),
  count({
    id: 'legalAdvisers.unitsServed',
    name: '购买法律顾问服务的单位',
    nameEn: 'Units given legal-adviser services',
    synonyms: ['统一购买法律顾问服务', '聘请法律顾问的单位'],
    unit: 'organisations',
    area: 'legal-services',
  }),
  count({
    id: 'legalAdvisers.governmentOpinions',
    name: '政府法律顾问提供法律意见',
    nameEn: 'Legal opinions given by the government’s legal advisers',
    synonyms: ['法律顾问团提供法律意见', '政府重大决策提供法律意见'],
    unit: 'documents',
    area: 'legal-services',
  }),
];

/** Relations among public-sector lawyer and legal adviser indicators. */
export const publicLawyersRelations: readonly Relation[] = [
  partOf(
    'publicLawyers.units',
    'publicLawyers.unitsTotal',
    'Bodies with public-sector lawyers cannot exceed all bodies',
    '设立公职律师的单位数不超过党政机关数',
  ),
  partOf(
    'legalAdvisers.villagesCovered',
    'legalAdvisers.villagesTotal',
    'Villages with a legal adviser cannot exceed all villages',
    '配备法律顾问的村(社区)数不超过村(社区)总数',
  ),
];
