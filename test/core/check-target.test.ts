import { describe, expect, it } from 'vitest';
import { checkTarget } from '../../src/index.js';

describe('checkTarget', () => {
  it('judges exact figures against each comparator', () => {
    expect(checkTarget({ comparator: '>=', value: '80' }, { value: '80' }).status).toBe('met');
    expect(checkTarget({ comparator: '>', value: '80' }, { value: '80' }).status).toBe('notMet');
    expect(checkTarget({ comparator: '<=', value: '5' }, { value: '4.9' }).status).toBe('met');
    expect(checkTarget({ comparator: '<', value: '5' }, { value: 5 }).status).toBe('notMet');
    expect(checkTarget({ comparator: '=', value: '100' }, { value: '100.0' }).status).toBe('met');
  });

  it('respects qualifiers', () => {
    expect(checkTarget({ comparator: '>=', value: '95' }, { value: '98', qualifier: 'atLeast' }).status).toBe(
      'met',
    );
    expect(
      checkTarget({ comparator: '=', value: '100' }, { value: '100', qualifier: 'lessThan' }).status,
    ).toBe('notMet');
    expect(checkTarget({ comparator: '>=', value: '90' }, { value: '90', qualifier: 'approx' }).status).toBe(
      'undetermined',
    );
    expect(
      checkTarget({ comparator: '>=', value: '110' }, { value: '100', qualifier: 'moreThan' }).status,
    ).toBe('undetermined');
  });

  it('explains itself in both languages', () => {
    const c = checkTarget({ comparator: '>=', value: '110' }, { value: '100' });
    expect(c.reason).toBe('100 misses ≥ 110');
    expect(c.reasonZh).toBe('100 未达到目标 ≥ 110');
  });
});
