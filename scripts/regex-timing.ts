// Timing half of the linear-regex guard (issue 13): every regular expression in src/ run on adversarial
// 100,000-character inputs must finish within 250 ms. A timing goal, so it runs in `npm run bench`, not in the unit
// tests (test/regex/linear.test.ts keeps the static scslre analysis). Exits 1 and lists the slow patterns otherwise.
import { analyse } from 'scslre';
import { collectRegexes } from '../test/regex/collect.js';

const BUDGET_MS = 250;

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

const { found } = collectRegexes(process.cwd());
const slow: string[] = [];
let runs = 0;
let worst = 0;
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
    runs++;
    worst = Math.max(worst, ms);
    // A budget, not a benchmark: linear patterns take a few milliseconds, quadratic ones seconds.
    if (ms > BUDGET_MS)
      slow.push(
        `${r.where} /${r.source.slice(0, 80)}/: ${Math.round(ms)} ms on ${JSON.stringify(input.slice(0, 12))}…`,
      );
  }
}
console.log(
  `regex timing: ${found.length} patterns, ${runs} adversarial runs of 100,000 characters, slowest ${worst.toFixed(1)} ms (budget ${BUDGET_MS} ms)`,
);
if (slow.length > 0) {
  console.error(slow.join('\n'));
  process.exitCode = 1;
}
