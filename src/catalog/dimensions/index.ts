/** The built-in dimensions, in catalog order. */
import type { Dimension } from '../../model/dimension.js';
import { administrativeCaseDimensions } from './administrative-cases.js';
import { disputeResolutionDimensions } from './dispute-resolution.js';
import { generalDimensions } from './general.js';
import { legalServiceDimensions } from './legal-services.js';
import { specialPopulationDimensions } from './special-populations.js';

/** Every built-in dimension. */
export const defaultDimensions: readonly Dimension[] = [
  ...administrativeCaseDimensions,
  ...legalServiceDimensions,
  ...disputeResolutionDimensions,
  ...specialPopulationDimensions,
  ...generalDimensions,
];
