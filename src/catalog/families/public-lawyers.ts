import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf, ratio } from './define.js';

const area = 'decision-making';
const { count, rate, stock } = inArea(area);
const legalServices = inArea('legal-services');

/** 公职律师 and 法律顾问: in-house government lawyers and legal advisers to governments and villages. */
export const publicLawyersIndicators: readonly Indicator[] = [
  stock(
    'publicLawyers.units',
    '设立公职律师的单位',
    'Party and government bodies with public-sector lawyers',
    ['公职律师单位', '设立公职律师'],
    'organisations',
  ),
  stock(
    'publicLawyers.unitsTotal',
    '党政机关',
    'Party and government bodies (that should have public-sector lawyers)',
    ['党政机关'],
    'organisations',
  ),
  stock('publicLawyers.lawyers', '公职律师', 'Public-sector lawyers', ['公职律师'], 'people'),
  rate(
    'publicLawyers.coverageRate',
    '公职律师覆盖率',
    'Public-sector lawyer coverage',
    ['公职律师全覆盖'],
    'higherIsBetter',
    [ratio('units', ['publicLawyers.units'], ['publicLawyers.unitsTotal'])],
  ),
  stock(
    'legalAdvisers.governmentAdvisers',
    '政府法律顾问',
    'Legal advisers to the Party committee and government',
    ['法律顾问团', '区委、区政府法律顾问团', '政府法律顾问'],
    'people',
  ),
  count(
    'legalAdvisers.governmentWork',
    '法律顾问参与法制工作',
    'Legal matters handled by government legal advisers',
    ['参与法制工作'],
    'items',
  ),
  legalServices.stock(
    'legalAdvisers.villagesCovered',
    '配备法律顾问的村(社区)',
    'Villages and communities with a legal adviser',
    ['村(社区)法律顾问', '一村(社区)一法律顾问'],
    'organisations',
  ),
  legalServices.stock(
    'legalAdvisers.villagesTotal',
    '村(社区)',
    'Villages and communities',
    ['村(社区)', '村居'],
    'organisations',
  ),
  legalServices.rate(
    'legalAdvisers.villageCoverageRate',
    '村(社区)法律顾问覆盖率',
    'Village legal adviser coverage',
    ['法律顾问全覆盖'],
    'higherIsBetter',
    [ratio('villages', ['legalAdvisers.villagesCovered'], ['legalAdvisers.villagesTotal'])],
  ),
  legalServices.count(
    'legalAdvisers.opinions',
    '法律顾问提供法律意见',
    'Legal opinions given by village legal advisers',
    ['提供法律意见'],
    'times',
  ),
  legalServices.count(
    'legalAdvisers.disputesResolved',
    '法律顾问参与化解矛盾纠纷',
    'Disputes resolved with legal advisers',
    ['参与化解矛盾纠纷'],
    'cases',
  ),
  legalServices.count(
    'legalAdvisers.peopleServed',
    '法律顾问服务群众',
    'People served by village legal advisers',
    ['为群众'],
    'personTimes',
  ),
  legalServices.count(
    'legalAdvisers.agreementsAssisted',
    '协助签署协议',
    'Agreements whose signing legal advisers assisted',
    ['协助签署协议'],
    'documents',
  ),
  legalServices.count(
    'legalAdvisers.contractsReviewed',
    '法律顾问审查合同',
    'Contracts reviewed by legal advisers',
    ['审查合同'],
    'documents',
  ),
  legalServices.count(
    'legalAdvisers.unitsServed',
    '购买法律顾问服务的单位',
    'Units given legal-adviser services',
    ['统一购买法律顾问服务', '聘请法律顾问的单位'],
    'organisations',
  ),
  legalServices.count(
    'legalAdvisers.governmentOpinions',
    '政府法律顾问提供法律意见',
    'Legal opinions given by the government’s legal advisers',
    ['法律顾问团提供法律意见', '政府重大决策提供法律意见'],
    'documents',
  ),
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
