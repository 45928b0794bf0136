import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { divisionLookup } from '../../src/divisions/index.js';
import { renderReport, reportInput } from '../../src/report/index.js';
import { seedInput } from './seeds.js';

const o = (jurisdiction: string, year: number, indicator: string, value: string | number, extra = {}) => ({
  jurisdiction,
  year,
  indicator,
  value,
  ...extra,
});

describe('the seed report', () => {
  const html = renderReport(seedInput(), {
    locale: 'zh',
    divisions: divisionLookup,
    generated: '2025-06-01',
    link: (r) => (r.file === undefined ? undefined : `../${r.file}`),
  });
  const { document } = parseHTML(html);
  const text = document.body.textContent ?? '';

  it('is one self-contained HTML file: no script, no external resource', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(document.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(document.querySelectorAll('script')).toHaveLength(0);
    for (const el of Array.from(document.querySelectorAll('[src]')))
      throw new Error(`external resource ${el.getAttribute('src')}`);
    expect(document.querySelectorAll('link[rel=stylesheet]')).toHaveLength(0);
    const css = document.querySelector('style')?.textContent ?? '';
    expect(css).toContain('@media print');
    // A stylesheet is raw text: escaped quotes would break its font names.
    expect(css).toContain('"Noto Sans CJK SC"');
    expect(css).not.toContain('&quot;');
  });

  it('has a section per jurisdiction, including the work plan that gives only targets', () => {
    const ids = Array.from(document.querySelectorAll('section[id^="j-"]')).map((s) => s.getAttribute('id'));
    expect(ids.sort()).toEqual(['j-120102', 'j-360732', 'j-371083', 'j-421200', 'j-433126']);
    expect(document.querySelector('#j-360732 h2')?.textContent).toContain('兴国县');
  });

  it('sets every rate with its basis, published beside computed and the verdict', () => {
    const rows = Array.from(document.querySelectorAll('#j-421200 table tr')).map((r) => r.textContent ?? '');
    const mediation = rows.find((r) => r.includes('调解成功率') && r.includes('44180'));
    expect(mediation).toContain('45771');
    expect(mediation).toContain('96.52%');
    expect(mediation).toContain('96%');
    expect(mediation).toContain('截尾后一致');
  });

  it('puts the validator’s findings beside the figure they concern, with the quote and the source', () => {
    const section = document.querySelector('#j-421200');
    const finding = section?.querySelector('ul.findings li.warning');
    expect(finding?.textContent).toContain('reported_rate_rounding');
    const row = section?.querySelector('tr.flagged');
    expect(row?.textContent).toContain('成功率96%');
    expect(row?.querySelector('a')?.getAttribute('href')).toMatch(/^\.\.\/seeds\/reports\/.+\.txt$/);
  });

  it('draws charts as SVG from the charting library, each labelled for screen readers', () => {
    const svgs = Array.from(document.querySelectorAll('figure svg'));
    expect(svgs.length).toBeGreaterThan(5);
    for (const svg of svgs) {
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')?.length).toBeGreaterThan(3);
    }
    // Breakdowns from the catalog's sums: 办结 = 维持 + 驳回 + …, as bars.
    expect(text).toContain('办结 = 维持 + 驳回复议请求 + 驳回复议申请 + 纠错');
  });

  it('sets targets against results', () => {
    const targets = document.querySelector('#j-360732 table caption');
    expect(targets?.textContent).toBe('目标与完成情况');
    expect(document.querySelector('#j-360732')?.textContent).toContain('未报告完成值');
  });

  it('compares a rate across jurisdictions with a ranking table', () => {
    const panel = document.querySelector('#panel');
    expect(panel?.textContent).toContain('调解成功率, 2024');
    expect(panel?.querySelectorAll('figure svg').length).toBeGreaterThan(0);
  });
});

describe('reports on panels', () => {
  const datasets = [
    {
      file: 'a.json',
      data: {
        observations: [
          o('421202', 2022, 'litigation.cases', 40),
          o('421202', 2023, 'litigation.cases', 50),
          o('421202', 2024, 'litigation.cases', 45),
          o('421202', 2024, 'litigation.concluded', 40),
          o('421202', 2024, 'litigation.lost', 4),
          o('421221', 2024, 'litigation.concluded', 50),
          o('421221', 2024, 'litigation.lost', 10),
          o('421221', 2024, 'litigation.cases', 30),
          o('421200', 2024, 'litigation.cases', 70),
        ],
      },
    },
  ];

  it('charts a series across years and reports a published total against its parts', () => {
    const html = renderReport(reportInput(datasets), { divisions: divisionLookup, generated: '2025-01-01' });
    const { document } = parseHTML(html);
    const block = Array.from(document.querySelectorAll('#j-421202 .indicator')).find((b) =>
      b.textContent?.includes('litigation.cases'),
    );
    expect(block?.querySelector('svg')).not.toBeNull();
    expect(block?.textContent).toContain('-5 (-10.00%)');
    const rollUps = Array.from(document.querySelectorAll('#j-421200 table')).find((t) =>
      t.querySelector('caption')?.textContent?.includes('subordinate'),
    );
    expect(rollUps?.textContent).toContain('75');
    expect(rollUps?.textContent).toContain('2 / 6');
    expect(rollUps?.textContent).toContain('parts exceed the total');
    // Ranking: lower loss rate first.
    const ranking = document.querySelector('#panel table')?.textContent ?? '';
    expect(ranking.indexOf('嘉鱼县')).toBeGreaterThan(ranking.indexOf('咸安区'));
  });

  it('reports on one jurisdiction and what lies within it', () => {
    const html = renderReport(reportInput(datasets), {
      divisions: divisionLookup,
      jurisdiction: '421221',
      generated: '2025-01-01',
    });
    const { document } = parseHTML(html);
    expect(Array.from(document.querySelectorAll('section[id^="j-"]')).map((s) => s.id)).toEqual(['j-421221']);
    expect(document.querySelector('h1')?.textContent).toContain('嘉鱼县');
    expect(document.querySelector('#panel')).toBeNull();
  });

  it('draws breakdown cells as bars with the members’ names and their printed shares', () => {
    const cell = (matter: string, value: number, share?: string) => [
      o('421202', 2024, 'reconsideration.received', value, { dimensions: { matter } }),
      ...(share === undefined
        ? []
        : [
            o('421202', 2024, 'reconsideration.received', share, {
              dimensions: { matter },
              measure: 'share',
            }),
          ]),
    ];
    const data = {
      observations: [
        o('421202', 2024, 'reconsideration.received', 100),
        ...cell('administrativePenalty', 60, '60'),
        ...cell('administrativeCoercion', 25),
      ],
    };
    const html = renderReport(reportInput([{ file: 'b.json', data }]), {
      locale: 'zh',
      generated: '2025-01-01',
    });
    const { document } = parseHTML(html);
    const block = Array.from(document.querySelectorAll('#j-421202 .indicator')).find((b) =>
      b.querySelector('h4')?.textContent?.includes('案件类型'),
    );
    expect(block?.querySelector('figure svg')).not.toBeNull();
    expect(block?.textContent).toContain('行政处罚');
    expect(block?.textContent).toContain('60 (60%)');
    expect(block?.textContent).toContain('行政强制');
  });

  it('lists jurisdictions beyond maxDetailed instead of dropping them silently', () => {
    const html = renderReport(reportInput(datasets), { maxDetailed: 1, generated: '2025-01-01' });
    expect(html).toContain('2 further jurisdictions appear in the comparisons only');
  });
});
