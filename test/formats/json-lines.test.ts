import { describe, expect, it } from 'vitest';
import { locateJsonPaths } from '../../src/formats/json-lines.js';

const text = `{
  "name": "x",
  "observations": [
    { "jurisdiction": "433126", "year": 2023,
      "indicator": "a.b", "value": "1", "source": { "report": "r", "quote": "a \\"q\\" [x], {y}\\\\" } },
    {
      "jurisdiction": "433126",
      "value": 2
    }
  ],
  "we ird": { "k": [1, [2, 3], {"z": null}] },
  "reports": []
}`;

describe('locateJsonPaths', () => {
  it('places paths at the line of their value, skipping strings with brackets and escapes', () => {
    JSON.parse(text); // the fixture is valid JSON
    const lines = locateJsonPaths(text, [
      'name',
      'observations[0]',
      'observations[0].indicator',
      'observations[0].source.quote',
      'observations[1].value',
      'observations[1]',
      '["we ird"].k[2].z',
      'reports',
    ]);
    expect(Object.fromEntries(lines)).toEqual({
      name: 2,
      'observations[0]': 4,
      'observations[0].indicator': 5,
      'observations[0].source.quote': 5,
      'observations[1].value': 8,
      'observations[1]': 6,
      '["we ird"].k[2].z': 11,
      reports: 12,
    });
  });

  it('falls back to the nearest existing ancestor for a missing field', () => {
    expect(
      locateJsonPaths(text, ['observations[1].year', 'observations[7].value']).get('observations[1].year'),
    ).toBe(6);
    expect(locateJsonPaths(text, ['observations[7].value']).get('observations[7].value')).toBe(3);
  });

  it('never throws on malformed text', () => {
    expect(() => locateJsonPaths('{"a": [1, 2', ['a[5]'])).not.toThrow();
  });
});
