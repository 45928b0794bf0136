import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { count, partOf } from './define.js';

const area = 'dispute-resolution';

/** 仲裁: the commercial arbitration commission (仲裁委员会) that many judicial bureaus host. */
export const arbitrationIndicators: readonly Indicator[] = [
  count({
    id: 'arbitration.cases',
    name: '仲裁案件',
    nameEn: 'Arbitration cases',
    synonyms: ['仲裁委受理案件', '仲裁案件', '受理仲裁案件'],
    unit: 'cases',
    area,
  }),
  count({
    id: 'arbitration.concluded',
    name: '仲裁案件审结',
    nameEn: 'Arbitration cases concluded',
    synonyms: ['审结仲裁案件', '仲裁结案'],
    unit: 'cases',
    area,
  }),
];

/** Relations among arbitration indicators. */
export const arbitrationRelations: readonly Relation[] = [
  partOf(
    'arbitration.concluded',
    'arbitration.cases',
    'Arbitration cases concluded cannot exceed cases handled',
    '仲裁审结数不超过受理数',
  ),
];
