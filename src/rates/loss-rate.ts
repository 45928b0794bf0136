import { Rate } from '../rate.js';
import { type Figure, figure } from './input.js';

/** Inputs of a loss rate over concluded cases (审结). */
export interface LossRateOverConcluded {
  /** Cases the government lost (败诉). */
  readonly lost: Figure;
  /** Cases concluded (审结), including those withdrawn or dismissed. */
  readonly concluded: Figure;
}

/** Inputs of a loss rate over judged cases (判决) only. */
export interface LossRateOverJudged {
  /** Cases the government lost (败诉). */
  readonly lost: Figure;
  /** Cases decided by judgment (判决), excluding 撤诉 and 裁定驳回. */
  readonly judged: Figure;
}

/**
 * 败诉率, the administrative litigation loss rate. There is no single official denominator: over concluded cases
 * (basis `concluded`, the usual published figure) or over judged cases only (basis `judged`, always higher).
 *
 * @param input - `{ lost, concluded }` or `{ lost, judged }`
 * @returns the rate with its basis recorded
 * @example
 * ```ts
 * lossRate({ lost: 12, concluded: 54 }).toPercent(1) // "22.2" (古丈县 2024)
 * lossRate({ lost: 12, concluded: 54 }).basis        // "concluded"
 * ```
 */
export function lossRate(input: LossRateOverConcluded | LossRateOverJudged): Rate {
  if ('judged' in input)
    return new Rate(figure(input.lost, 'lost'), figure(input.judged, 'judged'), 'judged');
  return new Rate(figure(input.lost, 'lost'), figure(input.concluded, 'concluded'), 'concluded');
}
