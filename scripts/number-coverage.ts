/**
 * Prints, per modelled report and in total per collection, how many of its digit numbers are modelled (inside an
 * observation's or target's quote), how many are no figures (notModelled dates, ordinals, identifiers, page
 * furniture) and how many figures are left out — the measure behind the corpus goal of issue 8 (≥ 90% of each
 * document's figures modelled), asserted in test/seeds/coverage.test.ts.
 *
 * Usage: npx tsx scripts/number-coverage.ts [seeds|corpus] [--write-docs]
 *   --write-docs rewrites the corpus table in docs/corpus.md (test/seeds/coverage.test.ts checks it is current).
 */
import { coverageTable, writeCoverageTable } from '../test/seeds/coverage-table.js';
import type { CollectionName } from '../test/seeds/support.js';

const args = process.argv.slice(2);
if (args.includes('--write-docs')) {
  writeCoverageTable();
  console.log('docs/corpus.md: coverage table rewritten');
}
const only = args.find((a) => a === 'seeds' || a === 'corpus') as CollectionName | undefined;
for (const name of only ? [only] : (['seeds', 'corpus'] as const))
  console.log(`\n${name}\n\n${coverageTable(name)}`);
