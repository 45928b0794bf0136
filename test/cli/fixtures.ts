import type { Observation } from '../../src/model/observation.js';

/** A small valid dataset: 古丈县 litigation figures whose printed loss rate (22.22%) recomputes exactly. */
export const validObservations: Observation[] = [
  {
    jurisdiction: '433126',
    year: 2023,
    indicator: 'litigation.concluded',
    value: '54',
    unit: 'cases',
    source: { report: 'r2023', quote: '审结行政诉讼案件54件' },
  },
  {
    jurisdiction: '433126',
    year: 2023,
    indicator: 'litigation.lost',
    value: '12',
    unit: 'cases',
    source: { report: 'r2023', quote: '败诉12件' },
  },
  {
    jurisdiction: '433126',
    year: 2023,
    indicator: 'litigation.lossRate',
    value: '22.22',
    unit: 'percent',
    basis: 'concluded',
    source: { report: 'r2023', quote: '败诉率22.22%' },
  },
];

/** The same figures with an error: more cases lost (70) than concluded (54), in the second observation. */
export const invalidObservations: Observation[] = validObservations.map((o, i) =>
  i === 1 ? { ...o, value: '70', source: { report: 'r2023', quote: '败诉70件' } } : o,
);
