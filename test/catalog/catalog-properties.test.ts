import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../src/catalog/check-catalog.js';
import { createCatalog } from '../../src/catalog/create-catalog.js';
import { defaultCatalog } from '../../src/catalog/default-catalog.js';
import { formulaIndicatorIds, relationIndicatorIds } from '../../src/catalog/relation-ids.js';
import { FazhiError } from '../../src/errors.js';

const all = defaultCatalog.indicators;

describe('catalog properties', () => {
  it('any sub-catalog closed under references is valid, and dropping a referenced id is caught', () => {
    fc.assert(
      fc.property(fc.subarray([...all], { minLength: 1 }), (subset) => {
        const ids = new Set(subset.map((i) => i.id));
        const indicators = subset.filter(
          (i) =>
            (i.formulas ?? []).every((f) => formulaIndicatorIds(f).every((t) => ids.has(t))) &&
            (i.sliceOf === undefined || ids.has(i.sliceOf.indicator)),
        );
        const kept = new Set(indicators.map((i) => i.id));
        const closed = defaultCatalog.relations.filter((r) =>
          relationIndicatorIds(r).every((id) => kept.has(id)),
        );
        // Dimensions keep the indicators they name that are kept (and every `domain.*` pattern).
        const dimensions = (defaultCatalog.dimensions ?? []).flatMap((d) => {
          const named = d.indicators.filter((p) => p.endsWith('.*') || kept.has(p));
          return named.length === 0 ? [] : [{ ...d, indicators: named }];
        });
        expect(checkCatalog({ indicators, relations: closed, dimensions })).toEqual([]);
        const open = defaultCatalog.relations.filter(
          (r) =>
            !relationIndicatorIds(r).every((id) => kept.has(id)) &&
            relationIndicatorIds(r).some((id) => kept.has(id)),
        );
        const first = open[0];
        if (first !== undefined) {
          try {
            createCatalog({ indicators, relations: [first], dimensions });
            expect.unreachable();
          } catch (e) {
            expect((e as FazhiError).issues.every((i) => i.code === 'unknown_indicator_reference')).toBe(
              true,
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('re-registering any built-in indicator is a duplicate, whatever else the extension holds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.subarray([...defaultCatalog.relations]), (ind, relations) => {
        try {
          createCatalog(
            { indicators: [{ ...ind }] },
            createCatalog(
              { relations },
              createCatalog({ indicators: all, dimensions: defaultCatalog.dimensions ?? [] }),
            ),
          );
          expect.unreachable();
        } catch (e) {
          expect(e).toBeInstanceOf(FazhiError);
          expect((e as FazhiError).issues.map((i) => i.code)).toEqual(['duplicate_indicator']);
        }
      }),
      { numRuns: 100 },
    );
  });
});
