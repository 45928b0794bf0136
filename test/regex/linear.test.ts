// Every regular expression in src/ runs in linear time (issue 13: the decimal pattern and /\.?0+$/ took 20–200 s on
// a value of 100,000–300,000 characters). Two guards: scslre's analysis (the checker behind eslint-plugin-regexp's
// ReDoS rules) must find no super-linear backtracking or moving, so a new quadratic pattern fails here; and each
// expression is run on adversarial 100,000-character inputs within a budget.
import { analyse } from 'scslre';
import { describe, expect, it } from 'vitest';
import { collectRegexes } from './collect.js';

const { found, unresolved } = collectRegexes(process.cwd());

/** Patterns that never see user text, with why. */
const NOT_USER_TEXT = new Map<string, string>([
  ['src/divisions/decode.ts', 'decodes the division table bundled with fazhi, a constant string'],
]);

const isExempt = (where: string) => NOT_USER_TEXT.has(where.slice(0, where.lastIndexOf(':')));

/** Inputs that make backtracking patterns blow up: long runs of one character, then one that rejects. */
function adversarial(pick: string[]): string[] {
  const runs = ['1', '0', ' ', '\u3000', 'a', '.', '"', '\\', ',', '-', '\n', '年', '月', '万', '%', ...pick];
  const out: string[] = [];
  for (const ch of new Set(runs)) {
    const run = ch.repeat(100_000 / ch.length);
    out.push(`${run}!`, `1${run}\u0000`, `${run}x${run.slice(0, 10)}`);
  }
  out.push(
    `${'1'.repeat(50_000)}.${'1'.repeat(50_000)}x`,
    `${'1.'.repeat(50_000)}x`,
    `0.${'0'.repeat(100_000)}x`,
  );
  out.push(`${'1 '.repeat(50_000)}x`, `${'ab'.repeat(50_000)}\u0000`, `${'12,'.repeat(33_000)}x`);
  return out;
}

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

  it('each finishes on adversarial 100,000-character inputs within 250 ms', { timeout: 600_000 }, () => {
    const slow: string[] = [];
    for (const r of found) {
      if (isExempt(r.where)) continue;
      const picks = analyse(
        { source: r.source, flags: r.flags.replace(/[gy]/g, '') },
        { assumeRejectingSuffix: true },
      ).reports.map((x) => x.character.pick);
      const re = new RegExp(r.source, r.flags);
      for (const input of adversarial(picks)) {
        re.lastIndex = 0;
        const started = performance.now();
        if (re.global || re.sticky) input.replace(re, '');
        else re.test(input);
        const ms = performance.now() - started;
        // A budget, not a benchmark: linear patterns take a few milliseconds, quadratic ones seconds.
        if (ms > 250)
          slow.push(
            `${r.where} /${r.source.slice(0, 80)}/: ${Math.round(ms)} ms on ${JSON.stringify(input.slice(0, 12))}…`,
          );
      }
    }
    expect(slow).toEqual([]);
  });
});
