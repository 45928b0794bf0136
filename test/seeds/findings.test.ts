// What `fazhi validate seeds` (the README's main job) finds in the seeds and the corpus, each finding explained in
// docs/corpus.md or docs/seeds.md with the quote that causes it: a new finding fails here until it is documented.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDatasets } from '../../src/validate/validate-datasets.js';

const FOLDERS = ['seeds/corpus/data', 'seeds/data'];
const files = FOLDERS.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(d, f)),
);
const docs = readFileSync('docs/corpus.md', 'utf8') + readFileSync('docs/seeds.md', 'utf8');
/** The text of the documents as the docs quote it: a line break inside a table quote is written ⏎. */
const asDocs = (quote: string) => quote.replace(/\n+/g, '⏎');

/** Every finding: file, severity, code, path, and the words of the docs that explain it. */
const EXPECTED: [string, string, string, string, string][] = [
  [
    'seeds/corpus/data/310000-2022.json',
    'warning',
    'reported_rate_rounding',
    'observations[10].value',
    '占全市全部受案的10.1%',
  ],
  [
    'seeds/corpus/data/330108-2020.json',
    'info',
    'corroborated',
    'observations[72].value',
    '合计 | 96 | 59 | 100.0% | -38.5% |',
  ],
  [
    'seeds/corpus/data/330108-2020.json',
    'info',
    'corroborated',
    'observations[74].value',
    '合计 | 96 | 59 | 100.0% | -38.5% |',
  ],
  [
    'seeds/corpus/data/341100-2021.json',
    'warning',
    'reported_rate_rounding',
    'observations[1].value',
    '占全年案件目标任务的51.37%',
  ],
  [
    'seeds/corpus/data/420000-2020.json',
    'warning',
    'published_before_period_end',
    'reports[0].published',
    '发布时间:2020-12-30',
  ],
  ['seeds/corpus/data/420000-2020.json', 'info', 'corroborated', 'observations[42].value', '合计⏎376⏎250'],
  ['seeds/corpus/data/420000-2020.json', 'info', 'corroborated', 'observations[43].value', '合计⏎376⏎250'],
  [
    'seeds/corpus/data/420000-2020.json',
    'info',
    'corroborated',
    'observations[44].value',
    '武汉市⏎2220⏎1795',
  ],
  [
    'seeds/corpus/data/610824-2017.json',
    'warning',
    'reported_rate_rounding',
    'observations[5].value',
    '调解成功率达92.8%',
  ],
  ['seeds/data/421200-2024.json', 'warning', 'reported_rate_rounding', 'observations[47].value', '成功率96%'],
];

describe('fazhi validate seeds: the findings on the seeds and the corpus', () => {
  const data = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as unknown);
  const result = validateDatasets(data, { names: files, today: '2026-06-01' });

  it('has no error, and exactly the findings the docs explain', () => {
    expect(result.ok).toBe(true);
    const found = result.datasets.flatMap((d) =>
      d.result.issues.map((i) => [d.name, i.severity, i.code, i.path]),
    );
    expect(found).toEqual(EXPECTED.map(([file, severity, code, path]) => [file, severity, code, path]));
    // Across the files: the seeds and the corpus share no jurisdiction-year, so the panel adds nothing.
    expect(result.issues).toEqual([]);
  });

  it('quotes each finding in the docs, with its code', () => {
    for (const [file, , code, path, words] of EXPECTED) {
      expect(docs, `${file} ${code}`).toContain(words);
      expect(docs, code).toContain(`\`${code}\``);
      const index = /^observations\[(\d+)\]/.exec(path)?.[1];
      if (index === undefined) continue;
      const dataset = JSON.parse(readFileSync(file, 'utf8')) as {
        observations: { source?: { quote?: string } }[];
      };
      const quote = dataset.observations[Number(index)]?.source?.quote ?? '';
      expect(asDocs(quote), `${file} ${path}`).toContain(words);
    }
  });
});
