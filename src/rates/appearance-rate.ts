import { Rate } from '../rate.js';
import { type Figure, figure } from './input.js';

/**
 * 负责人出庭应诉率, the rate at which the responsible head of the defendant agency appears in court: cases where
 * the head (or deputy) appeared over cases heard in court (开庭审理) that required appearance.
 *
 * @param input - `appeared` (负责人出庭) and `hearings` (开庭审理 / 应出庭案件)
 * @returns the rate, basis `hearings`
 * @example
 * ```ts
 * headAppearanceRate({ appeared: 30, hearings: 30 }).toPercent(0) // "100"
 * ```
 */
export function headAppearanceRate(input: { readonly appeared: Figure; readonly hearings: Figure }): Rate {
  return new Rate(figure(input.appeared, 'appeared'), figure(input.hearings, 'hearings'), 'hearings');
}
