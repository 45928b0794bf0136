// 河东区 2024: 行政复议 received vs concluded — the clearance rate and what the carried-over cases do to it.
// Run: npx tsx examples/hedong-reconsideration.ts
import { readFileSync } from 'node:fs';
import { clearanceRate, type Dataset, DatasetSchema, type Observation, rate } from '../src/index.js';

const dataset: Dataset = DatasetSchema.parse(
  JSON.parse(readFileSync(new URL('../seeds/data/120102-2024.json', import.meta.url), 'utf8')),
);

/** The single observation of an indicator in the 2024 results. */
function one(indicator: string): Observation {
  const found = dataset.observations.filter((o) => o.indicator === indicator && o.year === 2024);
  if (found.length !== 1 || !found[0]) throw new Error(`expected one ${indicator}, found ${found.length}`);
  return found[0];
}

const received = one('reconsideration.received');
const concluded = one('reconsideration.concluded');
const mediated = one('reconsideration.mediated');
const onTime = one('reconsideration.onTimeRate');

console.log('河东区 2024 行政复议 (administrative reconsideration)');
for (const o of [received, concluded, mediated, onTime]) {
  const flags = o.includesCarriedOver ? '  [includes carried-over cases]' : '';
  console.log(`  ${String(o.value).padStart(4)}  «${o.source?.quote}»${flags}`);
}
console.log();

const clearance = clearanceRate({ resolved: String(concluded.value), incoming: String(received.value) });
console.log(
  `  clearance rate (concluded / received) = ${clearance.numerator}/${clearance.denominator} = ${clearance.toPercent(1)}%`,
);
console.log(
  `  backlog growth: ${Number(received.value) - Number(concluded.value)} more cases received than concluded`,
);
const share = rate(String(mediated.value), String(concluded.value), 'concluded');
console.log(
  `  settled by mediation (调解结案) = ${share.numerator}/${share.denominator} = ${share.toPercent(1)}% of concluded`,
);
console.log();
console.log(
  'No clearance rate is printed. The 574 concluded include cases carried over from 2023 (number not',
);
console.log(
  'printed), so fewer than 574 of the 673 new applications were concluded: 85.3% is the court-statistics',
);
console.log(
  'clearance rate, and an upper bound on the closure rate of 2024 intake. The printed 100% is the on-time',
);
console.log('closure rate (按期结案率), a different measure with no printed inputs.');
