import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/model/observation.js';
import type { Entry } from '../../src/validate/context.js';
import { createLayoutMemo, LaidOutFirst } from '../../src/validate/scope-layout.js';
import { type Scope, splitScopes } from '../../src/validate/scopes.js';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { ob, opts } from './fixtures.js';

const RATES = new Set(['t.lossRate']);

function group(year: number, ids: readonly string[], extra: Partial<Observation> = {}): Entry[] {
  return ids.map((indicator, k) => ({
    o: { jurisdiction: '433126', year, indicator, value: String(10 + k), ...extra },
    i: year * 100 + k,
    line: undefined,
  }));
}

/** A scope as plain data: what every rule can read of it, in order. */
function shape(s: Scope) {
  return {
    key: s.key,
    first: [...s.first].map(([id, e]) => [id, e.i]),
    keys: [...s.first.keys()],
    values: [...s.first.values()].map((e) => e.i),
    size: s.first.size,
    all: s.all.map((e) => e.i),
    rates: s.rates.map((e) => e.i),
    repeats: s.repeats.map((e) => e.i),
    cells: s.cells.map((e) => e.i),
    measures: s.measures?.map((e) => e.i),
    cellScopes: s.cellScopes?.length,
  };
}

describe('splitScopes with the layout of earlier groups', () => {
  const ids = ['t.concluded', 't.lost', 't.lossRate', 't.cases'];

  it('splits the third group laid out like the two before it by position, to the same scope', () => {
    const memo = createLayoutMemo();
    splitScopes(group(2021, ids), RATES, undefined, memo);
    splitScopes(group(2022, ids), RATES, undefined, memo);
    const third = group(2023, ids);
    const [laid] = splitScopes(third, RATES, undefined, memo);
    if (laid === undefined) throw new Error('no scope');
    // The fast path is taken (a broken layout would fall back silently and this would not hold) …
    expect(laid.first).toBeInstanceOf(LaidOutFirst);
    // … and gives exactly the scope the map-building path gives.
    const [plain] = splitScopes(third, RATES);
    if (plain === undefined) throw new Error('no scope');
    expect(shape(laid)).toEqual(shape(plain));
    expect(laid.first.get('t.lossRate')?.i).toBe(202302);
    expect(laid.first.get('t.other')).toBeUndefined();
    expect(laid.first.has('t.cases')).toBe(true);
    expect(laid.first.has('t.other')).toBe(false);
    const seen: [string, number][] = [];
    laid.first.forEach((e, id) => {
      seen.push([id, e.i]);
    });
    expect(seen).toEqual(shape(plain).first);
  });

  it('does not lay out a group that differs: another order, a repeat, a scope or a cell', () => {
    const variants: Entry[][] = [
      group(2023, ['t.lost', 't.concluded', 't.lossRate', 't.cases']),
      group(2023, [...ids, 't.lost']),
      group(2023, ids.slice(0, 3)),
      group(2023, ids, { asOf: '2023-06-30' }),
      group(2023, ids, { cumulative: true }),
      group(2023, ids).map((e, k) =>
        k === 1 ? { ...e, x: true, o: { ...e.o, dimensions: { matter: 'x' } } } : e,
      ),
    ];
    for (const v of variants) {
      const memo = createLayoutMemo();
      splitScopes(group(2021, ids), RATES, undefined, memo);
      splitScopes(group(2022, ids), RATES, undefined, memo);
      const got = splitScopes(v, RATES, undefined, memo);
      expect(got[0]?.first).not.toBeInstanceOf(LaidOutFirst);
      expect(got.map(shape)).toEqual(splitScopes(v, RATES).map(shape));
    }
  });

  it('needs the same rate ids as the layout was made with', () => {
    const memo = createLayoutMemo();
    splitScopes(group(2021, ids), RATES, undefined, memo);
    splitScopes(group(2022, ids), RATES, undefined, memo);
    const other = new Set(['t.cases']);
    const [s] = splitScopes(group(2023, ids), other, undefined, memo);
    expect(s?.rates.map((e) => e.o.indicator)).toEqual(['t.cases']);
  });

  it('gives the scopes of the map-building path for any sequence of groups', () => {
    const pool = ['t.concluded', 't.lost', 't.lossRate', 't.cases', 't.received'];
    const groupArb = fc.record({
      ids: fc.array(fc.constantFrom(...pool), { minLength: 0, maxLength: 6 }),
      asOf: fc.boolean(),
      repeatLast: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(groupArb, { maxLength: 8 }), fc.boolean(), (groups, sameEach) => {
        const memo = createLayoutMemo();
        groups.forEach((g, n) => {
          // Often the same indicators group after group, as files list them.
          const list = sameEach ? (groups[0]?.ids ?? []) : g.ids;
          const entries = group(
            2000 + n,
            g.repeatLast && list.length > 0 ? [...list, list[0] as string] : list,
            {
              ...(g.asOf ? { asOf: `${2000 + n}-06-30` } : {}),
            },
          );
          expect(splitScopes(entries, RATES, undefined, memo).map(shape)).toEqual(
            splitScopes(entries, RATES).map(shape),
          );
        });
      }),
    );
  });
});

describe('rules over groups laid out alike', () => {
  // Six years of the same figures in the same order: from the third year on, groups are split by position. Each
  // later year breaks one relation: 2021 the stock flow, 2022 a part above its whole (and jumps up), 2023 a sum
  // (and jumps down), 2024 nothing.
  const year = (y: number, layout: 'same' | 'none') => {
    const list = [
      ob('cases', y === 2022 ? 600 : 50, { year: y }),
      ob('concluded', 40, { year: y }),
      ob('lost', y === 2022 ? 41 : 5, { year: y }),
      ob('lossRate', '12.5', { year: y }),
      ob('maintained', 30, { year: y }),
      ob('corrected', 6, { year: y }),
      ob('dismissed', y === 2023 ? 9 : 4, { year: y }),
      ob('enrolledStart', 10, { year: y }),
      ob('admitted', 5, { year: y }),
      ob('released', 3, { year: y }),
      ob('enrolledEnd', y === 2021 ? 13 : 12, { year: y }),
      ob('amount', 1000, { year: y }),
    ];
    // One more figure every other year, which no rule finds anything in, and no two groups in a row are alike.
    return layout === 'same' || y % 2 === 0 ? list : [...list, ob('changed', 1, { year: y })];
  };
  const years = (layout: 'same' | 'none') =>
    [2019, 2020, 2021, 2022, 2023, 2024].flatMap((y) => year(y, layout));
  const issuesOf = (observations: object[]) =>
    validateDataset({ observations }, { ...opts, rules: { publishedRates: false } }).issues.map((i) => [
      i.code,
      i.message,
    ]);

  it('find in laid-out groups what they find in groups each split with a map', () => {
    const laid = issuesOf(years('same'));
    expect(laid.map(([code]) => code)).toEqual([
      'stock_flow_mismatch',
      'part_exceeds_whole',
      'implausible_jump',
      'implausible_jump',
      'breakdown_mismatch',
      'implausible_jump',
      'implausible_jump',
    ]);
    // Without a layout (each group split with a map), the findings are the same ones, in the same order.
    expect(issuesOf(years('none'))).toEqual(laid);
  });
});
