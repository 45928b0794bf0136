// One verdict whatever the order (issue 13: the same unsorted data was a conflicting_observation error as JSON
// but only a group_not_contiguous warning as CSV or NDJSON; 26 of 40 mutated datasets flipped).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors.js';
import { createValidator, type ValidatorOptions } from '../../src/validate/create-validator.js';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { ob, opts } from './fixtures.js';
import { memorySpill } from './memory-spill.js';

const key = (i: Issue) => `${i.code}|${i.severity}|${i.path}`;

function stream(observations: unknown[], options: ValidatorOptions): { issues: Issue[]; unsorted: boolean } {
  const issues: Issue[] = [];
  let unsorted = false;
  const v = createValidator({
    ...opts,
    ...options,
    onIssue: (i) => issues.push(i),
    onUnsorted: () => {
      unsorted = true;
    },
  });
  for (const [index, o] of observations.entries()) v.addObservation(o, { index });
  v.finish();
  return { issues, unsorted };
}

describe('contiguous grouping says when the input is not sorted', () => {
  it('a group that reappears, or a jurisdiction whose years go back', () => {
    expect(
      stream([ob('cases', 5), ob('cases', 5, { jurisdiction: '433125' }), ob('cases', 6)], {}).unsorted,
    ).toBe(true);
    expect(stream([ob('cases', 5), ob('cases', 5, { year: 2023 })], {}).unsorted).toBe(true);
    expect(stream([ob('cases', 5, { year: 2023 }), ob('cases', 5)], {}).unsorted).toBe(false);
  });
});

describe('external grouping: the findings of the data sorted, in bounded memory', () => {
  const unsorted = [ob('cases', 5), ob('cases', 5, { jurisdiction: '433125' }), ob('cases', 6)];

  it('the issue case: a conflict split by another group is an error, as in JSON', () => {
    const json = validateDataset({ observations: unsorted }, opts);
    expect(json.issues.map((i) => i.code)).toEqual(['conflicting_observation']);
    const contiguous = stream(unsorted, {});
    expect(contiguous.issues.map((i) => i.code)).toEqual(['group_not_contiguous']);
    const external = stream(unsorted, { grouping: 'external', spill: memorySpill() });
    expect(external.issues.map(key)).toEqual(json.issues.map(key));
  });

  it('spills past the budget, splits oversized buckets, and frees every file', () => {
    const observations: unknown[] = [];
    for (let k = 0; k < 400; k++) {
      const jurisdiction = String(433100 + (k % 40));
      observations.push(ob('cases', k % 7, { jurisdiction, year: 2015 + (k % 9) }));
    }
    const json = validateDataset({ observations }, opts);
    expect(json.counts.error).toBeGreaterThan(0);
    // 2,000 characters: spilled once; 300: buckets split again, and one-jurisdiction buckets by year.
    for (const spillBudget of [2_000, 300]) {
      const spill = memorySpill();
      const external = stream(observations, { grouping: 'external', spill, spillBudget });
      expect(spill.created).toBeGreaterThan(spillBudget === 300 ? 64 : 0);
      expect(spill.live).toBe(0);
      expect(external.issues.map(key).sort()).toEqual(json.issues.map(key).sort());
    }
  });

  it('one jurisdiction over the budget is read back year by year, years in order (plausibility needs them)', () => {
    const observations = [2020, 2018, 2019, 2018, 2021].flatMap((year, k) => [
      ob('cases', 10 ** (k % 3) * 7, { year }),
      ob('concluded', 5, { year }),
      ob('lost', 6, { year }),
    ]);
    const json = validateDataset({ observations }, opts);
    expect(json.issues.map((i) => i.code)).toContain('implausible_jump');
    const spill = memorySpill();
    const external = stream(observations, { grouping: 'external', spill, spillBudget: 100 });
    expect(spill.live).toBe(0);
    expect(external.issues.map(key).sort()).toEqual(json.issues.map(key).sort());
  });

  it('any shuffle of any small dataset: the same findings as validateDataset (which buffers)', () => {
    const jurisdictions = fc.constantFrom('433126', '433125', '421200');
    const indicators = fc.constantFrom('cases', 'concluded', 'lost', 'maintained', 'corrected', 'lossRate');
    const observation = fc
      .tuple(jurisdictions, fc.integer({ min: 2019, max: 2022 }), indicators, fc.integer({ min: 0, max: 60 }))
      .map(([jurisdiction, year, id, value]) => ob(id, value, { jurisdiction, year }));
    fc.assert(
      fc.property(
        fc.array(observation, { maxLength: 40 }),
        fc.integer({ min: 50, max: 5_000 }),
        (list, budget) => {
          const json = validateDataset({ observations: list }, opts);
          const spill = memorySpill();
          const external = stream(list, { grouping: 'external', spill, spillBudget: budget });
          expect(spill.live).toBe(0);
          expect(external.issues.map(key).sort()).toEqual(json.issues.map(key).sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});
