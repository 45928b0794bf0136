import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetSchema } from '../../src/model/dataset.js';
import {
  type CollectionName,
  datasetFiles,
  figures,
  figuresModelledPercent,
  modelledPercent,
  modelledReports,
  type NumberTally,
  ROOT,
  reportNumbers,
  tally,
} from './support.js';

/** docs/corpus.md, whose coverage table sits between these two markers. */
export const CORPUS_DOC = join(ROOT, 'docs', 'corpus.md');
const START = '<!-- coverage-table:start -->\n';
const END = '<!-- coverage-table:end -->';

const row = (name: string, t: NumberTally, observations: number | string) =>
  `| ${name} | ${t.numbers} | ${t.notFigures} | ${figures(t)} | ${t.modelled} | ${t.notModelled - t.notFigures} | ${t.uncovered} | ${figuresModelledPercent(t)} | ${modelledPercent(t)} | ${observations} |`;

/**
 * The Markdown table of a collection's coverage: per report and in total, its numbers, the ones that are no figures,
 * its figures, how many are modelled, figures left out, uncovered numbers, both shares and its observations.
 */
export function coverageTable(name: CollectionName): string {
  const files = datasetFiles([name]).map((f) => ({ ...f, dataset: DatasetSchema.parse(f.json) }));
  const lines = [
    '| report | numbers | not figures | figures | modelled | figures not modelled | uncovered | % of figures modelled | % of numbers modelled | observations |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const all = [];
  for (const r of modelledReports(files)) {
    const numbers = reportNumbers(r);
    all.push(...numbers);
    const observations = r.datasets.reduce(
      (n, d) => n + d.observations.filter((o) => o.source?.report === r.report).length,
      0,
    );
    lines.push(row(r.report, tally(numbers), observations));
  }
  lines.push(row('**total**', tally(all), ''));
  return `${lines.join('\n')}\n`;
}

/** The coverage table docs/corpus.md prints now (between its markers). */
export function documentedCoverageTable(): string {
  const text = readFileSync(CORPUS_DOC, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error('docs/corpus.md has no coverage-table markers');
  return text.slice(start + START.length, end);
}

/** Rewrites the coverage table of docs/corpus.md with the measured one. */
export function writeCoverageTable(): void {
  const text = readFileSync(CORPUS_DOC, 'utf8');
  const start = text.indexOf(START) + START.length;
  writeFileSync(CORPUS_DOC, text.slice(0, start) + coverageTable('corpus') + text.slice(text.indexOf(END)));
}
