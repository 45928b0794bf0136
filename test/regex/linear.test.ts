// Every regular expression in src/ runs in linear time (issue 13: the decimal pattern and /\.?0+$/ took 20–200 s on
// a value of 100,000–300,000 characters). Two guards: scslre's analysis (the checker behind eslint-plugin-regexp's
// ReDoS rules) must find no super-linear backtracking or moving, so a new quadratic pattern fails here. The wall-clock
// check on adversarial 100,000-character inputs is a timing goal, so it lives in `npm run bench` (scripts/regex-timing.ts).
import { analyse } from 'scslre';
import { describe, expect, it } from 'vitest';
import { collectRegexes } from './collect.js';

const { found, unresolved } = collectRegexes(process.cwd());

/** Patterns that never see user text, with why. */
const NOT_USER_TEXT = new Map<string, string>([
  ['src/divisions/decode.ts', 'decodes the division table bundled with fazhi, a constant string'],
]);

const isExempt = (where: string) => NOT_USER_TEXT.has(where.slice(0, where.lastIndexOf(':')));

describe('regular expressions in src/', () => {
  it('are all found: every `new RegExp(…)` is built from constants the checker can read', () => {
    expect(found.length).toBeGreaterThan(100);
    expect(unresolved).toEqual([]);
  });

  it('have no super-linear backtracking or moving (scslre)', () => {
    const reports: string[] = [];
    for (const r of found) {
      if (isExempt(r.where)) continue;
      const a = analyse({ source: r.source, flags: r.flags.replace(/[gy]/g, '') });
      for (const report of a.reports) {
        reports.push(
          `${r.where} /${r.source}/${r.flags}: ${report.type} on ${JSON.stringify(report.character.pick)}`,
        );
      }
    }
    expect(reports).toEqual([]);
  });
});
