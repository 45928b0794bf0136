import { describe, expect, it } from 'vitest';
import { extractObservations } from '../../src/extract/extract.js';

const opts = { jurisdiction: '433126', year: 2024, report: 'r' } as const;
const pick = (text: string, extra = {}) =>
  extractObservations(text, { ...opts, ...extra }).dataset.observations.map((o) => {
    const { source, jurisdiction, year, ...rest } = o;
    return year === 2024 ? rest : { year, ...rest };
  });

describe('extractObservations', () => {
  it('maps the subject before a figure (审结…案件135件) and the domain of the passage', () => {
    expect(pick('行政复议方面,审结行政复议案件135件,其中维持32件。')).toEqual([
      { indicator: 'reconsideration.concluded', value: '135', unit: 'cases' },
      { indicator: 'reconsideration.upheld', value: '32', unit: 'cases' },
    ]);
    expect(pick('行政诉讼方面,全年审结61件。')).toEqual([
      { indicator: 'litigation.concluded', value: '61', unit: 'cases' },
    ]);
  });

  it('maps the counted noun after the measure word (518名法治副校长)', () => {
    expect(pick('聘任518名法治副校长。')).toEqual([
      { indicator: 'legalPublicity.schoolViceprincipals', value: '518', unit: 'people' },
    ]);
  });

  it('keeps qualifiers, and reads 万元 in yuan', () => {
    expect(pick('为受援人挽回经济损失100余万元。')).toEqual([
      { indicator: 'legalAid.lossesRecovered', value: '1000000', unit: 'yuan', qualifier: 'moreThan' },
    ]);
  });

  it('reads 截至 dates, 截至目前 with the report date, and 累计', () => {
    expect(pick('截至11月30日,全市受理调解案件6368件。')).toEqual([
      { indicator: 'mediation.cases', value: '6368', unit: 'cases', asOf: '2024-11-30' },
    ]);
    expect(pick('截至目前,累计办理法律援助案件596件。', { asOf: '2025-01-05' })).toEqual([
      { indicator: 'legalAid.cases', value: '596', unit: 'cases', asOf: '2025-01-05', cumulative: true },
    ]);
    expect(pick('自2019年以来累计办理法律援助案件596件。')).toEqual([
      { indicator: 'legalAid.cases', value: '596', unit: 'cases', cumulative: true, since: '2019' },
    ]);
  });

  it('gives a sentence that opens with an earlier year that year', () => {
    expect(pick('2023年,共受理行政复议案件19件。')).toEqual([
      { year: 2023, indicator: 'reconsideration.accepted', value: '19', unit: 'cases' },
    ]);
  });

  it('sends ambiguous figures to unmatched with their candidates, never guessing', () => {
    const { unmatched, dataset } = extractObservations('办结15件。', opts);
    expect(dataset.observations).toEqual([]);
    expect(unmatched[0]?.reason).toBe('ambiguous');
    expect(unmatched[0]?.candidates?.map((c) => c.indicator)).toEqual(
      expect.arrayContaining(['reconsideration.concluded', 'litigation.concluded']),
    );
  });

  it('keeps plan figures out of the results', () => {
    const { unmatched, dataset } = extractObservations('争取乡镇智能服务覆盖率达到100%。', opts);
    expect(dataset.observations).toEqual([]);
    expect(unmatched[0]?.reason).toBe('target');
  });

  it('says why each other figure is not an observation, in English and Chinese', () => {
    const { unmatched } = extractObservations('根据《2024年版清单》第3批,拨打12345热线。', opts);
    expect(unmatched.map((u) => u.reason)).toEqual(['title', 'ordinal', 'code']);
    for (const u of unmatched) expect(u.messageZh).not.toBe(u.message);
  });

  it('drops figures below the confidence asked for into low_confidence', () => {
    const text = '组织70余名单位主要负责人完成专题述法。';
    expect(extractObservations(text, opts).dataset.observations).toHaveLength(1);
    const strict = extractObservations(text, { ...opts, minConfidence: 0.9 });
    expect(strict.dataset.observations).toHaveLength(0);
    expect(strict.unmatched[0]?.reason).toBe('low_confidence');
  });
});
