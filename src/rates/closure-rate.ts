import * as arith from '../internal/arith.js';
import { Rate } from '../rate.js';
import { type Figure, figure } from './input.js';

/**
 * 结案率, the closure rate: cases concluded over cases to handle. When the caseload includes cases carried over
 * from last year (含结转), pass `carriedOver` and the denominator becomes received + carried over (basis
 * `received+carriedOver`); otherwise it is over received cases and may exceed 100%.
 *
 * @param input - `concluded`, `received` and optional `carriedOver`
 * @returns the rate with its basis recorded
 * @example
 * ```ts
 * closureRate({ concluded: 23, received: 48 }).toPercent(1)                 // "47.9"
 * closureRate({ concluded: 50, received: 48, carriedOver: 4 }).toPercent(1) // "96.2"
 * ```
 */
export function closureRate(input: {
  readonly concluded: Figure;
  readonly received: Figure;
  readonly carriedOver?: Figure;
}): Rate {
  const received = figure(input.received, 'received');
  if (input.carriedOver === undefined)
    return new Rate(figure(input.concluded, 'concluded'), received, 'received');
  const total = arith.add(received, figure(input.carriedOver, 'carriedOver'));
  return new Rate(figure(input.concluded, 'concluded'), total, 'received+carriedOver');
}

/**
 * 按期结案率, the on-time closure rate: cases concluded within the statutory time limit over cases concluded.
 *
 * @param input - `onTime` and `concluded`
 * @returns the rate, basis `concluded`
 * @example
 * ```ts
 * onTimeRate({ onTime: 98, concluded: 100 }).toPercent(0) // "98"
 * ```
 */
export function onTimeRate(input: { readonly onTime: Figure; readonly concluded: Figure }): Rate {
  return new Rate(figure(input.onTime, 'onTime'), figure(input.concluded, 'concluded'), 'concluded');
}
