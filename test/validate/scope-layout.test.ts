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
  // Five years of the same figures in the same order: from the third year on, groups are split by position.
  const year = (y: number, cases: number, order: 'same' | 'reversed') => {
    const list = [
      ob('cases', cases, { year: y }),
      ob('concluded', 40, { year: y }),
      ob('lost', 5, { year: y }),
      ob('lossRate', '12.5', { year: y }),
      ob('amount', 1000, { year: y }),
    ];
    return order === 'same' || y % 2 === 0 ? list : list.reverse();
  };
  const years = (order: 'same' | 'reversed') =>
    [2019, 2020, 2021, 2022, 2023].flatMap((y) => year(y, y === 2022 ? 600 : 50, order));
  const issuesOf = (observations: object[]) =>
    validateDataset({ observations }, opts).issues.map((i) => [i.code, i.path, i.message]);

  it('find in laid-out groups what they find in groups each split with a map', () => {
    // 50 → 600 → 50: two jumps (2021→2022 up, 2022→2023 down); the printed 12.5% is exactly 5/40.
    const laid = issuesOf(years('same'));
    expect(laid.map(([code]) => code)).toEqual(['implausible_jump', 'implausible_jump']);
    expect(laid.map(([, path]) => path)).toEqual(['observations[15].value', 'observations[20].value']);
    // The same figures with the order alternating each year never form a layout; the findings are the same ones.
    const alternating = issuesOf(years('reversed'));
    expect(alternating.map(([code, , message]) => [code, message])).toEqual(
      laid.map(([code, , message]) => [code, message]),
    );
  });
});
