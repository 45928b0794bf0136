import { Rate } from '../rate.js';
import { type Figure, figure } from './input.js';

/**
 * 调解成功率, the people's mediation success rate: disputes successfully mediated over disputes mediated.
 *
 * @param input - `succeeded` (调解成功) and `cases` (调解纠纷)
 * @returns the rate, basis `cases`
 * @example
 * ```ts
 * successRate({ succeeded: 44180, cases: 45771 }).toPercent(2) // "96.52" (咸宁市 2024, printed as 96%)
 * ```
 */
export function successRate(input: { readonly succeeded: Figure; readonly cases: Figure }): Rate {
  return new Rate(figure(input.succeeded, 'succeeded'), figure(input.cases, 'cases'), 'cases');
}
