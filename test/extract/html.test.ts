import { describe, expect, it } from 'vitest';
import { extractObservations } from '../../src/extract/extract.js';
import { htmlToText } from '../../src/extract/html.js';

describe('htmlToText', () => {
  it('drops scripts, styles and the head, decodes entities and breaks blocks into lines', () => {
    const html =
      '<html><head><title>2024年</title><style>p{}</style></head><body><script>var n = 12;</script>' +
      '<p>办结&nbsp;23件</p><div>调解成功率96&#37;</div></body></html>';
    expect(htmlToText(html)).toBe('办结 23件\n调解成功率96%');
  });

  it('puts each cell of a table of one row after its row and column headers', () => {
    const html = `<table>
      <tr><th>类别</th><th>收到行政复议申请</th><th>办结</th></tr>
      <tr><td>行政复议</td><td>48</td><td>23</td></tr>
      <tr><td colspan="3">合计见上</td></tr>
    </table>`;
    expect(htmlToText(html).split('\n')).toEqual([
      '类别 收到行政复议申请 办结',
      '行政复议 收到行政复议申请 48',
      '行政复议 办结 23',
      '合计见上',
    ]);
  });

  it('writes a table of three columns and two rows or more as rows between bars, its header rows merged', () => {
    const html = `<table>
      <tr><th rowspan="2">单位</th><th colspan="2">行政复议</th></tr>
      <tr><th>收案</th><th>结案</th></tr>
      <tr><td>市场监管局</td><td>30</td><td></td></tr>
      <tr><td>西兴街道</td><td>2</td><td>1</td></tr>
      <tr><td colspan="3">注：含结转案件</td></tr>
    </table>`;
    expect(htmlToText(html).split('\n')).toEqual([
      '单位 | 行政复议收案 | 行政复议结案',
      '市场监管局 | 30 | -',
      '西兴街道 | 2 | 1',
      '注：含结转案件',
    ]);
  });

  it('reads a table of bars as a table: the year of its column headers, its total row', () => {
    const html =
      '<p>二、行政复议</p><table><tr><th>单位</th><th>2019年受理</th><th>2020年受理</th></tr>' +
      '<tr><td>市场监管局</td><td>30</td><td>21</td></tr><tr><td>合计</td><td>96</td><td>59</td></tr></table>';
    const { dataset } = extractObservations(htmlToText(html), { jurisdiction: '330108', year: 2020 });
    expect(
      dataset.observations.map((o) => [o.indicator, o.year, o.value, o.dimensions === undefined]),
    ).toEqual([
      ['reconsideration.accepted', 2019, '30', false],
      ['reconsideration.accepted', 2020, '21', false],
      ['reconsideration.accepted', 2019, '96', true],
      ['reconsideration.accepted', 2020, '59', true],
    ]);
  });

  it('lets the extractor map table figures through their headers', () => {
    const html =
      '<p>一、行政复议工作</p><table><tr><th>项目</th><th>件数</th></tr>' +
      '<tr><td>收到行政复议申请</td><td>48件</td></tr><tr><td>办结</td><td>23件</td></tr></table>';
    const text = htmlToText(html);
    const { dataset } = extractObservations(text, { jurisdiction: '433126', year: 2024 });
    expect(dataset.observations.map((o) => [o.indicator, o.value])).toEqual([
      ['reconsideration.received', '48'],
      ['reconsideration.concluded', '23'],
    ]);
  });
});
