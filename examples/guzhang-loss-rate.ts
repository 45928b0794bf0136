// 古丈县 2024: the administrative litigation loss rate (败诉率) on both bases, beside the printed 22%.
// Run: npx tsx examples/guzhang-loss-rate.ts
import { readFileSync } from 'node:fs';
import { compareReported, type Dataset, DatasetSchema, lossRate, rate } from '../src/index.js';

const dataset: Dataset = DatasetSchema.parse(
  JSON.parse(readFileSync(new URL('../seeds/data/433126-2024.json', import.meta.url), 'utf8')),
);

/** The single observation of an indicator, as printed. */
function figure(indicator: string): { value: string; quote: string } {
  const found = dataset.observations.filter((o) => o.indicator === indicator);
  if (found.length !== 1 || !found[0]) throw new Error(`expected one ${indicator}, found ${found.length}`);
  return { value: String(found[0].value), quote: found[0].source?.quote ?? '' };
}

const cases = figure('litigation.cases');
const concluded = figure('litigation.concluded');
const judged = figure('litigation.judged');
const lost = figure('litigation.lost');
const printed = figure('litigation.lossRate');

console.log('古丈县 2024 行政诉讼 (administrative litigation)');
for (const f of [cases, concluded, judged, lost, printed])
  console.log(`  ${f.value.padStart(4)}  «${f.quote}»`);
console.log();

const overConcluded = lossRate({ lost: lost.value, concluded: concluded.value });
const overJudged = lossRate({ lost: lost.value, judged: judged.value });
const overHandled = rate(lost.value, cases.value, 'cases');
for (const [label, r] of [
  ['over concluded (审结)', overConcluded],
  ['over judged (已判决)', overJudged],
  ['over all cases handled (办理)', overHandled],
] as const) {
  const c = compareReported(r, printed.value);
  const verdict = c.consistent
    ? `matches printed ${printed.value}% (${c.conventions.join(', ')})`
    : `≠ printed ${printed.value}%`;
  console.log(
    `  败诉率 ${label.padEnd(30)} ${r.numerator}/${r.denominator} = ${r.toPercent(2)}%  → ${verdict}`,
  );
}
console.log();
console.log(
  'The report calls the same 54 cases 审结 (concluded) in one section and 已判决 (judged) in another,',
);
console.log(
  'so the two standard bases coincide here: 12/54 = 22.22%, printed as 22% (四舍五入 and truncation agree).',
);
console.log(
  'It does not say how many of the 54 ended by judgment rather than withdrawal or dismissal by ruling;',
);
console.log('if some did, the rate over judgments alone would be higher than 22.2%.');
