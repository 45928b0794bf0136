import { describe, expect, it } from 'vitest';
import { scanFigures } from '../../src/extract/scan-figures.js';

const one = (text: string) => {
  const figures = scanFigures(text, { year: 2024 });
  expect(figures).toHaveLength(1);
  const [f] = figures;
  return { kind: f?.kind, value: f?.value, upper: f?.upper, qualifier: f?.qualifier, unitText: f?.unitText };
};

describe('scanFigures', () => {
  it.each([
    ['办结23件', 'quantity', '23', undefined, 'exact', '件'],
    ['１２３件', 'quantity', '123', undefined, 'exact', '件'],
    ['1,234人', 'quantity', '1234', undefined, 'exact', '人'],
    ['共十二件', 'quantity', '12', undefined, 'exact', '件'],
    ['一百零五人', 'quantity', '105', undefined, 'exact', '人'],
    ['两千余人', 'quantity', '2000', undefined, 'moreThan', '人'],
    ['3千余名', 'quantity', '3000', undefined, 'moreThan', '名'],
    ['1.5万余名', 'quantity', '15000', undefined, 'moreThan', '名'],
    ['2.3亿元', 'quantity', '230000000', undefined, 'exact', '元'],
    ['260余万元', 'quantity', '2600000', undefined, 'moreThan', '元'],
    ['671.14万元', 'quantity', '6711400', undefined, 'exact', '元'],
    ['百分之九十二点四', 'percent', '92.4', undefined, 'exact', '%'],
    ['百分之百', 'percent', '100', undefined, 'exact', '%'],
    ['达98%以上', 'percent', '98', undefined, 'atLeast', '%'],
    ['约30%', 'percent', '30', undefined, 'approx', '%'],
    ['近3000人', 'quantity', '3000', undefined, 'lessThan', '人'],
    ['不足10人', 'quantity', '10', undefined, 'lessThan', '人'],
    ['超过100件', 'quantity', '100', undefined, 'moreThan', '件'],
    ['10人以下', 'quantity', '10', undefined, 'atMost', '人'],
    ['500人左右', 'quantity', '500', undefined, 'approx', '人'],
    ['10至15件', 'quantity', '10', '15', 'range', '件'],
    ['650余人次', 'quantity', '650', undefined, 'moreThan', '人次'],
    ['增长了2.5倍', 'multiple', '2.5', undefined, 'exact', '倍'],
    ['下降1.2个百分点', 'percentagePoints', '1.2', undefined, 'exact', '个百分点'],
    ['开展讲座6场次', 'quantity', '6', undefined, 'exact', '场次'],
  ])('%s', (text, kind, value, upper, qualifier, unitText) => {
    expect(one(text)).toEqual({ kind, value, upper, qualifier, unitText });
  });

  it.each([
    ['截至11月30日', 'date', '2024-11-30'],
    ['截止到2020年11月30日', 'date', '2020-11-30'],
    ['2021年8月', 'date', '2021-08'],
    ['2024年度', 'year', '2024'],
    ['第3批', 'ordinal', '3'],
    ['拨打12345热线', 'code', '12345'],
    ['12348公共法律服务热线平台', 'code', '12348'],
    ['《2024年版清单》', 'title', '2024'],
    ['时间:16:24', 'code', '16:24'],
  ])('%s is a %s', (text, kind, value) => {
    const [f] = scanFigures(text, { year: 2024 });
    expect(f?.kind).toBe(kind);
    expect(f?.value).toBe(value);
  });

  it('reads a window of months as one figure', () => {
    const [f] = scanFigures('1—4月,全市受理', { year: 2021 });
    expect(f).toMatchObject({ kind: 'months', value: '1', upper: '4', text: '1—4月' });
  });

  it('reads headings and list numbers as headings', () => {
    const kinds = scanFigures('1.加强领导\n(2)完善制度').map((f) => f.kind);
    expect(kinds).toEqual(['heading', 'heading']);
  });

  it('leaves Chinese numerals inside words alone (十四五, 二十大, 一把手, 千家万户, 统一)', () => {
    expect(scanFigures('十四五规划,党的二十大,一把手,千家万户,统一部署,三公经费,八五普法')).toEqual([]);
  });

  it('gives each figure its exact text and offsets', () => {
    const text = '共受理案件1,234件,调解成功率达98%以上。';
    for (const f of scanFigures(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
