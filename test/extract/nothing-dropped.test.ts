// Every figure of every seed and corpus text ends in exactly one of observations or unmatched, with exact quotes.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractObservations } from '../../src/extract/extract.js';
import { DatasetSchema } from '../../src/model/dataset.js';
import { validateDataset } from '../../src/validate/validate-dataset.js';

const texts = [
  ...readdirSync('seeds/reports')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `seeds/reports/${f}`),
  ...readdirSync('seeds/corpus/reports')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `seeds/corpus/reports/${f}`),
];

describe.each(texts)('%s', (file) => {
  const text = readFileSync(file, 'utf8');
  const result = extractObservations(text, { jurisdiction: '110000', year: 2024, report: 'r' });
  const { dataset, unmatched, figures } = result;

  it('sends each figure to exactly one observation or unmatched entry, and uses each entry once', () => {
    const seenObs = new Set<number>();
    const seenUnmatched = new Set<number>();
    for (const f of figures) {
      expect((f.observation === undefined) !== (f.unmatched === undefined)).toBe(true);
      if (f.observation !== undefined) seenObs.add(f.observation);
      if (f.unmatched !== undefined) seenUnmatched.add(f.unmatched);
    }
    expect(seenObs.size).toBe(dataset.observations.length);
    expect(seenUnmatched.size).toBe(unmatched.length);
    expect(seenObs.size + seenUnmatched.size).toBe(figures.length);
  });

  it('covers every digit of the text with exactly one figure, in order and without overlaps', () => {
    let last = -1;
    for (const f of figures) {
      expect(f.span[0]).toBeGreaterThan(last - 1);
      expect(text.slice(f.span[0], f.span[1])).toBe(f.text);
      last = f.span[1];
    }
    for (const m of text.matchAll(/[0-9０-９]/g)) {
      const covering = figures.filter((f) => f.span[0] <= m.index && m.index < f.span[1]);
      expect(covering, `digit at ${m.index}: ${text.slice(m.index - 8, m.index + 8)}`).toHaveLength(1);
    }
  });

  it('quotes the exact clause at its offsets', () => {
    for (const o of dataset.observations) {
      const [start, end] = o.source?.span ?? [0, 0];
      expect(text.slice(start, end)).toBe(o.source?.quote);
      expect(o.source?.confidence).toBeGreaterThanOrEqual(0.5);
      expect(o.source?.rule).toBeTruthy();
    }
    for (const u of unmatched) {
      expect(text.slice(u.span[0], u.span[1])).toBe(u.text);
      expect(text.slice(u.quoteSpan[0], u.quoteSpan[1])).toBe(u.quote);
      expect(u.message).toBeTruthy();
      expect(u.messageZh).toBeTruthy();
    }
  });

  it('writes a dataset of the public format', () => {
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
  });

  it('writes a draft that never contradicts itself: no two figures at the same coordinates with other values', () => {
    const { issues } = validateDataset(dataset);
    expect(issues.filter((i) => i.code === 'conflicting_observation').map((i) => i.message)).toEqual([]);
    for (const u of unmatched.filter((x) => x.reason === 'conflict')) {
      expect(u.candidates?.length).toBe(1);
    }
  });
});
