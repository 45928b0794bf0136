import { describe, expect, it } from 'vitest';
import { getIndicator } from '../../src/catalog/default-catalog.js';
import { getDivision } from '../../src/divisions/index.js';
import { type Dataset, DatasetSchema } from '../../src/model/dataset.js';
import type { Indicator } from '../../src/model/indicator.js';
import { isUnit } from '../../src/model/unit.js';
import { measureUnit } from '../../src/validate/rules/measure-values.js';
import { collection, corpusIndex, datasetFiles, loadReportText, occurrences } from './support.js';

const files = datasetFiles();

const corpus = new Map(corpusIndex().map((e) => [e.file.replace(/\.txt$/u, ''), e]));

describe('seed and corpus datasets', () => {
  it('exist', () => {
    expect(files.filter((f) => f.collection === 'seeds').length).toBeGreaterThan(0);
  });

  describe.each(files)('$collection/$file', ({ collection: from, file, json }) => {
    const parsed = DatasetSchema.safeParse(json);

    it('parses with DatasetSchema', () => {
      expect(parsed.error?.issues ?? []).toEqual([]);
    });

    if (!parsed.success) return;
    const dataset: Dataset = parsed.data;
    const reportIds = new Set((dataset.reports ?? []).map((r) => r.id));
    const codes = new Set((dataset.jurisdictions ?? []).map((j) => j.code));

    it('names its file after its (first) report’s jurisdiction and year', () => {
      const report = dataset.reports?.[0];
      expect(report).toBeDefined();
      expect(file).toBe(`${report?.jurisdiction}-${report?.year}.json`);
      expect(report?.file).toBe(`${collection(from).reportsPath}/${report?.id}.txt`);
    });

    if (from === 'corpus') {
      it('agrees with the corpus index on jurisdiction and year', () => {
        const report = dataset.reports?.[0];
        const entry = corpus.get(report?.id ?? '');
        expect(entry, `${report?.id} in seeds/corpus/index.json`).toBeDefined();
        expect({ jurisdiction: report?.jurisdiction, year: report?.year }).toEqual({
          jurisdiction: entry?.divisionCode,
          year: entry?.year,
        });
      });
    }

    it('declares every jurisdiction it uses', () => {
      const used = [
        ...dataset.observations.map((o) => o.jurisdiction),
        ...(dataset.targets ?? []).map((t) => t.jurisdiction),
        ...(dataset.reports ?? []).map((r) => r.jurisdiction),
      ];
      expect(used.filter((c) => !codes.has(c))).toEqual([]);
    });

    it('describes each jurisdiction as the division table does (name, level, parent)', () => {
      for (const j of dataset.jurisdictions ?? []) {
        const d = getDivision(j.code);
        expect(d, j.code).toBeDefined();
        expect({ name: j.name, level: j.level, parent: j.parent }).toEqual({
          name: d?.name,
          level: d?.level,
          parent: d?.parent,
        });
      }
    });

    it('quotes every figure exactly from its report', () => {
      const bad: string[] = [];
      const check = (report: string, quote: string, where: string) => {
        if (!reportIds.has(report)) {
          bad.push(`${where}: unknown report ${report}`);
          return;
        }
        if (occurrences(loadReportText(report), quote).length === 0) bad.push(`${where}: ${quote}`);
      };
      dataset.observations.forEach((o, i) => {
        if (!o.source) bad.push(`observations[${i}]: no source`);
        else check(o.source.report, o.source.quote, `observations[${i}]`);
      });
      (dataset.targets ?? []).forEach((t, i) => {
        if (!t.source) bad.push(`targets[${i}]: no source`);
        else check(t.source.report, t.source.quote, `targets[${i}]`);
      });
      (dataset.notModelled ?? []).forEach((n, i) => {
        check(n.report, n.quote, `notModelled[${i}]`);
      });
      expect(bad).toEqual([]);
    });

    const lookup = (id: string): Indicator | undefined =>
      getIndicator(id) ?? dataset.indicators?.find((d) => d.id === id);

    it('uses only known indicators, in their units', () => {
      const bad: string[] = [];
      const figures = [
        ...dataset.observations.map((o, i) => ({ where: `observations[${i}]`, f: o })),
        ...(dataset.targets ?? []).map((t, i) => ({ where: `targets[${i}]`, f: t })),
      ];
      for (const { where, f } of figures) {
        const def = lookup(f.indicator);
        if (!def) {
          bad.push(`${where}: unknown indicator ${f.indicator}`);
          continue;
        }
        // A share or a change is in the unit of its measure (per cent, points, 倍), a level in the indicator's.
        const expected = 'measure' in f ? measureUnit(f.measure, def) : def.unit;
        if (f.unit === undefined) bad.push(`${where}: no unit (expected ${expected})`);
        else if (!isUnit(f.unit)) bad.push(`${where}: unknown unit ${f.unit}`);
        else if (f.unit !== expected) bad.push(`${where}: unit ${f.unit} ≠ ${expected} (${f.indicator})`);
      }
      expect(bad).toEqual([]);
    });
  });
});
