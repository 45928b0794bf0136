import * as arith from './internal/arith.js';
import { definitelyGreater, type Interval, overlaps } from './interval.js';
import type { Observation } from './model/observation.js';
import type { Target } from './model/target.js';
import { type Qualifier, quantityInterval } from './quantity.js';
import { requireDecimal } from './rounding.js';

/** Whether an observation attains a target: `met`, `notMet`, or `undetermined` when its qualifier leaves both open. */
export type Attainment = 'met' | 'notMet' | 'undetermined';

/** What {@link checkTarget} finds. */
export interface TargetCheck {
  /** The verdict. */
  readonly status: Attainment;
  /** Why, in English. */
  readonly reason: string;
  /** Why, in Chinese. */
  readonly reasonZh: string;
}

const SYMBOL: Readonly<Record<Target['comparator'], string>> = {
  '>=': '≥',
  '<=': '≤',
  '=': '=',
  '>': '>',
  '<': '<',
};

// A target "≥ 80" is the interval of the qualified quantity "80以上", and so on for each comparator.
const AS_QUALIFIER: Readonly<Record<Target['comparator'], Qualifier>> = {
  '>=': 'atLeast',
  '>': 'moreThan',
  '<=': 'atMost',
  '<': 'lessThan',
  '=': 'exact',
};

function within(inner: Interval, outer: Interval): boolean {
  const lowOk =
    outer.lower === undefined ||
    (inner.lower !== undefined &&
      (arith.cmp(inner.lower.value, outer.lower.value) > 0 ||
        (arith.cmp(inner.lower.value, outer.lower.value) === 0 &&
          (outer.lower.inclusive || !inner.lower.inclusive))));
  const highOk =
    outer.upper === undefined ||
    (inner.upper !== undefined &&
      (arith.cmp(inner.upper.value, outer.upper.value) < 0 ||
        (arith.cmp(inner.upper.value, outer.upper.value) === 0 &&
          (outer.upper.inclusive || !inner.upper.inclusive))));
  return lowOk && highOk;
}

/**
 * Checks an observed figure against a planned target, respecting the observation's qualifier: "98%以上" meets
 * "≥ 95%" for certain; "近100%" (less than 100) cannot meet "= 100%"; "约90%" against "≥ 90%" is undetermined.
 *
 * @param target - the target (comparator and value)
 * @param observation - the observed value, qualifier and upper end
 * @returns the verdict with a bilingual reason
 * @example
 * ```ts
 * checkTarget({ comparator: '>=', value: '80' }, { value: '85' }).status // "met"
 * checkTarget({ comparator: '=', value: '100' }, { value: '100', qualifier: 'lessThan' }).status // "notMet"
 * ```
 */
export function checkTarget(
  target: Pick<Target, 'comparator' | 'value'>,
  observation: Pick<Observation, 'value' | 'qualifier' | 'upper'>,
): TargetCheck {
  const goal = quantityInterval({ value: target.value, qualifier: AS_QUALIFIER[target.comparator] });
  const seen = quantityInterval(observation);
  const text = `${SYMBOL[target.comparator]} ${requireDecimal(target.value, 'target value')}`;
  const observed = requireDecimal(observation.value, 'observed value');
  if (within(seen, goal)) {
    return { status: 'met', reason: `${observed} meets ${text}`, reasonZh: `${observed} 达到目标 ${text}` };
  }
  if (!overlaps(seen, goal) || definitelyGreater(seen, goal) || definitelyGreater(goal, seen)) {
    return {
      status: 'notMet',
      reason: `${observed} misses ${text}`,
      reasonZh: `${observed} 未达到目标 ${text}`,
    };
  }
  return {
    status: 'undetermined',
    reason: `${observed} (${observation.qualifier ?? 'exact'}) may or may not meet ${text}`,
    reasonZh: `${observed}(${observation.qualifier ?? 'exact'})是否达到目标 ${text} 无法确定`,
  };
}
