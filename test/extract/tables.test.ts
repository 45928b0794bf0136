// Tables written as text: each cell read with its row and column headers (year, measure, named unit, total row).
import { describe, expect, it } from 'vitest';
import { divisionLookup } from '../../src/divisions/index.js';
import { extractObservations } from '../../src/extract/extract.js';
import { cellAt, findTextTables, type TextTable } from '../../src/extract/tables.js';

const TEXT = [
  '二、行政复议案件情况',
  '表一：被申请人行政复议案件受理情况',
  '单位 | 2019受理量 | 2020受理量 | 占比 | 同比2019年 |',
  '|---|---|---|---|---|',
  '市场监管局 | 30 | 21 | 35.6% | -30.0% |',
  '西兴街道 | 2 | 4 | 6.8% | 100.0% |',
  '民政局 | 0 | 1 | 1.7% | - |',
  '合计 | 96 | 59 | 100.0% | -38.5% |',
  '全年办结案件50件。',
].join('\n');

describe('findTextTables', () => {
  it('finds the header, the rows and their cells, skipping the markdown rule', () => {
    const [table, ...rest] = findTextTables(TEXT);
    expect(rest).toEqual([]);
    expect(table?.headers).toEqual(['单位', '2019受理量', '2020受理量', '占比', '同比2019年']);
    expect(table?.rows.map((r) => r.label)).toEqual(['市场监管局', '西兴街道', '民政局', '合计']);
    const row = table?.rows[0];
    expect(row?.cells.map((c) => TEXT.slice(c.start, c.end))).toEqual([
      '市场监管局',
      '30',
      '21',
      '35.6%',
      '-30.0%',
    ]);
    expect(cellAt(findTextTables(TEXT), TEXT.indexOf('35.6%'))?.column).toBe(3);
    expect(cellAt(findTextTables(TEXT), TEXT.indexOf('2019受理量'))?.row).toBeUndefined();
  });

  it('needs a header of words and two rows of the same width; prose with one bar is no table', () => {
    expect(findTextTables('a | b | c\n1 | 2 | 3\n')).toEqual([]);
    expect(findTextTables('单位 | 数量 | 占比\n甲 | 1 | 2\n乙 | 3 | 4')).toHaveLength(1);
    expect(findTextTables('办结 | 1 | 2\n甲 | 1 | 2\n乙 | 3 | 4')).toEqual([]);
    expect(findTextTables('单位\t数量\t占比\n甲\t1\t2\n乙\t3\t4')).toHaveLength(1);
    // Two columns of a page's prose, parted by tabs: no table.
    const page = [
      '全年受理案件\t调解纠纷，成功\t办结',
      '32件，办结\t化解14件。\t12件',
      '其中行政\t全区调解组织\t结案',
    ];
    expect(findTextTables(page.join('\n'))).toEqual([]);
  });
});

describe('extractObservations on a text table', () => {
  const { dataset, unmatched } = extractObservations(TEXT, { jurisdiction: '330108', year: 2020 });
  const inTable = dataset.observations.filter((o) => o.source?.rule?.startsWith('table-cell'));
  const units = dataset.dimensions?.find((d) => d.id === 'respondentUnit');
  const unitOf = (name: string) => units?.members.find((m) => m.name === name)?.id;

  it('declares the named units of the rows as a dimension of the draft', () => {
    expect(units?.members.map((m) => m.name)).toEqual(['市场监管局', '西兴街道', '民政局']);
    expect(units?.indicators).toEqual(['reconsideration.accepted']);
  });

  it('reads the year from the column header, a share and a signed change from theirs', () => {
    const row = inTable.filter((o) => o.dimensions?.respondentUnit === unitOf('市场监管局'));
    expect(row.map((o) => [o.indicator, o.year, o.measure ?? 'level', o.value])).toEqual([
      ['reconsideration.accepted', 2019, 'level', '30'],
      ['reconsideration.accepted', 2020, 'level', '21'],
      ['reconsideration.accepted', 2020, 'share', '35.6'],
      ['reconsideration.accepted', 2020, 'yoyPercent', '-30.0'],
    ]);
    expect(row[0]?.source?.quote).toBe('市场监管局 | 30 | 21 | 35.6% | -30.0% |');
  });

  it('reads the total row without a cell, and keeps the header numbers and prose apart', () => {
    const total = inTable.filter((o) => o.source?.quote?.startsWith('合计'));
    expect(total.map((o) => [o.year, o.dimensions, o.value])).toEqual([
      [2019, undefined, '96'],
      [2020, undefined, '59'],
      [2020, undefined, '100.0'],
      [2020, undefined, '-38.5'],
    ]);
    expect(unmatched.filter((u) => u.reason === 'heading').map((u) => u.text)).toEqual(['2019', '2020']);
    expect(dataset.observations.find((o) => o.value === '50')?.source?.rule).not.toMatch(/table/);
  });
});

describe('a table of the divisions under the reporting jurisdiction', () => {
  const text = [
    '表2：市州收到行政复议申请情况',
    '地区 | 收到行政复议申请 | 受理',
    '武汉市 | 2220 | 1795',
    '恩施州 | 256 | 223',
    '合计 | 2476 | 2018',
  ].join('\n');

  it('gives each row its division (with a division table) and the total row the reporting jurisdiction', () => {
    const { dataset } = extractObservations(text, {
      jurisdiction: '420000',
      year: 2020,
      divisions: divisionLookup,
    });
    expect(dataset.observations.map((o) => [o.jurisdiction, o.indicator, o.value, o.dimensions])).toEqual([
      ['420100', 'reconsideration.received', '2220', undefined],
      ['420100', 'reconsideration.accepted', '1795', undefined],
      ['422800', 'reconsideration.received', '256', undefined],
      ['422800', 'reconsideration.accepted', '223', undefined],
      ['420000', 'reconsideration.received', '2476', undefined],
      ['420000', 'reconsideration.accepted', '2018', undefined],
    ]);
    expect(dataset.dimensions).toBeUndefined();
  });
});

describe('tables printed one cell per line', () => {
  // A two-up table copied from a web page: the header printed twice, a row header split over two lines.
  const text = [
    '二、行政复议案件情况',
    '表1：省直部门行政复议案件情况',
    '',
    '收案数',
    '',
    '受理数',
    '',
    '收案数',
    '',
    '受理数',
    '',
    '省人社厅',
    '132',
    '118',
    '市场监督',
    '管理局',
    '33',
    '23',
    '省档案局',
    '2',
    '-',
    '合计',
    '167',
    '141',
    '以上数据截至12月20日。',
  ].join('\n');

  it('finds the header (once, though printed twice), the rows and their cells', () => {
    const [table, ...rest] = findTextTables(text);
    expect(rest).toEqual([]);
    expect(table?.headers).toEqual(['', '收案数', '受理数']);
    expect(table?.rows.map((r) => [r.label, ...r.cells.slice(1).map((c) => c.text)])).toEqual([
      ['省人社厅', '132', '118'],
      ['市场监督管理局', '33', '23'],
      ['省档案局', '2', '-'],
      ['合计', '167', '141'],
    ]);
    expect(text.slice(table?.rows[1]?.start, table?.rows[1]?.end)).toBe('市场监督\n管理局\n33\n23');
    expect(cellAt(findTextTables(text), text.indexOf('118'))?.column).toBe(2);
  });

  it('takes a corner word (单位) as the row headers’ name, and stops at a row of another width', () => {
    const [table] = findTextTables('单位\n受理\n办结\n甲局\n3\n2\n乙局\n4\n1\n丙局\n5\n4\n3\n说明');
    expect(table?.headers).toEqual(['单位', '受理', '办结']);
    expect(table?.rows.map((r) => r.label)).toEqual(['甲局', '乙局']);
  });

  it('needs a header that fits the rows and two rows: prose lines and lone numbers are no table', () => {
    expect(findTextTables('受理\n办结\n甲局\n3\n2\n乙局\n4')).toEqual([]);
    expect(findTextTables('全年受理案件，\n32\n件。\n办结\n12\n件。')).toEqual([]);
    expect(findTextTables('收案数\n受理数\n收案数\n甲局\n3\n2\n乙局\n4\n1')).toEqual([]);
  });

  it('reads departments’ rows by their field, the title’s cell and own level for every row', () => {
    const { dataset } = extractObservations(text, { jurisdiction: '420000', year: 2020 });
    const cells = dataset.observations.map((o) => [o.indicator, o.value, o.dimensions, o.coverage]);
    const department = { reviewingBody: 'department' };
    expect(cells).toEqual([
      ['reconsideration.received', '132', { agencyDomain: 'humanResources', ...department }, 'ownLevel'],
      ['reconsideration.accepted', '118', { agencyDomain: 'humanResources', ...department }, 'ownLevel'],
      ['reconsideration.received', '33', { agencyDomain: 'marketRegulation', ...department }, 'ownLevel'],
      ['reconsideration.accepted', '23', { agencyDomain: 'marketRegulation', ...department }, 'ownLevel'],
      ['reconsideration.received', '2', { agencyDomain: 'unit1', ...department }, 'ownLevel'],
      ['reconsideration.received', '167', department, 'ownLevel'],
      ['reconsideration.accepted', '141', department, 'ownLevel'],
    ]);
    // A field the catalog does not know extends its dimension in the draft, named without level and suffix.
    expect(dataset.dimensions).toEqual([
      expect.objectContaining({
        id: 'agencyDomain',
        members: [{ id: 'unit1', name: '档案', nameEn: '档案' }],
      }),
    ]);
    expect(dataset.observations[2]?.source?.quote).toBe('市场监督\n管理局\n33\n23');
  });

  it('reads a column header that abbreviates the title’s words (收到 under 收到行政复议申请)', () => {
    const cities = [
      '表2：市州收到行政复议申请情况',
      '收到',
      '受理',
      '武汉市',
      '2220',
      '1795',
      '恩施州',
      '256',
      '223',
    ];
    const { dataset } = extractObservations(cities.join('\n'), {
      jurisdiction: '420000',
      year: 2020,
      divisions: divisionLookup,
    });
    expect(dataset.observations.map((o) => [o.jurisdiction, o.indicator, o.value])).toEqual([
      ['420100', 'reconsideration.received', '2220'],
      ['420100', 'reconsideration.accepted', '1795'],
      ['422800', 'reconsideration.received', '256'],
      ['422800', 'reconsideration.accepted', '223'],
    ]);
  });

  it('gives no row the cell of a title that names two members of one dimension (市级+区级)', () => {
    const lines = [
      '表一：行政复议案件受理情况(市级+区级)',
      '单位 | 受理 | 办结',
      '甲街道 | 3 | 2',
      '乙街道 | 4 | 1',
    ];
    const { dataset } = extractObservations(lines.join('\n'), { jurisdiction: '330108', year: 2020 });
    expect(dataset.observations.map((o) => Object.keys(o.dimensions ?? {}))).toEqual([
      ['respondentUnit'],
      ['respondentUnit'],
      ['respondentUnit'],
      ['respondentUnit'],
    ]);
  });
});

describe('tables whose cells are separated by blanks', () => {
  it('reads a header line and rows of a row header and its numbers, blanks of any width', () => {
    const text =
      '表3：各部门行政复议情况\n单位      收案数   受理数\n市场监督 管理局   33   23\n省人社厅  132  118\n以上为全部数据。';
    const [table, ...rest] = findTextTables(text);
    expect(rest).toEqual([]);
    expect(table?.headers).toEqual(['单位', '收案数', '受理数']);
    expect(table?.rows.map((r) => [r.label, ...r.cells.slice(1).map((c) => c.text)])).toEqual([
      ['市场监督管理局', '33', '23'],
      ['省人社厅', '132', '118'],
    ]);
    expect(cellAt([table as TextTable], text.indexOf('118'))?.column).toBe(2);
  });

  it('reads two rows side by side under a header printed twice (two-up)', () => {
    const text = '收到 受理 收到 受理\n武汉市 2220 1795 十堰市 179 165\n襄阳市 369 354 咸宁市 150 135';
    const [table] = findTextTables(text);
    expect(table?.headers).toEqual(['', '收到', '受理']);
    expect(table?.rows.map((r) => r.label)).toEqual(['武汉市', '十堰市', '襄阳市', '咸宁市']);
    expect(text.slice(table?.rows[1]?.start, table?.rows[1]?.end)).toBe('十堰市 179 165');
  });

  it('takes no prose for a table: a sentence, a row of another width, words after the numbers', () => {
    expect(findTextTables('单位 受理 办结\n全年受理案件 32 件\n办结 12 件')).toEqual([]);
    expect(findTextTables('单位 受理 办结\n甲局 3 2\n乙局 4')).toEqual([]);
    expect(findTextTables('登录 注册 退出\n2020 年 受理 32\n甲局 3 2')).toEqual([]);
  });

  it('extracts the cells as a table’s', () => {
    const text = '二、行政复议\n单位 收到行政复议申请 受理\n甲街道 12 10\n乙街道 8 6\n合计 20 16';
    const { dataset } = extractObservations(text, { jurisdiction: '330108', year: 2020 });
    expect(dataset.observations.map((o) => [o.indicator, o.value, Object.keys(o.dimensions ?? {})])).toEqual([
      ['reconsideration.received', '12', ['respondentUnit']],
      ['reconsideration.accepted', '10', ['respondentUnit']],
      ['reconsideration.received', '8', ['respondentUnit']],
      ['reconsideration.accepted', '6', ['respondentUnit']],
      ['reconsideration.received', '20', []],
      ['reconsideration.accepted', '16', []],
    ]);
    expect(dataset.observations[0]?.source?.quote).toBe('甲街道 12 10');
  });
});
