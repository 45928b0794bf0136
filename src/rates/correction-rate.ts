import * as arith from '../internal/arith.js';
import { Rate } from '../rate.js';
import { type Figure, figure } from './input.js';

/** Outcomes of administrative reconsideration that correct the original act (纠错); missing ones count as zero. */
export interface CorrectionOutcomes {
  /** 撤销 — the act revoked. */
  readonly revoked?: Figure;
  /** 变更 — the act altered. */
  readonly altered?: Figure;
  /** 确认违法 — the act confirmed illegal. */
  readonly confirmedIllegal?: Figure;
  /** 责令履行 — the respondent ordered to perform. */
  readonly orderedPerformance?: Figure;
  /** 确认无效 — the act confirmed void. */
  readonly confirmedVoid?: Figure;
  /** 调解/和解 — counted only by the comprehensive rate (`includeMediated: true`). */
  readonly mediated?: Figure;
  /** Count the mediated/settled cases as corrections (综合纠错率). */
  readonly includeMediated?: boolean;
}

/**
 * 纠错率, the reconsideration correction rate: (撤销 + 变更 + 确认违法 + 责令履行 + 确认无效) over concluded cases
 * (basis `concluded`) or over cases decided on the merits (basis `decided`, excluding 不予受理, 撤回 and 终止).
 * With `includeMediated` the 调解/和解 cases join the numerator (综合纠错率, basis suffixed `+mediated`).
 *
 * @param input - the outcome counts and `concluded` or `decided`
 * @returns the rate with its basis recorded
 * @example
 * ```ts
 * correctionRate({ revoked: 2, altered: 0, concluded: 23 }).toPercent(1) // "8.7" (古丈县 2024)
 * correctionRate({ revoked: 2, decided: 14 }).basis                     // "decided"
 * ```
 */
export function correctionRate(
  input: CorrectionOutcomes & ({ readonly concluded: Figure } | { readonly decided: Figure }),
): Rate {
  const parts = [
    figure(input.revoked, 'revoked'),
    figure(input.altered, 'altered'),
    figure(input.confirmedIllegal, 'confirmedIllegal'),
    figure(input.orderedPerformance, 'orderedPerformance'),
    figure(input.confirmedVoid, 'confirmedVoid'),
  ];
  if (input.includeMediated) parts.push(figure(input.mediated, 'mediated'));
  const suffix = input.includeMediated ? '+mediated' : '';
  if ('decided' in input)
    return new Rate(arith.sum(parts), figure(input.decided, 'decided'), `decided${suffix}`);
  return new Rate(arith.sum(parts), figure(input.concluded, 'concluded'), `concluded${suffix}`);
}
