// The examples of docs/validation.md's "Breakdowns, shares, changes and panels: examples" section: each code of
// issue 8 on figures of the corpus, with the messages (English and Chinese) the validator really prints.
// scripts/validation-examples.ts rewrites the section; code-examples.test.ts checks that it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Issue } from '../../src/errors.js';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { validateDatasets } from '../../src/validate/validate-datasets.js';

type Obs = Record<string, unknown>;

/** One example: what it shows, its observations (or several files), the code it must give. */
interface Example {
  readonly code: string;
  readonly title: string;
  readonly observations?: readonly Obs[];
  readonly files?: Readonly<Record<string, readonly Obs[]>>;
}

const binjiang = (o: Obs): Obs => ({ jurisdiction: '330108', year: 2020, ...o });
const accepted = (value: string, more: Obs = {}): Obs =>
  binjiang({ indicator: 'reconsideration.accepted', value, ...more });
const domain = (member: string, value: string, more: Obs = {}): Obs =>
  accepted(value, { dimensions: { agencyDomain: member }, ...more });
const binjiang2019 = { ...accepted('96'), year: 2019 };
const xianning = (indicator: string, value: string, more: Obs = {}): Obs => ({
  jurisdiction: '421200',
  year: 2024,
  indicator,
  value,
  ...more,
});
const sheqi = (year: number, value: string, more: Obs = {}): Obs => ({
  jurisdiction: '411327',
  year,
  indicator: 'litigation.headAppearanceRate',
  value,
  ...more,
});
const nankai = (year: number, value: string, more: Obs = {}): Obs => ({
  jurisdiction: '120104',
  year,
  indicator: 'reconsideration.accepted',
  value,
  ...more,
});

export const EXAMPLES: readonly Example[] = [
  {
    code: 'unknown_dimension',
    title: 'a dimension id misspelt (滨江 "受理治安管理类案件13件")',
    observations: [accepted('13', { dimensions: { agencyDomian: 'publicSecurity' } })],
  },
  {
    code: 'unknown_member',
    title: 'a member id misspelt',
    observations: [domain('publicSecurty', '13')],
  },
  {
    code: 'invalid_measure',
    title: 'a share of no cell and no `shareOf` (only a total row’s 100% is a share of itself)',
    observations: [accepted('59'), accepted('22.0', { measure: 'share', unit: 'percent' })],
  },
  {
    code: 'invalid_period',
    title: '上海’s 2021-08-01 to 2022-07-31 window filed under the year it starts',
    observations: [
      {
        jurisdiction: '310000',
        year: 2021,
        indicator: 'reconsideration.received',
        value: '11533',
        period: { start: '2021-08-01', end: '2022-07-31' },
      },
    ],
  },
  {
    code: 'breakdown_mismatch',
    title: '滨江’s four domains (其他 makes them complete) adding to 60, not 59',
    observations: [
      accepted('59'),
      domain('publicSecurity', '13'),
      domain('marketRegulation', '21'),
      domain('expropriationAndResettlement', '6'),
      domain('other', '20'),
    ],
  },
  {
    code: 'part_exceeds_whole',
    title: 'a partial breakdown whose given parts exceed the total',
    observations: [accepted('59'), domain('publicSecurity', '13'), domain('marketRegulation', '51')],
  },
  {
    code: 'share_sum_mismatch',
    title: '滨江’s shares with 其他 printed 34.2 instead of 32.2 (the share itself is recomputed too)',
    observations: [
      accepted('59'),
      domain('publicSecurity', '13'),
      domain('marketRegulation', '21'),
      domain('expropriationAndResettlement', '6'),
      domain('other', '19'),
      domain('publicSecurity', '22.0', { measure: 'share', unit: 'percent' }),
      domain('marketRegulation', '35.6', { measure: 'share', unit: 'percent' }),
      domain('expropriationAndResettlement', '10.2', { measure: 'share', unit: 'percent' }),
      domain('other', '34.2', { measure: 'share', unit: 'percent' }),
    ],
  },
  {
    code: 'reported_rate_rounding',
    title:
      '上海 "占全市全部受案的10.1%": 959 of 9428 is 10.17%, 10.1 only truncated (`details.measure: "share"`)',
    observations: [
      { jurisdiction: '310000', year: 2022, indicator: 'reconsideration.accepted', value: '9428' },
      {
        jurisdiction: '310000',
        year: 2022,
        indicator: 'reconsideration.accepted',
        value: '959',
        coverage: 'ownLevel',
      },
      {
        jurisdiction: '310000',
        year: 2022,
        indicator: 'reconsideration.accepted',
        value: '10.1',
        unit: 'percent',
        coverage: 'ownLevel',
        measure: 'share',
        shareOf: { coverage: 'wholeArea' },
      },
    ],
  },
  {
    code: 'reported_rate_mismatch',
    title: '滨江’s 96 → 59 printed as a fall of 28.5% (it is 38.5%)',
    observations: [
      binjiang2019,
      accepted('59'),
      accepted('-28.5', { measure: 'yoyPercent', unit: 'percent' }),
    ],
  },
  {
    code: 'ambiguous_change',
    title: '社旗 "出庭应诉率为84.8%，比2015年上升13.4%": 13.4 points, or 18.8 per cent? (`details.readings`)',
    observations: [sheqi(2015, '71.4'), sheqi(2016, '84.8'), sheqi(2016, '13.4', { measure: 'yoyPercent' })],
  },
  {
    code: 'ambiguous_change',
    title: '"增长了2倍" of 12 → 24: strictly ×3, the figures give ×2 (`details.reading: "ratio"`)',
    observations: [
      nankai(2013, '12'),
      nankai(2014, '24'),
      nankai(2014, '2', { measure: 'yoyGrowthTimes', unit: 'multiple' }),
    ],
  },
  {
    code: 'approximate_value_far',
    title: '咸宁’s 44180 of 45771 (96.52%) printed as 约94%: more than one unit of its last digit away',
    observations: [
      xianning('mediation.cases', '45771'),
      xianning('mediation.succeeded', '44180'),
      xianning('mediation.successRate', '94', { qualifier: 'approx' }),
    ],
  },
  {
    code: 'corroborated',
    title: '滨江’s text and its 表一 合计 row print the same 59',
    observations: [
      accepted('59', { source: { report: 'r', quote: '受理59件' } }),
      accepted('59', { source: { report: 'r', quote: '合计 | 96 | 59 | 100.0% | -38.5% |' } }),
    ],
  },
  {
    code: 'duplicate_observation',
    title: 'one quote entered twice',
    observations: [
      accepted('59', { source: { report: 'r', quote: '受理59件' } }),
      accepted('59', { source: { report: 'r', quote: '受理59件' } }),
    ],
  },
  {
    code: 'conflicting_observation',
    title:
      'a panel: the 2020 report restates 2019 as 96, the 2019 report printed 95 (`validateDatasets`, a folder)',
    files: {
      '2019.json': [{ ...accepted('95', { source: { report: 'r', quote: '受理95件' } }), year: 2019 }],
      '2020.json': [{ ...binjiang2019, source: { report: 'r', quote: '合计 | 96 | 59 |' } }, accepted('59')],
    },
  },
];

const TODAY = { today: '2026-06-01', rules: { plausibility: false } } as const;

/** The issues an example gives, in order: one dataset's, or a panel's own. */
export function run(example: Example): readonly Issue[] {
  if (example.files !== undefined) {
    const names = Object.keys(example.files);
    const datasets = names.map((n) => ({ observations: example.files?.[n] }));
    const r = validateDatasets(datasets, { ...TODAY, names });
    return [...r.datasets.flatMap((d) => d.result.issues), ...r.issues];
  }
  return validateDataset({ observations: example.observations }, TODAY).issues;
}

const json = (o: Obs) => JSON.stringify(o);

/** The markdown of the section, between its markers. */
export function renderExamples(): string {
  const out: string[] = [];
  for (const x of EXAMPLES) {
    out.push(`#### \`${x.code}\` — ${x.title}`, '', x.files === undefined ? '```json' : '```text');
    if (x.files === undefined) for (const o of x.observations ?? []) out.push(json(o));
    else
      for (const [name, list] of Object.entries(x.files))
        for (const o of list) out.push(`${name}: ${json(o)}`);
    out.push('```', '', '```text');
    for (const i of run(x)) {
      const file = typeof i.details?.file === 'string' ? `${i.details.file} ` : '';
      out.push(`${i.severity} ${i.code} at ${file}${i.path}`, `  ${i.message}`, `  ${i.messageZh}`);
    }
    out.push('```', '');
  }
  return out.join('\n');
}

const DOC = 'docs/validation.md';
const START = '<!-- code-examples:start (npx tsx scripts/validation-examples.ts --write) -->';
const END = '<!-- code-examples:end -->';

/** The section as docs/validation.md holds it. */
export function documentedExamples(): string {
  const text = readFileSync(DOC, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  return a < 0 || b < a ? '' : text.slice(a + START.length + 1, b);
}

/** Rewrites the section of docs/validation.md. */
export function writeExamples(): void {
  const text = readFileSync(DOC, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${DOC} has no ${START} … ${END} markers`);
  writeFileSync(DOC, `${text.slice(0, a + START.length)}\n${renderExamples()}${text.slice(b)}`);
}
