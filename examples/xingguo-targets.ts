// 兴国县 2023 work plan: its figures are targets, not results — list them and check hypothetical outcomes.
// Run: npx tsx examples/xingguo-targets.ts
import { readFileSync } from 'node:fs';
import { checkTarget, type Dataset, DatasetSchema, getIndicator } from '../src/index.js';

const dataset: Dataset = DatasetSchema.parse(
  JSON.parse(readFileSync(new URL('../seeds/data/360732-2023.json', import.meta.url), 'utf8')),
);

console.log(
  `${dataset.name}: ${dataset.observations.length} results, ${dataset.targets?.length ?? 0} targets`,
);
for (const t of dataset.targets ?? []) {
  const name = getIndicator(t.indicator)?.name ?? t.indicator;
  console.log(`  ${name} ${t.comparator} ${t.value} ${t.unit ?? ''}  «${t.source?.quote}»`);
}
console.log();

// The plan publishes no results; these made-up outcomes only show how a later report would be checked.
const [standardised] = (dataset.targets ?? []).filter(
  (t) => t.indicator === 'judicialOffices.standardisedRate',
);
if (standardised) {
  for (const outcome of [{ value: '80' }, { value: '79.5' }, { value: '80', qualifier: 'approx' as const }]) {
    const check = checkTarget(standardised, outcome);
    console.log(`  hypothetical ${JSON.stringify(outcome)} → ${check.status}: ${check.reason}`);
  }
}
