// Context across clauses: changes and shares whose subject stands earlier, whose figure it is (本级 or the whole
// area), and which cell the words around a figure name.
import { describe, expect, it } from 'vitest';
import { divisionLookup } from '../../src/divisions/index.js';
import { asOwnTier, coverageCue, ownNames, tierOf } from '../../src/extract/coverage.js';
import { type ExtractOptions, extractObservations } from '../../src/extract/extract.js';

const read = (text: string, options: Partial<ExtractOptions> = {}) =>
  extractObservations(text, { jurisdiction: '433126', year: 2024, report: 'r', ...options });
const pick = (text: string, options: Partial<ExtractOptions> = {}) =>
  read(text, options).dataset.observations.map((o) => {
    const { source, jurisdiction, year, unit, ...rest } = o;
    return rest;
  });

describe('changes whose subject stands before them', () => {
  it('reads 分别 anywhere in the words of a change (同比分别上升…和…)', () => {
    expect(pick('受理行政诉讼案件69件,结案61件,同比分别上升76.9%和60.5%。')).toEqual([
      { indicator: 'litigation.cases', value: '69' },
      { indicator: 'litigation.concluded', value: '61' },
      { indicator: 'litigation.cases', value: '76.9', measure: 'yoyPercent' },
      { indicator: 'litigation.concluded', value: '60.5', measure: 'yoyPercent' },
    ]);
  });

  it('reads 与2019年相比 and 较同期 as comparisons, and 增幅为 as the rate of the change before it', () => {
    expect(
      pick('全省收到行政复议申请2526件,与2019年相比增加了1325件,增幅为110.32%。', {
        jurisdiction: '420000',
        year: 2020,
      }),
    ).toEqual([
      { indicator: 'reconsideration.received', value: '2526' },
      { indicator: 'reconsideration.received', value: '1325', measure: 'yoyDifference', baseYear: 2019 },
      { indicator: 'reconsideration.received', value: '110.32', measure: 'yoyPercent', baseYear: 2019 },
    ]);
    // 降幅为5% says the 下降5% again: one observation, the repeat unmatched as `repeated`.
    expect(pick('办理法律援助案件300件,较同期下降5%,降幅为5%。').slice(1)).toEqual([
      { indicator: 'legalAid.cases', value: '-5', measure: 'yoyPercent' },
    ]);
    expect(
      read('办理法律援助案件300件,较同期下降5%,降幅为5%。').unmatched.map((u) => `${u.reason}:${u.text}`),
    ).toContain('repeated:5%');
  });

  it('leaves 增幅 with no comparison in its sentence to the other rules', () => {
    const { dataset } = read('办理法律援助案件300件,增幅为5%。');
    expect(dataset.observations.filter((o) => o.measure === 'yoyPercent')).toEqual([]);
  });
});

describe('whose figure it is: 本级 or the whole area', () => {
  it('knows the tier of a code and the names a place prints for itself', () => {
    expect([tierOf('420000'), tierOf('330200'), tierOf('433126')]).toEqual([
      'province',
      'prefecture',
      'county',
    ]);
    expect(ownNames('宁波市')).toEqual(['宁波市', '宁波']);
    expect(ownNames('恩施土家族苗族自治州')).toEqual(['恩施土家族苗族自治州', '恩施']);
    expect(ownNames(undefined)).toEqual([]);
  });

  it('takes the last words that say whose figures follow', () => {
    expect(coverageCue('市本级受理', '330200')?.coverage).toBe('ownLevel');
    expect(coverageCue('市本级受理120件,全市受理', '330200')?.coverage).toBe('wholeArea');
    expect(coverageCue('13个市州政府本级共收到', '420000')?.coverage).toBe('wholeArea');
    expect(coverageCue('报送数据的省直部门共收到', '420000')?.coverage).toBe('ownLevel');
    // 省直 is the own level of a province only; a list of authors is not a subject.
    expect(coverageCue('省直部门共收到', '330200')).toBeUndefined();
    expect(coverageCue('审核县直各部门、各镇关于拨付费用文件', '433126')).toBeUndefined();
    expect(coverageCue('本市法律援助机构办结的案卷', '330200')?.coverage).toBe('wholeArea');
  });

  it("makes a municipal centre's figures its own level, through the paragraph while the field stays", () => {
    const text =
      '2023年度宁波市法律援助中心共受理指派法律援助案件1123件,其中刑事案件362件。接待解答群众来访、来电等法律咨询17599人次。\n全市办理公证案件900件。';
    expect(pick(text, { jurisdiction: '330200', year: 2023, divisions: divisionLookup })).toEqual([
      { indicator: 'legalAid.cases', value: '1123', coverage: 'ownLevel' },
      {
        indicator: 'legalAid.cases',
        value: '362',
        dimensions: { caseType: 'criminal' },
        coverage: 'ownLevel',
      },
      // 来访、来电等: the figure adds up several channels, so it is no cell of one.
      { indicator: 'legalAid.consultations', value: '17599', coverage: 'ownLevel' },
      { indicator: 'notarization.cases', value: '900' },
    ]);
    // Without the division table, 市 before the centre says the same in a city's report.
    expect(pick('市法律援助中心共受理法律援助案件1123件。', { jurisdiction: '330200' })).toEqual([
      { indicator: 'legalAid.cases', value: '1123', coverage: 'ownLevel' },
    ]);
  });

  it("keeps a county's centre the whole county, and stops at a sentence of another field", () => {
    expect(pick('县法律援助中心共受理法律援助案件450件。')).toEqual([
      { indicator: 'legalAid.cases', value: '450' },
    ]);
    expect(
      pick('市政府法律顾问室审查合同200件。行政复议案件收案1731件。', { jurisdiction: '442000' }).map(
        (o) => o.coverage,
      ),
    ).toEqual(['ownLevel', undefined]);
  });

  it("reads a province's own departments as its own level, not the own levels of its prefectures", () => {
    expect(
      pick('省直部门共收到行政复议申请376件,受理250件。13个市州政府本级共收到行政复议申请2526件。', {
        jurisdiction: '420000',
        year: 2020,
      }),
    ).toEqual([
      {
        indicator: 'reconsideration.received',
        value: '376',
        dimensions: { reviewingBody: 'department' },
        coverage: 'ownLevel',
      },
      {
        indicator: 'reconsideration.accepted',
        value: '250',
        dimensions: { reviewingBody: 'department' },
        coverage: 'ownLevel',
      },
      {
        indicator: 'reconsideration.received',
        value: '2526',
        dimensions: { reviewingBody: 'prefecturalGovernment' },
      },
    ]);
  });
});

describe('cells named around a figure', () => {
  it('names no cell for whom a service is given, even after a list of groups', () => {
    expect(pick('为经济困难群众、残疾人、老年人等特殊群体提供免费公证服务1818件。')).toEqual([
      { indicator: 'notarization.feeWaivedCases', value: '1818' },
    ]);
  });

  it('names no cell for bodies of every level together (各级人民政府, 两级政府)', () => {
    expect(pick('全市各级人民政府作为行政复议机关受理行政复议申请9428件。')).toEqual([
      { indicator: 'reconsideration.accepted', value: '9428' },
    ]);
  });

  it("reads 市政府 of a 直辖市 as its provincial government, elsewhere as a prefecture's", () => {
    const text = '市政府受理行政复议案件959件。';
    expect(pick(text, { jurisdiction: '310000' })).toEqual([
      {
        indicator: 'reconsideration.accepted',
        value: '959',
        dimensions: { reviewingBody: 'provincialGovernment' },
      },
    ]);
    expect(pick(text, { jurisdiction: '330200' })).toEqual([
      {
        indicator: 'reconsideration.accepted',
        value: '959',
        dimensions: { reviewingBody: 'prefecturalGovernment' },
      },
    ]);
  });

  it("reads 市政府 of a county-level city as a county-level government, of a county as the city's above", () => {
    // A county-level city's 市政府 is a county-level government; a county's 市政府 is the city above it.
    const sentence = '办理以市政府为被告的行政诉讼案件12件。';
    expect(pick(sentence, { jurisdiction: '330282', divisions: divisionLookup })).toEqual([
      { indicator: 'litigation.cases', value: '12', dimensions: { respondent: 'countyGovernment' } },
    ]);
    expect(pick(sentence, { jurisdiction: '330225', divisions: divisionLookup })).toEqual([
      { indicator: 'litigation.cases', value: '12', dimensions: { respondent: 'prefecturalGovernment' } },
    ]);
    expect(asOwnTier({ respondent: 'prefecturalGovernment' }, '310000')).toEqual({
      respondent: 'provincialGovernment',
    });
    // Without the division's name a county's report cannot tell.
    expect(asOwnTier({ reviewingBody: 'prefecturalGovernment' }, '330282')).toEqual({
      reviewingBody: 'prefecturalGovernment',
    });
  });

  it('reads a unit a table named as a declared member as that member where the prose names it again', () => {
    const text = [
      '行政复议方面:',
      '表1:2024年度行政复议案件受理情况统计表',
      '单位 | 2023受理量 | 2024受理量 |',
      '税务分局 | 3 | 5 |',
      '西城街道 | 2 | 4 |',
      '合计 | 5 | 9 |',
      '行政应诉方面,行政机关负责人出庭应诉10件,包括税务分局3件。',
    ].join('\n');
    const { dataset } = read(text, { jurisdiction: '330108' });
    // 税务分局 is the unit of the table's first row, not only the taxation field its name says.
    expect(dataset.observations.at(-1)?.dimensions).toEqual({ respondentUnit: 'unit1' });
    const unit = dataset.dimensions?.find((d) => d.id === 'respondentUnit');
    expect(unit?.members[0]?.name).toBe('税务分局');
    expect(unit?.indicators).toContain('litigation.headAppearances');
  });

  it("reads a hotline named as the sentence's subject as the channel of its consultations", () => {
    // 热线咨询 is one way of consulting: the indicator's synonyms do not make every consultation a hotline one.
    expect(pick('12348公共法律服务热线平台持续优化提升,全年共接受法律咨询5万人次。')).toEqual([
      {
        indicator: 'publicLegalServices.consultations',
        value: '50000',
        dimensions: { consultationChannel: 'hotline' },
      },
    ]);
    expect(pick('全年共接受法律咨询5万人次。')[0]?.dimensions).toBeUndefined();
  });

  it('reads one word as one cell: of two dimensions it names equally, the one the catalog lists first', () => {
    // 房屋征收 names a kind of act (matter) and an agency's field; the figure gets the matter alone.
    expect(pick('区政府被诉行政案件共计6件,其中因不服房屋征收决定被诉的2件。').at(-1)).toEqual({
      indicator: 'litigation.received',
      value: '2',
      dimensions: { matter: 'expropriation', respondent: 'countyGovernment' },
    });
  });

  it('takes the cell a subject names in the clause right before the figure, when that clause opens the sentence', () => {
    const cells = (text: string) => pick(text).map((o) => o.dimensions);
    expect(cells('特别是县调委会作用明显,全年调处疑难复杂纠纷23件。')).toEqual([
      { committeeType: 'county', disputeSeverity: 'major' },
    ]);
    // Not across another clause, and not from a clause with a figure of its own (that figure's subject).
    expect(cells('县调委会作用明显,坚持每月排查,全年调处疑难复杂纠纷23件。')).toEqual([
      { disputeSeverity: 'major' },
    ]);
  });

  it('reads the items of a list after 分别为 with the subject before it, each with its own place', () => {
    const text =
      '各区政府受理行政复议案件排名前三位的分别为浦东新区1269件;杨浦区911件;松江区836件,分别占区政府受案总数的15.0%、10.8%。';
    const county = { reviewingBody: 'countyGovernment' };
    const observations = read(text, { jurisdiction: '310000', year: 2022, divisions: divisionLookup }).dataset
      .observations;
    expect(observations.map((o) => [o.jurisdiction, o.indicator, o.value, o.dimensions, o.shareOf])).toEqual([
      ['310115', 'reconsideration.accepted', '1269', county, undefined],
      ['310110', 'reconsideration.accepted', '911', county, undefined],
      ['310117', 'reconsideration.accepted', '836', county, undefined],
      // 分别占: the k-th share is of the k-th item; its whole is the county governments' total, named by the words.
      ['310115', 'reconsideration.accepted', '15.0', county, { jurisdiction: '310000', dimensions: county }],
      ['310110', 'reconsideration.accepted', '10.8', county, { jurisdiction: '310000', dimensions: county }],
    ]);
  });
});

describe('shares whose whole is not printed beside them', () => {
  it("takes a division's share of 全省 as of the reporting jurisdiction's total", () => {
    const text = '其中,武汉市收到行政复议申请2220件,占全省新收行政复议申请总数的40.94%。';
    const [, share] = read(text, { jurisdiction: '420000', year: 2020, divisions: divisionLookup }).dataset
      .observations;
    expect(share).toMatchObject({
      jurisdiction: '420100',
      indicator: 'reconsideration.received',
      value: '40.94',
      measure: 'share',
      shareOf: { jurisdiction: '420000' },
    });
  });

  it('still finds the whole whose ratio gives the printed share (占比81.7% of the 11533 received)', () => {
    const text = '共办理行政复议申请案件11533件。其中,依法受理9428件,占比81.7%;不予受理746件,占比6.5%。';
    const shares = read(text, { jurisdiction: '310000', year: 2022 }).dataset.observations.filter(
      (o) => o.measure === 'share',
    );
    expect(shares.map((o) => [o.indicator, o.value, o.shareOf])).toEqual([
      ['reconsideration.accepted', '81.7', { indicator: 'reconsideration.received' }],
      ['reconsideration.rejected', '6.5', { indicator: 'reconsideration.received' }],
    ]);
  });
});

describe('bounds over a group', () => {
  it('gives a bound over a group (…等9个县级政府…超过40件) to the one named before 等; 见表4 is no figure', () => {
    const text =
      '武汉市硚口区等9个县级政府收到行政复议申请超过40件(见表4),宜都市等14个县级政府收到行政复议申请少于5件(见表5)。';
    const result = read(text, { jurisdiction: '420000', year: 2020, divisions: divisionLookup });
    expect(
      result.dataset.observations.map((o) => [o.jurisdiction, o.indicator, o.value, o.qualifier]),
    ).toEqual([
      ['420104', 'reconsideration.received', '40', 'moreThan'],
      ['420581', 'reconsideration.received', '5', 'lessThan'],
    ]);
    expect(result.unmatched.filter((u) => u.reason === 'heading').map((u) => u.text)).toEqual(['4', '5']);
  });
});

describe('readings the sentence decides', () => {
  it('gives a part (其中…) of a total that counts carried-over cases the same scope', () => {
    expect(pick('已审结行政复议案件574件(包含结转案件),其中调解结案89件。')).toEqual([
      { indicator: 'reconsideration.concluded', value: '574', includesCarriedOver: true },
      { indicator: 'reconsideration.mediated', value: '89', includesCarriedOver: true },
    ]);
  });

  it('gives the first clause of a sentence opening with 其中 the cell of the figure the sentence before ended on', () => {
    expect(pick('全县法院新收二审行政案件40件,审结52件。其中开庭审理30件,撤诉5件。')).toEqual([
      { indicator: 'litigation.received', value: '40', dimensions: { courtInstance: 'secondInstance' } },
      { indicator: 'litigation.concluded', value: '52', dimensions: { courtInstance: 'secondInstance' } },
      { indicator: 'litigation.hearings', value: '30', dimensions: { courtInstance: 'secondInstance' } },
      // A later clause of the sentence is not plainly under 其中.
      { indicator: 'litigation.withdrawn', value: '5' },
    ]);
    // A total without a cell passes none.
    expect(pick('全县法院审结行政案件52件。其中开庭审理30件。').map((o) => o.dimensions)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("takes the subject's cell for a figure of other things only when without it two readings contradict", () => {
    const subject = '省政府新收行政复议申请188件,涉及申请人163人。';
    const applicants = (text: string) =>
      read(text, { jurisdiction: '420000', year: 2020 })
        .dataset.observations.filter((o) => o.indicator === 'reconsideration.applicants')
        .map((o) => [o.value, o.dimensions]);
    expect(applicants(subject)).toEqual([['163', undefined]]);
    expect(applicants(`全省新收行政复议申请5422件,涉及申请人3758人。${subject}`)).toEqual([
      ['3758', undefined],
      ['163', { reviewingBody: 'provincialGovernment' }],
    ]);
  });
});

describe('time words through a paragraph', () => {
  it('ends a 截至目前 of the paragraph at a later sentence that opens with the report year', () => {
    const text =
      '一、公共法律服务。截至目前,全市建成乡镇公共法律服务工作站20个。“互联网+公证”服务模式实现6项公证业务网上办理。2024年度共接受法律咨询5万人次。村(居)公共法律服务工作室280个。';
    const asOf = read(text, { jurisdiction: '410100', asOf: '2025-06-03' }).dataset.observations.map((o) => [
      o.value,
      o.asOf,
    ]);
    expect(asOf).toEqual([
      ['20', '2025-06-03'],
      ['6', '2025-06-03'],
      ['50000', undefined],
      ['280', undefined],
    ]);
    // A year inside a name (被评为2024年度示范中心) is no time word of the narrative; one opening a sentence is.
    const online = (between: string) =>
      read(
        `截至目前,全市建成乡镇公共法律服务工作站20个。${between}“互联网+公证”服务模式实现6项公证业务网上办理。`,
        {
          jurisdiction: '410100',
          asOf: '2025-06-03',
        },
      ).dataset.observations.at(-1)?.asOf;
    expect(online('该中心被评为2024年度示范中心。')).toBe('2025-06-03');
    expect(online('2024年,该中心被评为示范中心。')).toBeUndefined();
  });
});

describe('running totals', () => {
  it('lets 累计 cover the counts listed after it in its sentence; 今年以来…累计 is the year so far', () => {
    const text =
      '截至目前,全县累计接收社区矫正对象927名,解除614名。今年以来,法律顾问累计提供法律意见152次,审查合同500余件。';
    expect(pick(text).map((o) => [o.value, o.cumulative])).toEqual([
      ['927', true],
      ['614', true],
      ['152', undefined],
      ['500', undefined],
    ]);
  });
});

describe('the subject of a comparison', () => {
  it("takes, of the indicators a change's words may name, the one whose figure the paragraph printed", () => {
    const text =
      '2020年,全区新收行政复议案件88件,受理59件。全年结案(包括案前调解、不予受理及受理后审结)86件。受理案件同比去年下降38.5%,纠错率同比下降19%。';
    const changes = read(text, { jurisdiction: '330108', year: 2020 }).dataset.observations.filter(
      (o) => o.measure === 'yoyPercent',
    );
    // 案前调解 in the sentence before does not make 受理案件 a mediation count; a rate's change in % is kept as printed.
    expect(changes.map((o) => [o.indicator, o.value])).toEqual([
      ['reconsideration.accepted', '-38.5'],
      ['reconsideration.correctionRate', '-19'],
    ]);
  });

  it('reads 是前年的N倍 against two years before, and a second comparison without a subject as of the same', () => {
    expect(pick('案件受理数量是前年的10倍,是去年的6倍。')).toEqual([
      { indicator: 'reconsideration.accepted', value: '10', measure: 'yoyRatio', baseYear: 2022 },
      { indicator: 'reconsideration.accepted', value: '6', measure: 'yoyRatio' },
    ]);
  });
});

describe('categories listed one after another', () => {
  it('keeps each category its own cell, not under the first (治安管理类13件;工商投诉举报类21件)', () => {
    const text = '今年受理治安管理类案件13件,占案件总数的22.0%;工商投诉举报类受理21件,占总数的35.6%。';
    expect(pick(text, { jurisdiction: '330108', year: 2020 }).map((o) => [o.value, o.dimensions])).toEqual([
      ['13', { agencyDomain: 'publicSecurity' }],
      ['22.0', { agencyDomain: 'publicSecurity' }],
      // Siblings divide one whole along one dimension: 工商 is the field, not 投诉举报 the kind of act.
      ['21', { agencyDomain: 'marketRegulation' }],
      ['35.6', { agencyDomain: 'marketRegulation' }],
    ]);
  });

  it("reads a sibling's words in the first sibling's dimension alone, 其他 as its other", () => {
    const cells = (text: string) => pick(text, { jurisdiction: '330108' }).map((o) => o.dimensions);
    // 征迁安置 names a field and a kind of act; after a field, it is the field.
    expect(cells('行政复议方面,今年受理交通管理类案件10件;征迁安置类受理5件;其他各类案件新收8件。')).toEqual([
      { agencyDomain: 'publicSecurity' },
      { agencyDomain: 'expropriationAndResettlement' },
      { agencyDomain: 'other' },
    ]);
    expect(cells('行政复议方面,今年受理行政处罚类案件10件;征迁安置类受理5件;其他类案件新收8件。')).toEqual([
      { matter: 'administrativePenalty' },
      { matter: 'expropriation' },
      { matter: 'other' },
    ]);
  });
});

describe('a share that proves what its part counts', () => {
  it('reads a part as counting what its whole counts when the whole is a part of what the words said', () => {
    const text = '全年收到行政复议申请120件,受理100件。城管类新收30件,占总数的30.0%,较去年下降25.0%。';
    // 30 of the 100 accepted is 30.0%; of the 120 received it would be 25.0%: the 30 were accepted.
    expect(pick(text, { jurisdiction: '330108' }).slice(2)).toEqual([
      { indicator: 'reconsideration.accepted', value: '30', dimensions: { agencyDomain: 'urbanManagement' } },
      {
        indicator: 'reconsideration.accepted',
        value: '30.0',
        measure: 'share',
        dimensions: { agencyDomain: 'urbanManagement' },
      },
      {
        indicator: 'reconsideration.accepted',
        value: '-25.0',
        measure: 'yoyPercent',
        dimensions: { agencyDomain: 'urbanManagement' },
      },
    ]);
    // A share of the received cases leaves the words' reading as it is.
    expect(pick(text.replace('30.0%', '25.0%'), { jurisdiction: '330108' })[2]?.indicator).toBe(
      'reconsideration.received',
    );
    // A part narrower than its whole is a share of it (the accepted, 80.0% of the received).
    expect(pick('收到行政复议申请200件,受理160件,占比80.0%。').at(-1)).toEqual({
      indicator: 'reconsideration.accepted',
      value: '80.0',
      measure: 'share',
      shareOf: { indicator: 'reconsideration.received' },
    });
  });
});
