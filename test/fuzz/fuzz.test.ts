// The fuzz suite, bounded: every target of targets.ts on a few thousand inputs (shrunk to the smallest failing
// one when a property fails). `npm run fuzz` runs the same targets on over a million inputs and counts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TARGETS } from './targets.js';

/** Inputs per target here: about a minute of the suite's time in all. */
const RUNS = Number(process.env.FAZHI_FUZZ_RUNS ?? 1000);

describe('fuzz (bounded run)', () => {
  for (const target of FUZZ_TARGETS) {
    it(target.name, { timeout: 300_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(target.arbitrary, async (input) => {
          const outcome = await target.run(input);
          expect(outcome).toEqual({ ok: true });
        }),
        { numRuns: RUNS },
      );
    });
  }
});
