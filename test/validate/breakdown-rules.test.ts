// Breakdowns by dimension, shares, changes and approximate figures, on figures of the development corpus.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dimension } from '../../src/model/dimension.js';
import type { Observation } from '../../src/model/observation.js';
import { rate } from '../../src/rate.js';
import { ROUNDING_MODES } from '../../src/rounding.js';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { validateDatasets } from '../../src/validate/validate-datasets.js';

const TODAY = { today: '2026-06-01' };
type Obs = Partial<Observation> & Pick<Observation, 'indicator' | 'value'>;
const at =
  (jurisdiction: string, year: number) =>
  (o: Obs): Observation => ({ jurisdiction, year, ...o });
// Year-over-year jumps (an info) are another rule's business.
const run = (observations: Observation[], extra: Record<string, unknown> = {}) =>
  validateDataset({ observations, ...extra }, { ...TODAY, rules: { plausibility: false } }).issues;
const codes = (observations: Observation[], extra: Record<string, unknown> = {}) =>
  run(observations, extra).map((i) => [i.code, i.path]);

// 滨江区 2020: "受理治安管理类案件13件 … 工商投诉举报类受理21件 … 征迁安置类新收6件 … 其他各类案件新收19件" of 59.
const binjiang = at('330108', 2020);
const domain = (m: string, value: string, more: Obs | object = {}) =>
  binjiang({ indicator: 'reconsideration.accepted', value, dimensions: { agencyDomain: m }, ...more });
const binjiangDomains = [
  binjiang({ indicator: 'reconsideration.accepted', value: '59' }),
  domain('publicSecurity', '13'),
  domain('marketRegulation', '21'),
  domain('expropriationAndResettlement', '6'),
  domain('other', '19'),
];

describe('breakdowns by dimension', () => {
  it('a breakdown with 其他 is complete and adds up (滨江 13 + 21 + 6 + 19 = 59)', () => {
    expect(codes(binjiangDomains)).toEqual([]);
  });

  it('catches a complete breakdown that does not add up', () => {
    const bad = [...binjiangDomains.slice(0, 4), domain('other', '20')];
    const issues = run(bad);
    expect(issues.map((i) => [i.code, i.path])).toEqual([['breakdown_mismatch', 'observations[0].value']]);
    expect(issues[0]?.message).toContain('by agencyDomain');
    expect(issues[0]?.details?.sum).toBe('[60, 60]');
  });

  it('checks a partial breakdown only as parts ≤ total, never as a sum', () => {
    expect(codes(binjiangDomains.slice(0, 3))).toEqual([]);
    expect(codes([...binjiangDomains.slice(0, 2), domain('marketRegulation', '47')])).toEqual([
      ['part_exceeds_whole', 'observations[0].value'],
    ]);
  });

  it('reads the units of a table as a dataset dimension, complete when every unit is given (表一 2019: 96)', () => {
    const units = [
      ['marketRegulationBureau', '30'],
      ['publicSecurityBranch', '6'],
      ['housingBureau', '2'],
      ['humanResourcesBureau', '6'],
      ['xixingStreet', '2'],
      ['puyanStreet', '19'],
      ['urbanManagementBureau', '7'],
      ['civilAffairsBureau', '0'],
      ['districtGovernment', '4'],
      ['planningBranch', '7'],
      ['emergencyBureau', '1'],
      ['financeBureau', '1'],
      ['ecologyBranch', '1'],
      ['changheStreet', '10'],
    ] as const;
    const dimension: Dimension = {
      id: 'respondentUnit',
      name: '被申请人单位',
      nameEn: 'Respondent unit',
      indicators: ['reconsideration.accepted'],
      members: units.map(([id]) => ({ id, name: id, nameEn: id })),
    };
    const y2019 = at('330108', 2019);
    const table = (total: string) => [
      y2019({ indicator: 'reconsideration.accepted', value: total }),
      ...units.map(([m, v]) =>
        y2019({ indicator: 'reconsideration.accepted', value: v, dimensions: { respondentUnit: m } }),
      ),
    ];
    expect(codes(table('96'), { dimensions: [dimension] })).toEqual([]);
    expect(codes(table('95'), { dimensions: [dimension] })).toEqual([
      ['breakdown_mismatch', 'observations[0].value'],
    ]);
    // A top-five list is no classification: giving all its members does not complete it.
    expect(codes(table('95'), { dimensions: [{ ...dimension, exhaustive: false }] })).toEqual([
      ['part_exceeds_whole', 'observations[0].value'],
    ]);
  });

  it('completes a breakdown the report says is complete, and adds a uniting member once (宁波 2023)', () => {
    const ningbo = at('330200', 2023);
    const cases = (v: string, more: Obs | object = {}) =>
      ningbo({ indicator: 'legalAid.cases', value: v, ...more });
    const parts = [
      cases('362', { dimensions: { caseType: 'criminal' } }),
      cases('761', { dimensions: { caseType: 'civilOrAdministrative' } }),
    ];
    expect(codes([cases('1123', { breakdownComplete: ['caseType'] }), ...parts])).toEqual([]);
    expect(codes([cases('1124', { breakdownComplete: ['caseType'] }), ...parts])).toEqual([
      ['breakdown_mismatch', 'observations[0].value'],
    ]);
    // Without the report's word the breakdown may lack 法律帮助 and the rest: only ≤ is checked.
    expect(codes([cases('1124'), ...parts])).toEqual([]);
    // 民事(行政) = 民事 + 行政 is checked on its own.
    expect(
      codes([
        cases('1123', { breakdownComplete: ['caseType'] }),
        ...parts,
        cases('700', { dimensions: { caseType: 'civil' } }),
        cases('70', { dimensions: { caseType: 'administrative' } }),
      ]),
    ).toEqual([['breakdown_mismatch', 'observations[2].value']]);
  });

  it('holds each cell of a two-way table within its margins', () => {
    const cell = (m: string, v: string) =>
      binjiang({
        indicator: 'reconsideration.accepted',
        value: v,
        dimensions: { agencyDomain: 'publicSecurity', matter: m },
      });
    expect(
      codes([...binjiangDomains, cell('administrativePenalty', '9'), cell('informationDisclosure', '4')]),
    ).toEqual([]);
    expect(codes([...binjiangDomains, cell('administrativePenalty', '15')])).toEqual([
      ['part_exceeds_whole', 'observations[5].value'],
    ]);
  });

  it('takes a catalog indicator and the cell it is for the same figure (legalAid.criminalCases)', () => {
    const ningbo = at('330200', 2023);
    expect(
      codes([
        ningbo({ indicator: 'legalAid.criminalCases', value: '362' }),
        ningbo({ indicator: 'legalAid.cases', value: '360', dimensions: { caseType: 'criminal' } }),
      ]),
    ).toEqual([['conflicting_observation', 'observations[1].value']]);
  });

  it('does not add a part of a committee type to the type it belongs to (黄石: 行业性 with 交通事故, 医疗)', () => {
    const huangshi = at('420200', 2020);
    const c = (m: string, v: string) =>
      huangshi({ indicator: 'mediation.committees', value: v, dimensions: { committeeType: m } });
    expect(
      codes([
        huangshi({ indicator: 'mediation.committees', value: '1127' }),
        c('village', '972'),
        c('township', '49'),
        c('enterprise', '81'),
        c('trafficAccident', '6'),
        c('medical', '2'),
        c('labour', '1'),
      ]),
    ).toEqual([]);
  });
});

describe('shares', () => {
  const share = (m: string, v: string) => domain(m, v, { measure: 'share' as const });

  it('recomputes shares of a breakdown and their sum (滨江: 22.0 35.6 10.2 32.2)', () => {
    const shares = [share('publicSecurity', '22.0'), share('marketRegulation', '35.6')];
    shares.push(share('expropriationAndResettlement', '10.2'), share('other', '32.2'));
    expect(codes([...binjiangDomains, ...shares])).toEqual([]);
    const wrong = [...binjiangDomains, ...shares.slice(0, 3), share('other', '34.2')];
    expect(codes(wrong).map((c) => c[0])).toEqual(['share_sum_mismatch', 'reported_rate_mismatch']);
  });

  it('accepts a total row printed as 100% beside shares that add to 100.1 (滨江 表一: 合计 | 96 | 59 | 100.0%)', () => {
    const total = (v: string) =>
      binjiang({ indicator: 'reconsideration.accepted', value: v, measure: 'share' });
    // 22.0 + 35.6 + 10.2 + 32.2 = 100.0; the 表一 column printed 100.1 over its units, and 100.0 in its 合计 row.
    const shares = [share('publicSecurity', '22.0'), share('marketRegulation', '35.6')];
    shares.push(share('expropriationAndResettlement', '10.2'), share('other', '32.2'));
    expect(codes([...binjiangDomains, ...shares, total('100.0')])).toEqual([]);
    expect(codes([...binjiangDomains, total('100')])).toEqual([]);
    expect(
      codes([...binjiangDomains, { ...total('100.0'), shareOf: { indicator: 'reconsideration.accepted' } }]),
    ).toEqual([]);
    // Any other figure without a whole is a share of nothing named: the writer forgot its cell.
    expect(codes([...binjiangDomains, total('22.0')])).toEqual([
      ['invalid_measure', 'observations[5].measure'],
    ]);
  });

  it('finds the whole in another indicator, cell, coverage, jurisdiction or target (上海, 湖北, 滁州)', () => {
    const sh = at('310000', 2022);
    const window = { start: '2021-08-01', end: '2022-07-31' };
    const shanghai = [
      sh({ indicator: 'reconsideration.received', value: '11533', period: window }),
      sh({ indicator: 'reconsideration.accepted', value: '9428', period: window }),
      sh({
        indicator: 'reconsideration.accepted',
        value: '81.7',
        measure: 'share',
        period: window,
        shareOf: { indicator: 'reconsideration.received' },
      }),
      sh({ indicator: 'reconsideration.accepted', value: '959', period: window, coverage: 'ownLevel' }),
      sh({
        indicator: 'reconsideration.accepted',
        value: '10.1',
        measure: 'share',
        period: window,
        coverage: 'ownLevel',
        shareOf: { coverage: 'wholeArea' },
      }),
    ];
    // "市政府受案959件，占全市全部受案的10.1%": 959/9428 = 10.17%, so 10.1 is truncated.
    const found = run(shanghai);
    expect(found.map((i) => [i.code, i.path, i.details?.conventions])).toEqual([
      ['reported_rate_rounding', 'observations[4].value', ['truncate']],
    ]);
    expect(found[0]?.details?.measure).toBe('share');

    // "武汉市收到行政复议申请2220件，占全省新收行政复议申请总数的40.94%": the whole is 湖北省's, in another group.
    const hubei = [
      at('420000', 2020)({ indicator: 'reconsideration.received', value: '5422' }),
      at('420100', 2020)({ indicator: 'reconsideration.received', value: '2220' }),
      at(
        '420100',
        2020,
      )({
        indicator: 'reconsideration.received',
        value: '40.94',
        measure: 'share',
        shareOf: { jurisdiction: '420000' },
      }),
    ];
    expect(codes(hubei)).toEqual([]);
    expect(
      codes([
        hubei[0] as Observation,
        hubei[1] as Observation,
        { ...(hubei[2] as Observation), value: '41.94' },
      ]),
    ).toEqual([['reported_rate_mismatch', 'observations[2].value']]);

    // "今年1—4月…3224件，占全年案件目标任务的51.37%" of 6275: 51.378…, truncated.
    const cz = at('341100', 2021);
    const chuzhou = {
      targets: [
        { jurisdiction: '341100', year: 2021, indicator: 'legalAid.cases', comparator: '>=', value: '6275' },
      ],
    };
    const fourMonths = { start: '2021-01-01', end: '2021-04-30' };
    expect(
      run(
        [
          cz({ indicator: 'legalAid.cases', value: '3224', period: fourMonths }),
          cz({
            indicator: 'legalAid.cases',
            value: '51.37',
            measure: 'share',
            period: fourMonths,
            shareOf: { target: true },
          }),
        ],
        chuzhou,
      ).map((i) => [i.code, i.details?.conventions]),
    ).toEqual([['reported_rate_rounding', ['truncate']]]);
  });

  it('names the figure a misattributed share belongs to (南开: 撤回9件 … 占受理总数的17.8% is 终止13件)', () => {
    const nk = at('120104', 2014);
    const issues = run([
      nk({ indicator: 'reconsideration.accepted', value: '73' }),
      nk({ indicator: 'reconsideration.otherOutcome', value: '13', note: '终止13件' }),
      nk({ indicator: 'reconsideration.withdrawn', value: '9' }),
      nk({
        indicator: 'reconsideration.withdrawn',
        value: '17.8',
        measure: 'share',
        shareOf: { indicator: 'reconsideration.accepted' },
      }),
    ]);
    expect(issues.map((i) => [i.code, i.details?.alternativeIndicator])).toEqual([
      ['reported_rate_mismatch', 'reconsideration.otherOutcome'],
    ]);
  });

  it('never raises a false alarm for the shares of a complete breakdown, whatever the rounding', () => {
    const arb = fc.record({
      parts: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 2, maxLength: 12 }),
      places: fc.integer({ min: 0, max: 2 }),
      modes: fc.array(fc.constantFrom(...ROUNDING_MODES), { minLength: 12, maxLength: 12 }),
      oneMode: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ parts, places, modes, oneMode }) => {
        const total = parts.reduce((a, b) => a + b, 0);
        if (total === 0) return;
        const members = parts.map((_, k) => ({ id: `m${k}`, name: `第${k}类`, nameEn: `Kind ${k}` }));
        const dimension = {
          id: 'kind',
          name: '类别',
          nameEn: 'Kind',
          indicators: ['legalAid.cases'],
          members,
        };
        const y = at('330200', 2023);
        const observations = [
          y({ indicator: 'legalAid.cases', value: String(total) }),
          ...parts.map((p, k) =>
            y({ indicator: 'legalAid.cases', value: String(p), dimensions: { kind: `m${k}` } }),
          ),
          ...parts.map((p, k) =>
            y({
              indicator: 'legalAid.cases',
              measure: 'share',
              dimensions: { kind: `m${k}` },
              value: rate(p, total).toPercent(
                places,
                oneMode ? (modes[0] ?? 'half-up') : (modes[k] ?? 'half-up'),
              ),
            }),
          ),
        ];
        const found = validateDataset({ observations, dimensions: [dimension] }, TODAY).issues;
        // Truncated or half-even shares are reported as such (reported_rate_rounding), never as wrong.
        expect(found.filter((i) => i.code !== 'reported_rate_rounding')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('changes', () => {
  it('recomputes a 同比 against the base year of the same dataset (滨江: 96 → 59 is −38.5%, 6 → 13 is +116.7%)', () => {
    const y19 = at('330108', 2019);
    const base = [
      y19({ indicator: 'reconsideration.accepted', value: '96' }),
      y19({
        indicator: 'reconsideration.accepted',
        value: '6',
        dimensions: { agencyDomain: 'publicSecurity' },
      }),
    ];
    const changes = (total: string, cell: string) => [
      binjiang({ indicator: 'reconsideration.accepted', value: total, measure: 'yoyPercent' }),
      domain('publicSecurity', cell, { measure: 'yoyPercent' as const }),
    ];
    expect(codes([...base, ...binjiangDomains, ...changes('-38.5', '116.7')])).toEqual([]);
    const issues = run([...base, ...binjiangDomains, ...changes('-38.4', '116.7')]);
    expect(issues.map((i) => [i.code, i.details?.measure, i.details?.computed])).toEqual([
      ['reported_rate_mismatch', 'yoyPercent', '-38.5'],
    ]);
    // Unsorted: the base year after the change is found in a second look.
    expect(codes([...binjiangDomains, ...changes('-38.4', '116.7'), ...base]).map((c) => c[0])).toEqual([
      'reported_rate_mismatch',
    ]);
  });

  it('derives the base from a printed difference (湖北: 5422, 增加842件, 增幅18.38%)', () => {
    const hb = at('420000', 2020);
    const figures = (pct: string) => [
      hb({ indicator: 'reconsideration.received', value: '5422' }),
      hb({ indicator: 'reconsideration.received', value: '842', measure: 'yoyDifference' }),
      hb({ indicator: 'reconsideration.received', value: pct, measure: 'yoyPercent' }),
    ];
    expect(codes(figures('18.38'))).toEqual([]);
    expect(codes(figures('18.83'))).toEqual([['reported_rate_mismatch', 'observations[2].value']]);
  });

  it('leaves a change alone when its base year is not given (社旗: 69件, 同比上升76.9%)', () => {
    const sq = at('411327', 2016);
    expect(
      codes([
        sq({ indicator: 'litigation.cases', value: '69' }),
        sq({ indicator: 'litigation.cases', value: '76.9', measure: 'yoyPercent' }),
      ]),
    ).toEqual([]);
  });

  it('reads 是…的N倍 and 增长了N倍, and says when 增长了N倍 means ×N', () => {
    const nk = (year: number) => at('120104', year);
    const levels = [
      nk(2012)({ indicator: 'reconsideration.accepted', value: '7' }),
      nk(2013)({ indicator: 'reconsideration.accepted', value: '12' }),
      nk(2014)({ indicator: 'reconsideration.accepted', value: '73' }),
    ];
    const ratio = (v: string, baseYear: number) =>
      nk(2014)({ indicator: 'reconsideration.accepted', value: v, measure: 'yoyRatio', baseYear });
    // "案件受理数量是前年的10倍，是去年的6倍": 73/7 = 10.4, 73/12 = 6.1.
    expect(codes([...levels, ratio('10', 2012), ratio('6', 2013)])).toEqual([]);
    expect(codes([...levels, ratio('8', 2013)]).map((c) => c[0])).toEqual(['reported_rate_mismatch']);
    const times = (v: string) =>
      nk(2014)({
        indicator: 'reconsideration.accepted',
        value: v,
        measure: 'yoyGrowthTimes',
        baseYear: 2013,
      });
    const tripled = [
      nk(2013)({ indicator: 'reconsideration.accepted', value: '12' }),
      nk(2014)({ indicator: 'reconsideration.accepted', value: '36' }),
    ];
    expect(codes([...tripled, times('2')])).toEqual([]);
    const loose = run([...tripled, times('3')]);
    expect(loose.map((i) => [i.code, i.details?.reading])).toEqual([['ambiguous_change', 'ratio']]);
  });

  it('checks a change in percentage points, and a rate’s 上升N% that is really points (社旗, 铁岭)', () => {
    const rate84 = (year: number, v: string) =>
      at('411327', year)({ indicator: 'litigation.headAppearanceRate', value: v });
    const change = (measure: 'ppChange' | 'yoyPercent', v: string) =>
      at('411327', 2016)({ indicator: 'litigation.headAppearanceRate', value: v, measure });
    expect(codes([rate84(2015, '71.4'), rate84(2016, '84.8'), change('ppChange', '13.4')])).toEqual([]);
    expect(
      codes([rate84(2015, '71.4'), rate84(2016, '84.8'), change('ppChange', '12.4')]).map((c) => c[0]),
    ).toEqual(['reported_rate_mismatch']);
    // "出庭应诉率为84.8%，比2015年上升13.4%": 13.4 points, an 18.8% rise.
    const issues = run([rate84(2015, '71.4'), rate84(2016, '84.8'), change('yoyPercent', '13.4')]);
    expect(issues.map((i) => [i.code, i.details?.reading])).toEqual([
      ['ambiguous_change', 'percentagePoints'],
    ]);
    // Both readings are named: 13.4 points, or an 18.8% rise.
    expect(issues[0]?.details?.readings).toEqual({ percent: '18.8', percentagePoints: '13.4' });
    expect(issues[0]?.message).toContain('as 13.4 percentage points (71.4 → 84.8) it matches');
    expect(issues[0]?.message).toContain('as a change in per cent it would be 18.8%');
    expect(issues[0]?.messageZh).toContain('有两种读法');
    // A 上升18.8% is the relative reading, which matches: nothing to say.
    expect(codes([rate84(2015, '71.4'), rate84(2016, '84.8'), change('yoyPercent', '18.8')])).toEqual([]);
    // "上升18.8个百分点" where the figures rose 18.8%: the points were per cent.
    const points = run([rate84(2015, '71.4'), rate84(2016, '84.8'), change('ppChange', '18.8')]);
    expect(points.map((i) => [i.code, i.details?.reading])).toEqual([['ambiguous_change', 'percent']]);
    expect(points[0]?.message).toContain('in percentage points the change is 13.4');
    // Neither reading: a mismatch that still names both.
    const neither = run([rate84(2015, '71.4'), rate84(2016, '84.8'), change('yoyPercent', '15.0')]);
    expect(neither.map((i) => i.code)).toEqual(['reported_rate_mismatch']);
    expect(neither[0]?.message).toMatch(/gives 18\.8.*percentage points the change is 13\.4/);
    const neitherPoints = run([rate84(2015, '71.4'), rate84(2016, '84.8'), change('ppChange', '15.0')]);
    expect(neitherPoints.map((i) => i.code)).toEqual(['reported_rate_mismatch']);
    expect(neitherPoints[0]?.message).toContain('as a change in per cent it would be 18.8%');
  });

  it('checks a change against the base year printed by another file of the panel', () => {
    const r2019 = {
      observations: [at('330108', 2019)({ indicator: 'reconsideration.accepted', value: '96' })],
    };
    const r2020 = (pct: string) => ({
      observations: [
        binjiang({ indicator: 'reconsideration.accepted', value: '59' }),
        binjiang({
          indicator: 'reconsideration.accepted',
          value: pct,
          measure: 'yoyPercent',
          source: { report: 'r', quote: `同比去年下降${pct}%` },
        }),
      ],
    });
    const names = ['2019.json', '2020.json'];
    expect(validateDatasets([r2019, r2020('-38.5')], { ...TODAY, names }).issues).toEqual([]);
    const bad = validateDatasets([r2019, r2020('-28.5')], { ...TODAY, names }).issues;
    expect(bad.map((i) => [i.code, i.path, i.details?.file, i.details?.baseFile])).toEqual([
      ['reported_rate_mismatch', 'observations[1].value', '2020.json', '2019.json'],
    ]);
  });
});

describe('alternative basis', () => {
  // 湖北 2020: 新收5422件 … 涉及申请人3758人 … 受理3129件，受理率为57.71% (3129/5422).
  const hubei = at('420000', 2020);
  const figures = [
    hubei({ indicator: 'reconsideration.received', value: '5422' }),
    hubei({ indicator: 'reconsideration.applicants', value: '3758' }),
    hubei({ indicator: 'reconsideration.accepted', value: '3129' }),
  ];
  const printed = (v: string) => hubei({ indicator: 'reconsideration.acceptanceRate', value: v });

  it('accepts the rate its catalog basis gives (受理率 57.71% = 3129/5422)', () => {
    expect(codes([...figures, printed('57.71')])).toEqual([]);
  });

  it('names the count of the same scope that reproduces a rate no basis gives (83.26% = 3129 over 3758 applicants)', () => {
    const issues = run([...figures, printed('83.26')]);
    expect(issues.map((i) => [i.code, i.details?.alternativeIndicator, i.details?.alternativeRole])).toEqual([
      ['reported_rate_mismatch', 'reconsideration.applicants', 'denominator'],
    ]);
    expect(issues[0]?.message).toContain(
      '3129/3758 with reconsideration.applicants (3758) as the denominator',
    );
  });

  it('names none when no count of the scope reproduces it', () => {
    const issues = run([...figures, printed('60.00')]);
    expect(issues.map((i) => [i.code, i.details?.alternativeIndicator])).toEqual([
      ['reported_rate_mismatch', undefined],
    ]);
  });
});

describe('approximate figures', () => {
  it('holds a 约 total of a complete breakdown near the sum of its parts', () => {
    const about = (v: string) => [
      binjiang({ indicator: 'reconsideration.accepted', value: v, qualifier: 'approx' }),
      ...binjiangDomains.slice(1),
    ];
    expect(codes(about('60'))).toEqual([]);
    expect(codes(about('80'))).toEqual([['approximate_value_far', 'observations[0].value']]);
  });

  it('holds a 约 rate within one unit of its last printed digit (咸宁: 44180/45771 = 96.52%)', () => {
    const xianning = at('421200', 2024);
    const about = (v: string) => [
      xianning({ indicator: 'mediation.cases', value: '45771' }),
      xianning({ indicator: 'mediation.succeeded', value: '44180' }),
      xianning({ indicator: 'mediation.successRate', value: v, qualifier: 'approx' }),
    ];
    for (const near of ['97', '96', '96.5', '96.6']) expect(codes(about(near)), near).toEqual([]);
    for (const far of ['95', '98', '96.3', '96.7']) {
      const issues = run(about(far));
      expect(
        issues.map((i) => i.code),
        far,
      ).toEqual(['approximate_value_far']);
    }
  });

  it('holds a 约 change near what the levels give (滨江: 96 → 59 is −38.5%)', () => {
    const change = (v: string) =>
      binjiang({
        indicator: 'reconsideration.accepted',
        value: v,
        measure: 'yoyPercent',
        qualifier: 'approx',
      });
    const levels = [
      at('330108', 2019)({ indicator: 'reconsideration.accepted', value: '96' }),
      binjiang({ indicator: 'reconsideration.accepted', value: '59' }),
    ];
    // 约38%: within 1; 约40%: within 10 (its last non-zero digit is the tens').
    for (const near of ['-38', '-39', '-40']) expect(codes([...levels, change(near)]), near).toEqual([]);
    for (const far of ['-36', '-50'])
      expect(codes([...levels, change(far)]), far).toEqual([
        ['approximate_value_far', 'observations[2].value'],
      ]);
  });
});
