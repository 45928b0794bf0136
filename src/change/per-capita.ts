import * as arith from '../internal/arith.js';
import { Rate } from '../rate.js';
import { requireDecimal } from '../rounding.js';

/**
 * A count per 100,000 people (每十万人), e.g. legal services per 100,000 residents: a Rate over the population
 * whose `toDecimal(places)` is the per-100,000 figure.
 *
 * @param count - the count
 * @param population - resident population
 * @returns the ratio count × 100000 / population, basis `population`
 * @example
 * ```ts
 * per100k(550, 500000).toDecimal(0) // "110"
 * ```
 */
export function per100k(count: number | string, population: number | string): Rate {
  const n = arith.mul(requireDecimal(count, 'count'), '100000');
  return new Rate(n, requireDecimal(population, 'population'), 'population');
}
