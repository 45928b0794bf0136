/**
 * 乳山市 2022: recompute the pre-filing resolution rate and check the report's breakdowns (community correction,
 * notarizations) from the seed dataset.
 *
 * Run with `npx tsx examples/rushan-breakdowns.ts`.
 */
import { readFileSync } from 'node:fs';
import { compareReported, DatasetSchema, rate } from '../src/index.js';

const dataset = DatasetSchema.parse(
  JSON.parse(readFileSync(new URL('../seeds/data/371083-2022.json', import.meta.url), 'utf8')),
);

// The value of the one observation of an indicator, as an integer (every count in this check is whole).
function count(indicator: string): number {
  const found = dataset.observations.find((o) => o.indicator === indicator);
  if (!found) throw new Error(`no ${indicator} in the dataset`);
  return Number(found.value);
}

// 事前解答化解矛盾纠纷率: consultations answered before filing that did not become applications.
const consulted = count('reconsideration.preFilingConsultations');
const filed = count('reconsideration.filedAfterConsultation');
const printedRate = dataset.observations.find(
  (o) => o.indicator === 'reconsideration.preFilingResolutionRate',
);
const pre = rate(consulted - filed, consulted, 'consultations');
const check = compareReported(pre, printedRate?.value ?? '');
console.log('乳山市 2022');
console.log(
  `  事前化解率 (${consulted} − ${filed}) / ${consulted} = ${pre.toPercent(2)}%; printed ${printedRate?.value}% → ${
    check.consistent ? `consistent (${check.conventions.join(', ')})` : 'inconsistent'
  }`,
);

// A breakdown: parts against their printed total.
function breakdown(label: string, total: string, parts: readonly string[]): void {
  const sum = parts.reduce((acc, id) => acc + count(id), 0);
  const detail = parts.map((id) => `${id.split('.')[1]} ${count(id)}`).join(' + ');
  const verdict = sum === count(total) ? 'adds up' : `differs by ${sum - count(total)}`;
  console.log(`  ${label}: ${detail} = ${sum} vs ${count(total)} printed → ${verdict}`);
}

breakdown('在矫 by type', 'communityCorrection.enrolled', [
  'communityCorrection.probation',
  'communityCorrection.parole',
  'communityCorrection.temporaryOutside',
]);
breakdown('公证 by kind (two parts)', 'notarization.cases', [
  'notarization.domestic',
  'notarization.foreign',
]);
breakdown('公证 by kind (three parts)', 'notarization.cases', [
  'notarization.domestic',
  'notarization.foreign',
  'notarization.hkMacaoTaiwan',
]);
console.log('  → 国内 + 涉外 already make 908, so the 15 涉港澳台 must be counted inside 涉外.');
