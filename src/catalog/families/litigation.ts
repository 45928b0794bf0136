import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';

/** 行政诉讼 / 行政应诉: administrative litigation in which the government is the defendant. */
export const litigationIndicators: readonly Indicator[] = [
  {
    id: 'litigation.cases',
    name: '行政诉讼案件',
    nameEn: 'Administrative litigation cases',
    synonyms: ['行政应诉案件', '行政诉讼案件数'],
    unit: 'cases',
    kind: 'count',
    polarity: 'neutral',
    aggregation: 'sum',
    area: 'dispute-resolution',
  },
  {
    id: 'litigation.concluded',
    name: '审结',
    nameEn: 'Litigation cases concluded',
    synonyms: ['审结', '结案', '办结'],
    unit: 'cases',
    kind: 'count',
    polarity: 'neutral',
    aggregation: 'sum',
    area: 'dispute-resolution',
  },
  {
    id: 'litigation.lost',
    name: '败诉',
    nameEn: 'Cases lost by the government',
    synonyms: ['败诉案件'],
    unit: 'cases',
    kind: 'count',
    polarity: 'lowerIsBetter',
    aggregation: 'sum',
    area: 'dispute-resolution',
  },
  {
    id: 'litigation.lossRate',
    name: '败诉率',
    nameEn: 'Loss rate',
    unit: 'percent',
    kind: 'rate',
    polarity: 'lowerIsBetter',
    aggregation: 'none',
    area: 'dispute-resolution',
    formulas: [
      {
        basis: 'concluded',
        numerator: { plus: ['litigation.lost'] },
        denominator: { plus: ['litigation.concluded'] },
      },
    ],
  },
];

/** Relations among litigation indicators. */
export const litigationRelations: readonly Relation[] = [
  {
    kind: 'partOf',
    id: 'litigation.lost-of-concluded',
    part: 'litigation.lost',
    whole: 'litigation.concluded',
    description: 'Cases lost cannot exceed cases concluded',
    descriptionZh: '败诉案件数不超过审结案件数',
  },
];
