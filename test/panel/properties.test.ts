import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildPanel,
  type Division,
  panelObservations,
  rankJurisdictions,
  rankValues,
  rate,
  rollUp,
} from '../../src/index.js';
import { treeOf } from './tree.js';

/** A province with 1–4 prefectures of 1–5 counties each, and 0–2 counties it governs directly. */
const provinceTree = fc
  .tuple(
    fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([prefectures, direct]) => {
    const rows: Division[] = [{ code: '420000', name: '省', level: 'province' }];
    prefectures.forEach((n, p) => {
      const pc = `42${String(p + 1).padStart(2, '0')}00`;
      rows.push({ code: pc, name: `市${p}`, level: 'prefecture', parent: '420000' });
      for (let c = 1; c <= n; c++) {
        rows.push({
          code: `${pc.slice(0, 4)}${String(c).padStart(2, '0')}`,
          name: `县${p}${c}`,
          level: 'county',
          parent: pc,
        });
      }
    });
    for (let c = 1; c <= direct; c++) {
      rows.push({
        code: `4290${String(c).padStart(2, '0')}`,
        name: `直${c}`,
        level: 'county',
        parent: '420000',
      });
    }
    return rows;
  });

/** Counties' figures: each county gives both inputs of the loss rate, or neither; and a count. */
const panelInput = provinceTree.chain((rows) => {
  const counties = rows.filter((d) => d.level === 'county');
  return fc
    .tuple(
      ...counties.map(() =>
        fc.option(
          fc.tuple(
            fc.integer({ min: 0, max: 500 }),
            fc.integer({ min: 1, max: 500 }),
            fc.integer({ min: 0, max: 99 }),
          ),
          { nil: undefined },
        ),
      ),
    )
    .map((figures) => {
      const observations = counties.flatMap((c, i) => {
        const f = figures[i];
        if (f === undefined) return [];
        const [lost, extra, cases] = f;
        return [
          { jurisdiction: c.code, year: 2024, indicator: 'litigation.lost', value: lost },
          { jurisdiction: c.code, year: 2024, indicator: 'litigation.concluded', value: lost + extra },
          { jurisdiction: c.code, year: 2024, indicator: 'mediation.cases', value: cases },
        ];
      });
      return { rows, observations };
    });
});

const figureValue = (figures: readonly { indicator: string; basis?: string; value: string }[], id: string) =>
  figures.find((f) => f.indicator === id && (f.basis === undefined || f.basis === 'concluded'))?.value;

describe('panel properties', () => {
  it('a roll-up of a roll-up equals the roll-up of the leaves', () => {
    fc.assert(
      fc.property(panelInput, ({ rows, observations }) => {
        const tree = treeOf(rows);
        const panel = buildPanel(observations);
        const leaves = rollUp(panel, { divisions: tree, to: 'province', from: 'leaves' }).figures;
        const step = rollUp(panel, { divisions: tree, to: 'prefecture' });
        const directCounties = observations.filter(
          (o) => tree.getDivision(o.jurisdiction)?.parent === '420000',
        );
        const twice = rollUp(buildPanel([...panelObservations(step.panel), ...directCounties]), {
          divisions: tree,
          to: 'province',
        }).figures;
        for (const id of [
          'litigation.lost',
          'litigation.concluded',
          'mediation.cases',
          'litigation.lossRate',
        ]) {
          expect(figureValue(twice, id)).toBe(figureValue(leaves, id));
        }
      }),
    );
  });

  it('a rate recomputed from rolled-up parts equals the rate of the summed parts', () => {
    fc.assert(
      fc.property(panelInput, ({ rows, observations }) => {
        const { figures } = rollUp(buildPanel(observations), {
          divisions: treeOf(rows),
          to: 'province',
          from: 'leaves',
        });
        const sum = (id: string) =>
          observations.filter((o) => o.indicator === id).reduce((a, o) => a + BigInt(o.value), 0n);
        const lost = sum('litigation.lost');
        const concluded = sum('litigation.concluded');
        const r = figures.find((f) => f.indicator === 'litigation.lossRate' && f.basis === 'concluded');
        if (concluded === 0n) expect(r).toBeUndefined();
        else {
          expect(r?.numerator).toBe(String(lost));
          expect(r?.denominator).toBe(String(concluded));
          expect(r?.value).toBe(rate(String(lost), String(concluded)).toPercent(2));
        }
      }),
    );
  });

  it('rankings do not depend on the order of the input (any permutation)', () => {
    const entries = fc.uniqueArray(
      fc.record({
        jurisdiction: fc.integer({ min: 110000, max: 659999 }).map(String),
        // Equal values spelt differently (1.5, 1.50) are ties whatever their order.
        value: fc.oneof(fc.integer({ min: 0, max: 20 }).map(String), fc.constantFrom('1.5', '1.50', '2.25')),
      }),
      { selector: (e) => e.jurisdiction, maxLength: 30 },
    );
    const permuted = entries.chain((list) =>
      fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
    );
    fc.assert(
      fc.property(
        permuted,
        fc.constantFrom('higherIsBetter', 'lowerIsBetter', 'neutral' as const),
        ([list, shuffled], polarity) => {
          expect(rankValues(shuffled, polarity)).toEqual(rankValues(list, polarity));
          const observations = (l: typeof list) =>
            l.map((e) => ({
              jurisdiction: e.jurisdiction,
              year: 2024,
              indicator: 'mediation.successRate',
              value: e.value,
            }));
          const query = { indicator: 'mediation.successRate', year: 2024 };
          const a = rankJurisdictions(buildPanel(observations(list)), query);
          const b = rankJurisdictions(buildPanel(observations(shuffled)), query);
          expect(b).toEqual(a);
        },
      ),
    );
  });
});
