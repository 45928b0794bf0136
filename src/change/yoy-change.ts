import * as arith from '../internal/arith.js';
import { wholeOf } from '../internal/whole.js';
import { Rate } from '../rate.js';
import { requireDecimal } from '../rounding.js';

/**
 * 同比, the relative year-over-year change (current − previous) / previous, as a Rate whose numerator is the
 * difference and whose denominator is the previous value (basis `previous`). A zero base gives an undefined rate.
 * A change between two *rates* is in percentage points: use {@link ppChange} for that.
 *
 * @param previous - last period's value
 * @param current - this period's value
 * @returns the relative change; `toPercent()` gives e.g. "-24.30"
 * @example
 * ```ts
 * yoyChange(100, 75.7).toPercent(1) // "-24.3"
 * yoyChange(0, 5).isDefined         // false
 * ```
 */
export function yoyChange(previous: number | string, current: number | string): Rate {
  // Whole counts: the difference of two safe integers is exact whenever it is itself safe. Numbers are tested
  // here, strings in `changeOf`, which keeps this function small enough for V8 to inline.
  if (typeof previous === 'number' && typeof current === 'number') {
    const diff = current - previous;
    if (Number.isSafeInteger(previous) && Number.isSafeInteger(current) && Number.isSafeInteger(diff)) {
      return new Rate(diff, previous, 'previous');
    }
  }
  return changeOf(previous, current);
}

function changeOf(previous: number | string, current: number | string): Rate {
  const p = wholeOf(previous);
  const c = wholeOf(current);
  if (Number.isSafeInteger(c - p)) return new Rate(c - p, p, 'previous');
  const ps = requireDecimal(previous, 'previous');
  const cs = requireDecimal(current, 'current');
  return new Rate(arith.sub(cs, ps), ps, 'previous');
}
