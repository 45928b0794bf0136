/**
 * Prints, per modelled report and in total per collection, how many of its digit numbers are modelled (inside an
 * observation's or target's quote), how many are no figures (notModelled dates, ordinals, identifiers, page
 * furniture) and how many figures are left out — the measure behind the corpus goal of issue 8 (≥ 90% of each
 * document's figures modelled), asserted in test/seeds/coverage.test.ts.
 *
 * Usage: npx tsx scripts/number-coverage.ts [seeds|corpus]
 */
import { DatasetSchema } from '../src/model/dataset.js';
import {
  type CollectionName,
  datasetFiles,
  figures,
  figuresModelledPercent,
  modelledPercent,
  modelledReports,
  type NumberTally,
  reportNumbers,
  tally,
} from '../test/seeds/support.js';

const only = process.argv[2] as CollectionName | undefined;
const names: CollectionName[] = only ? [only] : ['seeds', 'corpus'];
const files = datasetFiles(names).map((f) => ({ ...f, dataset: DatasetSchema.parse(f.json) }));
const reports = modelledReports(files);

const row = (name: string, t: NumberTally, observations: number | string) =>
  `| ${name} | ${t.numbers} | ${t.notFigures} | ${figures(t)} | ${t.modelled} | ${t.notModelled - t.notFigures} | ${t.uncovered} | ${figuresModelledPercent(t)} | ${modelledPercent(t)} | ${observations} |`;

for (const name of names) {
  const mine = reports.filter((r) => r.collection === name);
  if (mine.length === 0) continue;
  console.log(`\n${name}\n`);
  console.log(
    '| report | numbers | not figures | figures | modelled | figures not modelled | uncovered | % of figures modelled | % of numbers modelled | observations |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const all = [];
  for (const r of mine) {
    const numbers = reportNumbers(r);
    all.push(...numbers);
    const observations = r.datasets.reduce(
      (n, d) => n + d.observations.filter((o) => o.source?.report === r.report).length,
      0,
    );
    console.log(row(r.report, tally(numbers), observations));
  }
  console.log(row('**total**', tally(all), ''));
}
