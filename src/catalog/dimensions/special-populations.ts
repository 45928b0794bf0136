import type { Dimension } from '../../model/dimension.js';
import { member } from './define.js';

/** Dimensions of community correction (社区矫正). */
export const specialPopulationDimensions: readonly Dimension[] = [
  {
    id: 'sentenceType',
    name: '矫正类别',
    nameEn: 'Sentence type',
    description: 'The four kinds of community correction; every person under correction is of exactly one.',
    indicators: [
      'communityCorrection.enrolled',
      'communityCorrection.enrolledStart',
      'communityCorrection.received',
      'communityCorrection.released',
      'communityCorrection.minors',
    ],
    members: [
      member('probation', '缓刑', 'Probation', ['缓刑']),
      member('parole', '假释', 'Parole', ['假释']),
      member('temporaryOutside', '暂予监外执行', 'Temporary service outside prison', [
        '暂予监外执行',
        '监外执行',
      ]),
      member('control', '管制', 'Public surveillance', ['管制']),
    ],
  },
];
