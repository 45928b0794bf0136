// The built-in catalog's content, pinned by a hash: how the family and dimension files write it (builders,
// positional arguments, id prefixes) may change, what it expands to may not — every indicator, relation,
// dimension and member, every field, their order and key order (`fazhi catalog -f json` prints them), and which
// objects are frozen. A deliberate change of content (a new indicator, a synonym) updates the hash: the failure
// prints the new one.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  defaultCatalog,
  dimensions,
  getDimension,
  getIndicator,
  indicators,
} from '../../src/catalog/default-catalog.js';

/** JSON with key order, `undefined` values and frozenness made visible (plain JSON.stringify hides the last two). */
function fingerprint(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const frozen = Object.isFrozen(value) ? '!' : '';
  if (Array.isArray(value)) return `${frozen}[${value.map(fingerprint).join(',')}]`;
  const fields = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${fingerprint(v)}`);
  return `${frozen}{${fields.join(',')}}`;
}

const content = fingerprint({
  indicators: defaultCatalog.indicators,
  relations: defaultCatalog.relations,
  dimensions: defaultCatalog.dimensions,
});

describe('the built-in catalog content', () => {
  it('is exactly the pinned one', () => {
    const hash = createHash('sha256').update(content).digest('hex');
    expect(
      hash,
      'the built-in catalog changed; if on purpose, put the new hash here (and regenerate docs/indicators.md)',
    ).toBe('2ee4555bf4fb23d018ce9d66fc1233a799d04241bfc34f784e1d4b6ed0fdf77d');
  });

  it('is what the exported lists and lookups serve', () => {
    expect(indicators).toBe(defaultCatalog.indicators);
    expect(dimensions).toBe(defaultCatalog.dimensions);
    for (const ind of indicators) expect(getIndicator(ind.id)).toBe(ind);
    for (const d of dimensions) expect(getDimension(d.id)).toBe(d);
  });
});
