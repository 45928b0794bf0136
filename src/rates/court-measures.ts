import * as arith from '../internal/arith.js';
import { Rate } from '../rate.js';
import { type Figure, figure } from './input.js';

/**
 * Clearance rate, the court-statistics measure of whether a body keeps up with its caseload: cases resolved over
 * incoming cases in the same period. Above 100% the backlog shrinks.
 *
 * @param input - `resolved` and `incoming`
 * @returns the rate, basis `incoming`
 * @example
 * ```ts
 * clearanceRate({ resolved: 23, incoming: 48 }).toPercent(1) // "47.9"
 * ```
 */
export function clearanceRate(input: { readonly resolved: Figure; readonly incoming: Figure }): Rate {
  return new Rate(figure(input.resolved, 'resolved'), figure(input.incoming, 'incoming'), 'incoming');
}

/**
 * Disposition time, the court-statistics estimate of days needed to resolve the pending caseload:
 * 365 × pending / resolved. Returned as a ratio: read it with `toDecimal(places)` (days), not `toPercent`.
 *
 * @param input - `pending` at the end of the period and `resolved` during it
 * @returns the ratio, basis `resolved`, whose decimal value is in days
 * @example
 * ```ts
 * dispositionTime({ pending: 25, resolved: 23 }).toDecimal(0) // "397"
 * ```
 */
export function dispositionTime(input: { readonly pending: Figure; readonly resolved: Figure }): Rate {
  return new Rate(
    arith.mul('365', figure(input.pending, 'pending')),
    figure(input.resolved, 'resolved'),
    'resolved',
  );
}
