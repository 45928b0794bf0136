// Pins the recall and precision that docs/extraction.md reports, so that they cannot silently fall.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreAll, totals } from '../../scripts/extraction-metrics.js';

interface Row {
  report: string;
  hand: number;
  extracted: number;
  found: number;
  correct: number;
}

function documentedRows(): { rows: Row[]; total: Row } {
  const doc = readFileSync('docs/extraction.md', 'utf8');
  const rows: Row[] = [];
  let total: Row | undefined;
  for (const line of doc.split('\n')) {
    const cells = line.split('|').map((c) => c.trim().replace(/\*/g, ''));
    if (cells.length < 9 || !/^\d+$/.test(cells[3] ?? '')) continue;
    const row = {
      report: cells[1] as string,
      hand: Number(cells[3]),
      extracted: Number(cells[4]),
      found: Number(cells[5]),
      correct: Number(cells[6]),
    };
    if (row.report === 'total') total = row;
    else rows.push(row);
  }
  if (total === undefined) throw new Error('docs/extraction.md has no total row');
  return { rows, total };
}

describe('fazhi extract against the hand-built datasets (docs/extraction.md)', () => {
  const scores = scoreAll('.');
  const { rows, total } = documentedRows();

  it('documents every measured report', () => {
    expect(rows.map((r) => r.report).sort()).toEqual(scores.map((s) => s.report).sort());
  });

  it.each(rows)(
    '$report: finds as many hand observations, and extracts no more wrong ones, as documented',
    (row) => {
      const s = scores.find((d) => d.report === row.report);
      expect(s, `${row.report} is no longer measured`).toBeDefined();
      if (s === undefined) return;
      expect(s.hand).toBe(row.hand);
      expect(s.found).toBeGreaterThanOrEqual(row.found);
      expect(s.extracted - s.correct).toBeLessThanOrEqual(row.extracted - row.correct);
    },
  );

  it('keeps the total recall and precision at least as documented', () => {
    const t = totals(scores);
    expect(t.recall).toBeGreaterThanOrEqual(total.found / total.hand);
    expect(t.precision).toBeGreaterThanOrEqual(total.correct / total.extracted);
  });
});
