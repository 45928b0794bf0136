// A panel of 咸宁市's counties: series with gaps and changes, the city's total rolled up from its counties and set
// against the total the city printed, and a ranking on the loss rate (lower is better).
// Run: npx tsx examples/panel-rollup.ts

import * as divisions from '../src/divisions/index.js';
import { buildPanel, panelSeries, rankJurisdictions, rollUp } from '../src/index.js';

const o = (jurisdiction: string, year: number, indicator: string, value: number | string) => ({
  jurisdiction,
  year,
  indicator,
  value,
});

// Illustrative figures (not from a report): three counties over three years, and the city's own total for 2024.
const panel = buildPanel([
  o('421202', 2022, 'litigation.cases', 40),
  o('421202', 2024, 'litigation.cases', 45),
  o('421202', 2024, 'litigation.concluded', 40),
  o('421202', 2024, 'litigation.lost', 4),
  o('421221', 2023, 'litigation.cases', 28),
  o('421221', 2024, 'litigation.cases', 30),
  o('421221', 2024, 'litigation.concluded', 50),
  o('421221', 2024, 'litigation.lost', 10),
  o('421222', 2024, 'litigation.cases', 12),
  o('421222', 2024, 'litigation.concluded', 10),
  o('421222', 2024, 'litigation.lost', 1),
  o('421200', 2024, 'litigation.cases', 80),
]);

for (const s of panelSeries(panel, { indicator: 'litigation.cases' })) {
  const years = s.years.map(
    (y) => `${y.year}: ${y.value ?? 'gap'}${y.change ? ` (${y.change.difference})` : ''}`,
  );
  console.log(`${divisions.getDivision(s.jurisdiction)?.name} 行政诉讼案件 ${years.join(', ')}`);
}

const { figures, issues } = rollUp(panel, { divisions, to: 'prefecture' });
for (const f of figures.filter((x) => x.year === 2024)) {
  const published = f.published === undefined ? '' : `, published ${f.published.value} → ${f.comparison}`;
  const what =
    f.basis === undefined ? f.indicator : `${f.indicator} (${f.basis}: ${f.numerator}/${f.denominator})`;
  console.log(
    `咸宁市 2024 ${what} = ${f.value} from ${f.coverage.reported} of ${f.coverage.expected} counties${published}`,
  );
}
for (const i of issues) console.log(`${i.severity}: ${i.messageZh}`);

const ranking = rankJurisdictions(panel, { indicator: 'litigation.lossRate', year: 2024 });
for (const r of ranking.rows) {
  console.log(
    `#${r.rank} ${divisions.getDivision(r.jurisdiction)?.name} 败诉率 ${r.value}% (percentile ${r.percentile})`,
  );
}
