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

  it('reads 截至 dates (a flow counts the year up to it, a stock stands at it), 截至目前 with the report date, and 累计', () => {
    expect(pick('截至11月30日,全市受理调解案件6368件。在矫人员55人。')).toEqual([
      {
        indicator: 'mediation.cases',
        value: '6368',
        unit: 'cases',
        period: { start: '2024-01-01', end: '2024-11-30' },
      },
      { indicator: 'communityCorrection.enrolled', value: '55', unit: 'people', asOf: '2024-11-30' },
    ]);
    expect(pick('截至年底,全县调处矛盾纠纷490件。')).toEqual([
      { indicator: 'mediation.cases', value: '490', unit: 'cases' },
    ]);
    expect(pick('截至目前,累计办理法律援助案件596件。', { asOf: '2025-01-05' })).toEqual([
      { indicator: 'legalAid.cases', value: '596', unit: 'cases', asOf: '2025-01-05', cumulative: true },
    ]);
    expect(pick('自2019年以来累计办理法律援助案件596件。')).toEqual([
      { indicator: 'legalAid.cases', value: '596', unit: 'cases', cumulative: true, since: '2019' },
    ]);
  });

  it('reads windows: months, two days, a month to now, a five-year plan, and carries them through the paragraph', () => {
    const window = (start: string, end: string) => ({ period: { start, end } });
    expect(pick('今年1—4月,共办理法律援助案件3224件。其中刑事案件775件。\n全年办理公证106件。')).toEqual([
      { indicator: 'legalAid.cases', value: '3224', unit: 'cases', ...window('2024-01-01', '2024-04-30') },
      expect.objectContaining({ value: '775', ...window('2024-01-01', '2024-04-30') }),
      { indicator: 'notarization.cases', value: '106', unit: 'cases' },
    ]);
    expect(pick('2023年8月1日至2024年7月31日,共收到行政复议申请案件1153件。')).toEqual([
      {
        indicator: 'reconsideration.received',
        value: '1153',
        unit: 'cases',
        ...window('2023-08-01', '2024-07-31'),
      },
    ]);
    expect(pick('自3月以来,开展警示教育集中宣讲8次。')[0]).toMatchObject(window('2024-03-01', '2024-12-31'));
    expect(
      extractObservations('“十四五”期间,全市调解成功率达98.16%。', { ...opts, year: 2025 }).dataset
        .observations[0],
    ).toMatchObject(window('2021-01-01', '2025-12-31'));
  });

  it('gives figures of a report of part of the year that part, from periodEnd or a window in the title', () => {
    expect(pick('今年以来,办理公证案件4231件。', { periodEnd: '2024-10-11' })).toEqual([
      {
        indicator: 'notarization.cases',
        value: '4231',
        unit: 'cases',
        period: { start: '2024-01-01', end: '2024-10-11' },
      },
    ]);
    expect(pick('某市2024年1-6月法律援助工作进展\n共办理法律援助案件300件。')).toEqual([
      {
        indicator: 'legalAid.cases',
        value: '300',
        unit: 'cases',
        period: { start: '2024-01-01', end: '2024-06-30' },
      },
    ]);
  });

  it('reads 累计 as a running total only when a start is in sight', () => {
    expect(pick('全县各镇调委会累计调解矛盾纠纷280件。')).toEqual([
      {
        indicator: 'mediation.cases',
        value: '280',
        unit: 'cases',
        dimensions: { committeeType: 'township' },
      },
    ]);
    expect(pick('试点以来全市共办理法律援助案件603件。')[0]).toMatchObject({ cumulative: true });
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

  it('reads 热线 before 满意率 as the hotline cell of the satisfaction rate, not part of its name', () => {
    const dims = (text: string) => pick(text).map((o) => o.dimensions);
    expect(dims('热线满意率达到98%。')).toEqual([{ consultationChannel: 'hotline' }]);
    expect(dims('公共法律服务满意率达到98%。')).toEqual([undefined]);
  });

  it('reads a bound a norm sets, or a figure being planned, as a target, not a result', () => {
    const norm = extractObservations('全市规定行政机关负责人出庭应诉率不低于90%。', opts);
    expect(norm.dataset.observations).toEqual([]);
    expect(norm.unmatched.map((u) => u.reason)).toEqual(['target']);
    expect(pick('全市行政机关负责人出庭应诉率不低于90%。')).toHaveLength(1);
    const planned = extractObservations('谋划新建法律援助工作站6个。', opts);
    expect(planned.dataset.observations).toEqual([]);
    expect(planned.unmatched.map((u) => u.reason)).toEqual(['target']);
    expect(pick('新建法律援助工作站6个。')).toHaveLength(1);
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
