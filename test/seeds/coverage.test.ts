import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/model/dataset.js';
import {
  coveredSpans,
  datasetFiles,
  loadReportText,
  quotesFor,
  reportBody,
  reportIds,
  scanNumbers,
  uncoveredNumbers,
} from './support.js';

// Each dataset's reports; a report is covered by the quotes of the dataset(s) that list it.
const datasets = datasetFiles().map(({ file, json }) => ({ file, dataset: DatasetSchema.parse(json) }));
const reports = datasets.flatMap(({ file, dataset }) =>
  (dataset.reports ?? []).map((r) => ({ file, report: r.id, dataset })),
);

describe('support: number scanning', () => {
  it('finds integers, decimals and 万/亿 magnitudes with their positions', () => {
    const found = scanNumbers('共1.5万余名,671.14万元,2024年,5亿');
    expect(found.map((n) => n.text)).toEqual(['1.5万', '671.14万', '2024', '5亿']);
    expect(found[1]?.start).toBe('共1.5万余名,'.length);
  });

  it('reports a number outside every quote and accepts one inside a repeated quote', () => {
    const text = '办结15件,办结15件,受理19件';
    const spans = coveredSpans(text, ['办结15件']);
    expect(uncoveredNumbers(text, spans).map((n) => n.text)).toEqual(['19']);
  });

  it('drops only the trailing 分享到 fragment', () => {
    expect(reportBody('正文2025年\n分享到:')).toBe('正文2025年');
    expect(reportBody('正文2025年')).toBe('正文2025年');
  });
});

describe('seed coverage: every number in digits is modelled or listed as not modelled', () => {
  it('models every seed report in some dataset', () => {
    const modelled = new Set(reports.map((r) => r.report));
    expect(reportIds().filter((id) => !modelled.has(id))).toEqual([]);
  });

  describe.each(reports)('$report ($file)', ({ report, dataset }) => {
    it('leaves no number uncovered', () => {
      const text = reportBody(loadReportText(report));
      const uncovered = uncoveredNumbers(text, coveredSpans(text, quotesFor(dataset, report)));
      expect(uncovered.map((n) => `${n.text} @${n.start}: …${n.context}…`)).toEqual([]);
    });
  });
});
