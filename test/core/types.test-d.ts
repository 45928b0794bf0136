import { describe, expectTypeOf, it } from 'vitest';
import type { Dataset, Observation, Qualifier, Rate, RoundingMode } from '../../src/index.js';
import { compareReported, lossRate, rate } from '../../src/index.js';

describe('public types', () => {
  it('rates cross the API as Rate objects and strings, never floats', () => {
    expectTypeOf(rate(1, 2)).toEqualTypeOf<Rate>();
    expectTypeOf(rate(1, 2).toPercent()).toEqualTypeOf<string>();
    expectTypeOf(compareReported(rate(1, 2), '50').computed).toEqualTypeOf<string | undefined>();
    expectTypeOf<RoundingMode>().toEqualTypeOf<'half-up' | 'half-even' | 'truncate'>();
  });

  it('lossRate needs a denominator on one basis', () => {
    // @ts-expect-error a loss rate without concluded or judged has no denominator
    lossRate({ lost: 1 });
    expectTypeOf(lossRate({ lost: 1, judged: 2 })).toEqualTypeOf<Rate>();
  });

  it('dataset observations carry values as decimal strings or numbers', () => {
    expectTypeOf<Observation['value']>().toEqualTypeOf<string | number>();
    expectTypeOf<Dataset['observations']>().toEqualTypeOf<Observation[]>();
    expectTypeOf<Qualifier>().toExtend<string>();
  });
});
