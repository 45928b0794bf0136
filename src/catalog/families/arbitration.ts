import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf } from './define.js';

const area = 'dispute-resolution';
const { count } = inArea(area);

/** 仲裁: the commercial arbitration commission (仲裁委员会) that many judicial bureaus host. */
export const arbitrationIndicators: readonly Indicator[] = [
  count(
    'arbitration.cases',
    '仲裁案件',
    'Arbitration cases',
    ['仲裁委受理案件', '仲裁案件', '受理仲裁案件'],
    'cases',
  ),
  count(
    'arbitration.concluded',
    '仲裁案件审结',
    'Arbitration cases concluded',
    ['审结仲裁案件', '仲裁结案'],
    'cases',
  ),
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
