/**
 * 咸宁市 2024: the people's mediation success rate from the seed dataset, and why the report prints 96%.
 *
 * Run with `npx tsx examples/xianning-mediation.ts`.
 */
import { readFileSync } from 'node:fs';
import { compareReported, DatasetSchema, type Observation, successRate } from '../src/index.js';

const dataset = DatasetSchema.parse(
  JSON.parse(readFileSync(new URL('../seeds/data/421200-2024.json', import.meta.url), 'utf8')),
);

// The one observation of an indicator in the dataset.
function find(indicator: string): Observation {
  const found = dataset.observations.find((o) => o.indicator === indicator);
  if (!found) throw new Error(`no ${indicator} in the dataset`);
  return found;
}

const cases = find('mediation.cases');
const succeeded = find('mediation.succeeded');
const printed = find('mediation.successRate');

const r = successRate({ succeeded: succeeded.value, cases: cases.value });
const check = compareReported(r, printed.value);

console.log('咸宁市 2024 人民调解 (people’s mediation)');
console.log(`  disputes mediated : ${cases.value}   «${cases.source?.quote}»`);
console.log(`  succeeded         : ${succeeded.value}   «${succeeded.source?.quote}»`);
console.log(
  `  success rate      : ${r.toPercent(2)}% computed, ${printed.value}% printed   «${printed.source?.quote}»`,
);
console.log(
  `  to 0 places       : half-up ${r.toPercent(0, 'half-up')}%, truncate ${r.toPercent(0, 'truncate')}%`,
);
console.log(
  `  printed figure is ${check.consistent ? 'consistent' : 'NOT consistent'} with the inputs under: ${
    check.conventions.join(', ') || 'no rounding convention'
  }`,
);
console.log('  → 96.52% rounds (四舍五入) to 97%; the report printed 96%, i.e. it cut the decimals off.');
