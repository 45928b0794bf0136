import { parseHTML } from 'linkedom';
import { defaultDimensions } from '../catalog/dimensions/index.js';
import { checkTarget } from '../check-target.js';
import type { Division } from '../divisions/division.js';
import type { DivisionHistoryLookup, DivisionTree } from '../divisions/lookup.js';
import type { Indicator } from '../model/indicator.js';
import type { ReportYear } from '../model/report.js';
import { isUnit, UNITS } from '../model/unit.js';
import type { PanelPoint } from '../panel/panel.js';
import { type PanelRate, panelRates } from '../panel/panel-observations.js';
import { rankJurisdictions } from '../panel/rank.js';
import { type RolledUpFigure, rollUp } from '../panel/roll-up.js';
import { panelSeries, type SeriesView, type SeriesYear, verdictOf } from '../panel/series.js';
import { barsChart, distributionChart, ratesChart, seriesChart } from './charts.js';
import { type Child, type El, Html, h, serialize } from './html.js';
import { type ReportLocale, type WordKey, word } from './messages.js';
import type { ReportInput, ReportIssue } from './report-input.js';
import { REPORT_CSS } from './styles.js';

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /** The report's language (`en` by default); indicator names are given in both. */
  readonly locale?: ReportLocale;
  /** Report on this division and the jurisdictions within it only (a province, a prefecture or a county). */
  readonly jurisdiction?: string;
  /** The division table, for names and roll-ups (`divisionLookup` from `fazhi/divisions`). */
  readonly divisions?: DivisionTree & Partial<DivisionHistoryLookup>;
  /** The title (by default "Rule-of-law indicators" and the jurisdiction's name). */
  readonly title?: string;
  /** The date printed as the generation date (`YYYY-MM-DD`; today by default). */
  readonly generated?: string;
  /** The link to a source report's text, e.g. a path relative to the HTML file; none by default. */
  readonly link?: (report: ReportYear) => string | undefined;
  /** How many jurisdictions get a detailed section (20 by default: a province and its prefectures); the rest appear in the comparisons. */
  readonly maxDetailed?: number;
}

/** Units as an English reader writes them, where the catalog's key is not already that. */
const UNIT_EN: Readonly<Record<string, string>> = {
  personTimes: 'person-times',
  percentagePoints: 'pp',
  per100k: 'per 100,000',
  organisations: 'organisations',
};

/**
 * Renders a report as one self-contained HTML file: per jurisdiction each indicator's series as a chart and a
 * table (published beside computed, with the verdict and the change from the year before), breakdowns as bars,
 * every rate with its basis, the validator's findings beside the figures they concern with the quote and a link to
 * the source report, targets against results; across jurisdictions the distribution of each rate and a ranking;
 * roll-ups against published totals. Charts are SVG drawn at build time; the file loads nothing at view time.
 *
 * @param input - the panel, findings and metadata (see `reportInput`)
 * @param options - locale, jurisdiction, division table, links
 * @returns the HTML text
 * @example
 * ```ts
 * writeFileSync('report.html', renderReport(reportInput(datasets), { locale: 'zh', divisions: divisionLookup }));
 * ```
 */
export function renderReport(input: ReportInput, options: ReportOptions = {}): string {
  const locale = options.locale ?? 'en';
  const zh = locale === 'zh';
  const w = (k: WordKey) => word(k, locale);
  // A DOM for the charting library only; the report itself is a light tree (see html.ts).
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = (svg: Element): Html => new Html(svg.outerHTML);

  const panel = input.panel;
  const catalog = panel.catalog;
  const prefix = prefixOf(options.jurisdiction);
  const inScope = (code: string) => prefix === undefined || code.startsWith(prefix);
  // Jurisdictions with figures, and those of a work plan that gives only targets.
  const codes = [
    ...new Set([...panel.byJurisdiction.keys(), ...input.targets.map((t) => t.jurisdiction)]),
  ].filter(inScope);
  // The selected jurisdiction first, then by level (provinces, prefectures, counties), then by code.
  codes.sort((a, b) => rankOf(a, options.jurisdiction) - rankOf(b, options.jurisdiction) || (a < b ? -1 : 1));
  const maxDetailed = options.maxDetailed ?? 20;
  const detailed = codes.slice(0, maxDetailed);
  const metaNames = new Map(input.jurisdictions.map((j) => [j.code, j]));
  const nameOf = (code: string): string => {
    const meta = metaNames.get(code);
    if (meta !== undefined)
      return zh || meta.nameEn === undefined ? meta.name : `${meta.nameEn} ${meta.name}`;
    const d: Division | undefined = options.divisions?.getDivision(code);
    if (d !== undefined) return d.name;
    const retired = options.divisions?.retiredDivision?.(code, panel.years.at(-1) ?? 2024);
    return retired?.name ?? code;
  };
  /** The name in the report's language only, for chart labels. */
  const shortName = (id: string): string => {
    const d = catalog.get(id);
    return d === undefined ? id : zh ? d.name : d.nameEn;
  };
  const indicatorName = (id: string): string => {
    const d = catalog.get(id);
    if (d === undefined) return id;
    return zh ? d.name : `${d.nameEn} ${d.name}`;
  };
  const unitOf = (d: Indicator | undefined): string => {
    if (d === undefined) return '';
    // 件(文件) tells documents from cases in the catalog; a reader needs only 件.
    if (!isUnit(d.unit)) return d.unit;
    return zh || d.unit === 'percent' ? withoutGloss(UNITS[d.unit].zh) : (UNIT_EN[d.unit] ?? d.unit);
  };
  const reportsById = new Map(input.reports.map((r) => [r.id, r]));
  // A dataset may declare dimensions of its own or add members to the catalog's: look in both, the dataset's first.
  const declared = new Map((input.dimensions ?? []).map((d) => [d.id, d]));
  const known = new Map((catalog.dimensions ?? defaultDimensions).map((d) => [d.id, d]));
  /** A dimension's or a member's name in the report's language (its id when nobody defines it). */
  const dimensionName = (id: string): string => {
    const d = declared.get(id) ?? known.get(id);
    return d === undefined ? id : zh ? d.name : d.nameEn;
  };
  const memberName = (dimension: string, member: string): string => {
    const m =
      declared.get(dimension)?.members.find((x) => x.id === member) ??
      known.get(dimension)?.members.find((x) => x.id === member);
    return m === undefined ? member : zh ? m.name : m.nameEn;
  };

  // Findings by the observation they concern; the rest by jurisdiction or, failing that, by file.
  const pointOwner = new Map<string, string>();
  const pointByKey = new Map<string, PanelPoint>();
  for (const s of panel.series.values()) {
    for (const list of [s.points, ...s.measures.values()]) {
      for (const p of list.values()) {
        const key = `${p.file ?? ''}#${p.index}`;
        pointOwner.set(key, s.jurisdiction);
        pointByKey.set(key, p);
      }
    }
  }
  const byPoint = new Map<string, ReportIssue[]>();
  const byJurisdiction = new Map<string, ReportIssue[]>();
  const general: ReportIssue[] = [];
  for (const i of input.issues) {
    const m = /^observations\[(\d+)\]/.exec(i.path);
    const key = m ? `${i.file}#${m[1]}` : undefined;
    const owner =
      (key !== undefined ? pointOwner.get(key) : undefined) ??
      (typeof i.details?.jurisdiction === 'string' ? i.details.jurisdiction : undefined);
    if (key !== undefined && pointOwner.has(key)) push(byPoint, key, i);
    // A finding about a figure left out by `jurisdiction` is outside the report.
    if (key !== undefined && !pointOwner.has(key) && prefix !== undefined) continue;
    if (owner !== undefined) {
      if (inScope(owner)) push(byJurisdiction, owner, i);
    } else general.push(i);
  }
  const shown = new Set<ReportIssue>();
  const rolledUp = new Map<string, readonly RolledUpFigure[]>();

  const badge = (cls: string, text: string) => h('span', { class: `badge ${cls}` }, text);
  const sourceLink = (source: PanelPoint['source']): Child => {
    if (source === undefined) return undefined;
    const r = reportsById.get(source.report);
    const href = r === undefined ? undefined : options.link?.(r);
    const title = r?.title ?? source.report;
    // The quote is already in the row: the link says only where to read on, and its title names the report.
    return href === undefined
      ? h('span', { class: 'note' }, title)
      : h('a', { href, title }, `[${w('reportFile')}]`);
  };
  const findingsList = (issues: readonly ReportIssue[]): El =>
    h(
      'ul',
      { class: 'findings' },
      ...issues.map((i) => {
        shown.add(i);
        // The quote of the figure concerned (or the one the finding names), and where to read it.
        const point = pointByKey.get(`${i.file}#${/^observations\[(\d+)\]/.exec(i.path)?.[1]}`);
        const quote =
          point?.source?.quote ?? (typeof i.details?.quote === 'string' ? i.details.quote : undefined);
        return h(
          'li',
          { class: i.severity },
          badge(
            i.severity,
            w(i.severity === 'error' ? 'errors' : i.severity === 'warning' ? 'warnings' : 'infos'),
          ),
          ' ',
          zh ? i.messageZh : i.message,
          ' ',
          h('code', {}, i.code),
          h('span', { class: 'note' }, ` — ${i.file}${i.line === undefined ? '' : `:${i.line}`}`),
          quote === undefined ? undefined : h('blockquote', {}, `“${quote}” `, sourceLink(point?.source)),
        );
      }),
    );
  const issuesOf = (p: PanelPoint | undefined): readonly ReportIssue[] =>
    p === undefined ? [] : (byPoint.get(`${p.file ?? ''}#${p.index}`) ?? []);

  const head = h('head', {}, h('meta', { charset: 'utf-8' }));
  const body = h('body', {});
  const title =
    options.title ??
    `${w('title')}${options.jurisdiction === undefined ? '' : ` — ${nameOf(options.jurisdiction)}`}`;
  head.append(
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { name: 'generator', content: 'fazhi' }),
    h('title', {}, title),
    h('style', {}, new Html(REPORT_CSS)),
  );
  const main = h('main', {});
  body.append(main);
  main.append(
    h('h1', {}, title),
    h(
      'p',
      { class: 'meta' },
      `${w('generatedBy')} · ${options.generated ?? new Date().toISOString().slice(0, 10)} · ${w('files')}: ${input.files.join(', ')}`,
    ),
  );

  // Summary.
  const counts = { error: 0, warning: 0, info: 0 };
  for (const list of [general, ...byJurisdiction.values()]) for (const i of list) counts[i.severity]++;
  let figures = 0;
  for (const code of codes) {
    for (const k of panel.byJurisdiction.get(code) ?? []) {
      const s = panel.series.get(k);
      if (s !== undefined)
        figures += s.points.size + [...s.measures.values()].reduce((a, m) => a + m.size, 0);
    }
  }
  const years = panel.years;
  const stat = (label: string, value: string) => h('div', {}, h('strong', {}, value), label);
  main.append(
    h('h2', { id: 'summary' }, w('summary')),
    h(
      'div',
      { class: 'summary' },
      stat(w('jurisdictions'), String(codes.length)),
      stat(w('years'), years.length === 0 ? '—' : `${years[0]}–${years.at(-1)}`),
      stat(w('observations'), String(figures)),
      stat(w('errors'), String(counts.error)),
      stat(w('warnings'), String(counts.warning)),
      stat(w('infos'), String(counts.info)),
    ),
  );
  const notes: string[] = [];
  if (panel.conflicts.length > 0) notes.push(`${panel.conflicts.length} ${w('conflicts')}`);
  if (panel.corroborated > 0) notes.push(`${panel.corroborated} ${w('corroborated')}`);
  if (panel.skipped.invalid > 0) notes.push(`${panel.skipped.invalid} ${w('skipped')}`);
  if (notes.length > 0) main.append(h('p', { class: 'note' }, notes.join(' · ')));

  // Contents.
  const multi = codes.length > 1;
  main.append(
    h(
      'nav',
      { 'aria-label': w('contents') },
      h('h2', { id: 'contents' }, w('contents')),
      h(
        'ol',
        {},
        ...detailed.map((c) => h('li', {}, h('a', { href: `#j-${c}` }, `${nameOf(c)} (${c})`))),
        multi ? h('li', {}, h('a', { href: '#panel' }, w('panel'))) : undefined,
        general.length > 0 ? h('li', {}, h('a', { href: '#general' }, w('generalFindings'))) : undefined,
      ),
      codes.length > detailed.length
        ? h('p', { class: 'note' }, `${codes.length - detailed.length} ${w('moreJurisdictions')}`)
        : undefined,
    ),
  );

  for (const code of detailed) main.append(jurisdictionSection(code));
  if (multi) main.append(panelSection());
  if (general.length > 0) {
    main.append(h('h2', { id: 'general' }, w('generalFindings')), findingsList(general));
  }
  return `<!doctype html>\n${serialize(h('html', { lang: zh ? 'zh-CN' : 'en' }, head, body))}\n`;

  function jurisdictionSection(code: string): El {
    const section = h('section', { id: `j-${code}`, 'aria-labelledby': `j-${code}-h` });
    section.append(h('h2', { id: `j-${code}-h` }, `${nameOf(code)} `, h('span', { class: 'note' }, code)));
    const all = panelSeries(panel, { jurisdiction: code });
    const totals = all.filter((s) => Object.keys(s.dimensions).length === 0);
    const cells = all.filter((s) => Object.keys(s.dimensions).length > 0);
    const drawn = (s: SeriesView) =>
      s.years.filter((y) => y.value !== undefined || y.computed !== undefined).length;
    const multi = totals.filter((s) => drawn(s) >= 2);
    const single = totals.filter((s) => drawn(s) < 2);
    if (multi.length > 0) {
      section.append(h('h3', {}, w('series')));
      for (const s of multi) section.append(indicatorBlock(s));
    }
    if (single.length > 0) section.append(h('h3', {}, w('figures')), figuresTable(single));
    const sums = relationBreakdowns(code);
    if (cells.length > 0 || sums.length > 0) {
      section.append(h('h3', { id: `j-${code}-breakdowns` }, w('breakdowns')));
      for (const group of groupBreakdowns(cells)) section.append(breakdownBlock(group));
      for (const b of sums) section.append(b);
    }
    const rates = panelRates(panel, [code]);
    if (rates.length > 0) {
      section.append(h('h3', {}, w('rates')));
      const latest = Math.max(...rates.map((r) => r.year));
      const shown = rates.filter(
        (r) => r.year === latest && r.scope === '' && (r.computed !== undefined || r.published !== undefined),
      );
      if (shown.length > 0) {
        const label = `${w('rates')}, ${latest}`;
        section.append(
          h(
            'figure',
            {},
            chart(
              ratesChart(
                document,
                shown.map((r) => ({
                  label: `${shortName(r.indicator)} (${r.basis})`,
                  ...(r.published === undefined ? {} : { published: Number(r.published) }),
                  ...(r.computed === undefined ? {} : { computed: Number(r.computed) }),
                })),
                { label },
              ),
            ),
            h('figcaption', {}, `${label} — ${w('ratesLegend')}`),
          ),
        );
      }
      section.append(ratesTable(rates));
    }
    const targets = input.targets.filter((t) => t.jurisdiction === code);
    if (targets.length > 0) section.append(h('h3', {}, w('targets')), targetsTable(targets));
    const ups = options.divisions === undefined ? [] : rollUpsOf(code);
    if (ups.length > 0) section.append(h('h3', {}, w('rollUps')), rollUpTable(ups));
    const rest = (byJurisdiction.get(code) ?? []).filter((i) => !shown.has(i));
    if (rest.length > 0) section.append(h('h3', {}, w('findings')), findingsList(rest));
    return section;
  }

  function scopeLabel(scope: string): string {
    if (scope === '') return '';
    return ` [${scope.split('|').map(scopePart).join(', ')}]`;
  }

  /** One part of a series scope in words: `asOf=+1-01-17` → "as of 01-17 next year". */
  function scopePart(p: string): string {
    if (p === 'ownLevel' || p === 'wholeArea' || p === 'cumulative' || p === 'includesCarriedOver')
      return w(p);
    const [key, value = ''] = p.split('=');
    if (key === 'basis') return `${w('basis')} ${value}`;
    if (key === 'since') return `${w('since')} ${value}`;
    if (key === 'asOf' || key === 'period') {
      const relative = (d: string) => {
        const m = /^([+-]\d+)-(\d\d-\d\d)$/.exec(d);
        if (m === null) return d;
        const n = Number(m[1]);
        return zh
          ? `${n === 1 ? '次年' : n === -1 ? '上年' : `${m[1]} 年`}${m[2]}`
          : `${m[2]} ${n === 1 ? 'next year' : n === -1 ? 'the year before' : `year ${m[1]}`}`;
      };
      if (key === 'asOf') return `${w('asOf')} ${relative(value)}`;
      const [a = '', b = ''] = value.split('..');
      return `${relative(a)}–${relative(b)}`;
    }
    return p;
  }

  function indicatorBlock(s: SeriesView): El {
    const def = catalog.get(s.indicator);
    const rate = def?.kind === 'rate';
    const unit = unitOf(def);
    const name = `${indicatorName(s.indicator)}${scopeLabel(s.scope)}`;
    const block = h(
      'div',
      { class: 'indicator' },
      h('h4', {}, name, ' ', h('code', { class: 'note' }, s.indicator)),
    );
    const drawn = s.years.filter((y) => y.value !== undefined || y.computed !== undefined);
    if (drawn.length >= 2) {
      const svg = chart(
        seriesChart(
          document,
          s.years.map((y) => ({
            year: y.year,
            ...(y.value === undefined ? {} : { published: Number(y.value) }),
            ...(y.computed === undefined ? {} : { computed: Number(y.computed) }),
          })),
          { unit, label: `${w('chartOf')} ${name}` },
        ),
      );
      block.append(
        h(
          'figure',
          {},
          svg,
          h(
            'figcaption',
            {},
            `${name}${rate ? ` — ${w('line')}` : ''}${s.cagr === undefined ? '' : ` · ${w('cagr')} ${s.cagr}%`}`,
          ),
        ),
      );
    }
    const header = [w('year'), w('value'), w('change')];
    if (rate) header.push(w('computed'), w('verdict'));
    header.push(w('source'));
    const table = h(
      'table',
      {},
      h('caption', {}, name),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...header.map((t, i) => h('th', { scope: 'col', class: i > 0 && i < 4 ? 'num' : undefined }, t)),
        ),
      ),
    );
    const tbody = h('tbody', {});
    const issues: ReportIssue[] = [];
    for (const y of s.years) {
      const point = pointOf(s, y);
      issues.push(...issuesOf(point));
      for (const m of Object.values(y.measures ?? {})) issues.push(...issuesOf(m));
      const row = h(
        'tr',
        {},
        h('th', { scope: 'row' }, String(y.year)),
        h(
          'td',
          { class: 'num' },
          y.value === undefined ? h('span', { class: 'note' }, w('gap')) : formatValue(y, unit),
        ),
        h('td', { class: 'num' }, changeText(y, rate)),
      );
      if (rate) {
        row.append(
          h(
            'td',
            { class: 'num' },
            y.computed === undefined ? '' : `${y.computed}%${y.basis ? ` (${y.basis})` : ''}`,
          ),
          h('td', {}, y.verdict === undefined ? '' : badge(y.verdict, w(y.verdict))),
        );
      }
      row.append(
        h(
          'td',
          {},
          y.source === undefined ? '' : h('span', {}, `“${y.source.quote}” `, sourceLink(y.source)),
        ),
      );
      tbody.append(row);
    }
    table.append(tbody);
    block.append(table);
    const unique = [...new Set(issues)];
    if (unique.length > 0) block.append(findingsList(unique));
    return block;
  }

  function figuresTable(list: readonly SeriesView[]): El {
    const cols = [w('indicator'), w('year'), w('value'), w('source')];
    const tbody = h('tbody', {});
    const issues: ReportIssue[] = [];
    for (const s of list) {
      const def = catalog.get(s.indicator);
      for (const y of s.years) {
        if (y.value === undefined && y.measures === undefined) continue;
        const point = pointOf(s, y);
        const own = [...issuesOf(point), ...Object.values(y.measures ?? {}).flatMap((m) => issuesOf(m))];
        issues.push(...own);
        const measures = Object.entries(y.measures ?? {}).map(([m, p]) => `${m} ${p.value}`);
        tbody.append(
          h(
            'tr',
            { class: own.length > 0 ? 'flagged' : undefined },
            h('th', { scope: 'row' }, `${indicatorName(s.indicator)}${scopeLabel(s.scope)}`),
            h('td', { class: 'num' }, String(y.year)),
            h(
              'td',
              { class: 'num' },
              y.value === undefined
                ? ''
                : `${formatValue(y, unitOf(def))}${unitOf(def) === '%' ? '' : ` ${unitOf(def)}`}`,
              measures.length > 0 ? h('span', { class: 'note' }, ` (${measures.join(', ')})`) : undefined,
            ),
            h(
              'td',
              {},
              y.source === undefined ? '' : h('span', {}, `“${y.source.quote}” `, sourceLink(y.source)),
            ),
          ),
        );
      }
    }
    const wrap = h(
      'div',
      {},
      h(
        'table',
        {},
        h('caption', {}, w('figures')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...cols.map((c, i) =>
              h('th', { scope: 'col', class: i === 1 || i === 2 ? 'num' : undefined }, c),
            ),
          ),
        ),
        tbody,
      ),
    );
    const unique = [...new Set(issues)];
    if (unique.length > 0) wrap.append(findingsList(unique));
    return wrap;
  }

  /** The catalog's sums (办结 = 维持 + 驳回 + 纠错 …) whose total and at least two parts a year gives, as bars. */
  function relationBreakdowns(code: string): El[] {
    const out: El[] = [];
    const plain = (indicator: string, year: number) =>
      panelSeries(panel, { jurisdiction: code, indicator, dimensions: {}, scope: '', years: [year, year] })[0]
        ?.years[0];
    for (const r of catalog.relations) {
      if (r.kind !== 'sum') continue;
      for (const year of [...panel.years].reverse()) {
        const parts = r.parts
          .map((id) => ({ id, y: plain(id, year) }))
          .filter((p): p is { id: string; y: SeriesYear & { value: string } } => p.y?.value !== undefined);
        if (parts.length < 2) continue;
        const total = plain(r.total, year);
        const unit = unitOf(catalog.get(r.total));
        const name = `${indicatorName(r.total)} ${year}`;
        const caption = `${zh ? r.descriptionZh : r.description}${total?.value === undefined ? '' : ` — ${w('total')} ${formatValue(total, unit)}`}`;
        out.push(
          h(
            'div',
            { class: 'indicator' },
            h('h4', {}, name),
            h(
              'figure',
              {},
              chart(
                barsChart(
                  document,
                  parts.map((p) => ({
                    label: shortName(p.id),
                    value: Number(p.y.value),
                  })),
                  { unit, label: `${w('chartOf')} ${name}: ${caption}` },
                ),
              ),
              h('figcaption', {}, caption),
            ),
          ),
        );
        break;
      }
    }
    return out;
  }

  function pointOf(s: SeriesView, y: SeriesYear): PanelPoint | undefined {
    return panel.series.get(s.key)?.points.get(y.year);
  }

  function formatValue(y: { value?: string; qualifier?: string }, unit: string): string {
    const v = `${y.value}${unit === '%' ? '%' : ''}`;
    switch (y.qualifier) {
      case 'approx':
        return zh ? `约 ${v}` : `≈ ${v}`;
      case 'atLeast':
        return `≥ ${v}`;
      case 'moreThan':
        return `> ${v}`;
      case 'atMost':
        return `≤ ${v}`;
      case 'lessThan':
        return `< ${v}`;
      case 'range':
        return `${v} …`;
      default:
        return v;
    }
  }

  function changeText(y: SeriesYear, rate: boolean): string {
    if (y.change === undefined) return '';
    const d = y.change.difference;
    const sign = d.startsWith('-') ? '' : '+';
    if (rate) return `${sign}${d} ${w('pp')}`;
    return `${sign}${d}${y.change.percent === undefined ? '' : ` (${sign}${y.change.percent}%)`}`;
  }

  function groupBreakdowns(cells: readonly SeriesView[]): SeriesView[][] {
    const groups = new Map<string, SeriesView[]>();
    for (const s of cells) {
      const k = `${s.indicator}|${Object.keys(s.dimensions).sort().join(',')}|${s.scope}`;
      push(groups, k, s);
    }
    return [...groups.values()];
  }

  function breakdownBlock(group: readonly SeriesView[]): El {
    const first = group[0] as SeriesView;
    const def = catalog.get(first.indicator);
    const unit = unitOf(def);
    const dims = Object.keys(first.dimensions).sort();
    const name = `${indicatorName(first.indicator)} — ${dims.map(dimensionName).join(' × ')}${scopeLabel(first.scope)}`;
    const block = h('div', { class: 'indicator' }, h('h4', {}, name));
    const yearsHere = [
      ...new Set(group.flatMap((s) => s.years.filter((y) => y.value !== undefined).map((y) => y.year))),
    ].sort();
    const latest = yearsHere.at(-1);
    const label = (s: SeriesView) => dims.map((d) => memberName(d, s.dimensions[d] ?? '')).join(' × ');
    if (latest !== undefined) {
      const items = group
        .map((s) => ({ label: label(s), value: s.years.find((y) => y.year === latest)?.value }))
        .filter((i): i is { label: string; value: string } => i.value !== undefined)
        .map((i) => ({ label: i.label, value: Number(i.value) }));
      if (items.length > 0) {
        block.append(
          h(
            'figure',
            {},
            chart(
              barsChart(document, items, {
                unit,
                label: `${w('chartOf')} ${name} ${latest}`,
              }),
            ),
            h('figcaption', {}, `${name}, ${latest}`),
          ),
        );
      }
    }
    const table = h(
      'table',
      {},
      h('caption', {}, name),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, w('member')),
          ...yearsHere.map((y) => h('th', { scope: 'col', class: 'num' }, String(y))),
        ),
      ),
    );
    const tbody = h('tbody', {});
    const issues: ReportIssue[] = [];
    for (const s of group) {
      tbody.append(
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, label(s)),
          ...yearsHere.map((year) => {
            const y = s.years.find((x) => x.year === year);
            const share = y?.measures?.share;
            if (y !== undefined) {
              issues.push(...issuesOf(pointOf(s, y)));
              for (const m of Object.values(y.measures ?? {})) issues.push(...issuesOf(m));
            }
            return h(
              'td',
              { class: 'num' },
              y?.value === undefined ? '' : formatValue(y, unit),
              share === undefined ? '' : ` (${share.value}%)`,
            );
          }),
        ),
      );
    }
    table.append(tbody);
    block.append(table);
    const unique = [...new Set(issues)];
    if (unique.length > 0) block.append(findingsList(unique));
    return block;
  }

  function ratesTable(rates: readonly PanelRate[]): El {
    const cols = [
      w('year'),
      w('indicator'),
      w('basis'),
      w('numerator'),
      w('denominator'),
      w('computed'),
      w('published'),
      w('verdict'),
    ];
    return h(
      'table',
      {},
      h('caption', {}, w('rates')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...cols.map((c, i) => h('th', { scope: 'col', class: i >= 3 && i <= 6 ? 'num' : undefined }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        ...rates.map((r) => {
          const verdict = r.consistency === undefined ? undefined : verdictOf(r.consistency);
          const def = catalog.get(r.indicator);
          const formula = def?.formulas?.find((f) => f.basis === r.basis);
          const basisText =
            formula === undefined
              ? r.basis
              : `${r.basis} (${zh ? (formula.descriptionZh ?? formula.description ?? '') : (formula.description ?? formula.descriptionZh ?? '')})`;
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, String(r.year)),
            h('td', {}, `${indicatorName(r.indicator)}${r.scope === '' ? '' : ` [${r.scope}]`}`),
            h('td', {}, basisText.replace(/ \(\)$/, '')),
            h('td', { class: 'num' }, r.numerator ?? ''),
            h('td', { class: 'num' }, r.denominator ?? ''),
            h(
              'td',
              { class: 'num' },
              r.computed === undefined ? badge('notComputable', w('notComputable')) : `${r.computed}%`,
            ),
            h('td', { class: 'num' }, r.published === undefined ? '' : `${r.published}%`),
            h('td', {}, verdict === undefined ? '' : badge(verdict, w(verdict))),
          );
        }),
      ),
    );
  }

  function targetsTable(targets: ReportInput['targets']): El {
    const cols = [w('year'), w('indicator'), w('target'), w('result'), w('status')];
    return h(
      'table',
      {},
      h('caption', {}, w('targets')),
      h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        ...targets.map((t) => {
          const def = catalog.get(t.indicator);
          const unit = unitOf(def);
          const s = panelSeries(panel, {
            jurisdiction: t.jurisdiction,
            indicator: t.indicator,
            dimensions: {},
            years: [t.year, t.year],
          }).find(
            (x) =>
              x.years[0]?.value !== undefined &&
              (x.scope === '' || x.scope === 'wholeArea' || x.scope.startsWith('basis=')),
          );
          const result = s?.years[0];
          const check =
            result?.value === undefined
              ? undefined
              : checkTarget(t, {
                  value: result.value,
                  ...(result.qualifier === undefined ? {} : { qualifier: result.qualifier }),
                });
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, String(t.year)),
            h('td', {}, indicatorName(t.indicator)),
            h('td', { class: 'num' }, `${t.comparator} ${t.value}${unit === '%' ? '%' : ` ${unit}`}`),
            h('td', { class: 'num' }, result?.value === undefined ? '' : formatValue(result, unit)),
            h(
              'td',
              {},
              check === undefined ? badge('noResult', w('noResult')) : badge(check.status, w(check.status)),
              check === undefined
                ? ''
                : h('span', { class: 'note' }, ` ${zh ? check.reasonZh : check.reason}`),
            ),
          );
        }),
      ),
    );
  }

  function rollUpsOf(code: string): RolledUpFigure[] {
    const tree = options.divisions as DivisionTree;
    const level = tree.getDivision(code)?.level;
    if (level !== 'prefecture' && level !== 'province') return [];
    const children = tree.childDivisions(code).map((d) => d.code);
    if (!children.some((c) => panel.byJurisdiction.has(c))) return [];
    // One roll-up per level serves every parent of that level.
    let figures = rolledUp.get(level);
    if (figures === undefined) {
      figures = rollUp(panel, { divisions: tree, to: level }).figures;
      rolledUp.set(level, figures);
    }
    return figures.filter((f) => f.jurisdiction === code && Object.keys(f.dimensions).length === 0);
  }

  function rollUpTable(figures: readonly RolledUpFigure[]): El {
    const cols = [w('year'), w('indicator'), w('rolledUp'), w('coverage'), w('published'), w('comparison')];
    return h(
      'table',
      {},
      h('caption', {}, w('rollUps')),
      h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        ...figures.map((f) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, String(f.year)),
            h(
              'td',
              {},
              `${indicatorName(f.indicator)}${f.basis === undefined ? '' : ` (${f.basis})`}${f.scope === '' ? '' : ` [${f.scope}]`}`,
            ),
            h(
              'td',
              { class: 'num' },
              `${f.approximate ? '≈ ' : ''}${f.value}${f.basis === undefined ? '' : '%'}`,
            ),
            h('td', { class: 'num' }, `${f.coverage.reported} / ${f.coverage.expected}`),
            h(
              'td',
              { class: 'num' },
              f.published === undefined ? '' : `${f.published.value}${f.basis === undefined ? '' : '%'}`,
            ),
            h('td', {}, f.comparison === undefined ? '' : badge(f.comparison, w(f.comparison))),
          ),
        ),
      ),
    );
  }

  function panelSection(): El {
    const section = h(
      'section',
      { id: 'panel', 'aria-labelledby': 'panel-h' },
      h('h2', { id: 'panel-h' }, w('panel')),
    );
    const set = new Set(codes);
    for (const def of catalog.indicators) {
      if (def.kind !== 'rate') continue;
      // The latest year in which at least two jurisdictions have the rate.
      let chosen: ReturnType<typeof rankJurisdictions> | undefined;
      for (const year of [...panel.years].reverse()) {
        const r = rankJurisdictions(panel, { indicator: def.id, year, jurisdictions: codes });
        if (r.rows.length >= 2) {
          chosen = r;
          break;
        }
      }
      if (chosen === undefined) continue;
      const name = `${indicatorName(def.id)}, ${chosen.year}`;
      const order =
        chosen.polarity === 'higherIsBetter'
          ? 'higherFirst'
          : chosen.polarity === 'lowerIsBetter'
            ? 'lowerFirst'
            : 'neutralFirst';
      const block = h('div', { class: 'indicator' }, h('h3', {}, name));
      block.append(
        h(
          'figure',
          {},
          chart(
            distributionChart(
              document,
              chosen.rows.map((r) => ({ label: nameOf(r.jurisdiction), value: Number(r.value) })),
              { unit: '%', label: `${w('distribution')}: ${name}` },
            ),
          ),
          h('figcaption', {}, `${w('distribution')}: ${name} (${chosen.rows.length} ${w('jurisdictions')})`),
        ),
      );
      const cols = [w('rank'), w('denseRank'), w('jurisdiction'), w('value'), w('percentile'), w('basis')];
      block.append(
        h(
          'table',
          {},
          h('caption', {}, `${name} — ${w('order')}: ${w(order)}`),
          h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { scope: 'col' }, c)))),
          h(
            'tbody',
            {},
            ...chosen.rows.map((r) =>
              h(
                'tr',
                {},
                h('td', { class: 'num' }, String(r.rank)),
                h('td', { class: 'num' }, String(r.denseRank)),
                h(
                  'th',
                  { scope: 'row' },
                  set.has(r.jurisdiction) && detailed.includes(r.jurisdiction)
                    ? h('a', { href: `#j-${r.jurisdiction}` }, nameOf(r.jurisdiction))
                    : nameOf(r.jurisdiction),
                ),
                h('td', { class: 'num' }, `${r.value}%`),
                h('td', { class: 'num' }, r.percentile),
                h('td', {}, chosen?.bases[r.jurisdiction] ?? w('published')),
              ),
            ),
          ),
        ),
      );
      if (chosen.excluded.length > 0) {
        block.append(
          h(
            'p',
            { class: 'note' },
            `${w('excluded')}: ${chosen.excluded.map((e) => `${nameOf(e.jurisdiction)} (${e.value ?? ''}, ${w(e.reason === 'approximate' ? 'approximate' : 'notComputable')})`).join('; ')}`,
          ),
        );
      }
      section.append(block);
    }
    return section;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function prefixOf(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

function rankOf(code: string, selected: string | undefined): number {
  if (code === selected) return 0;
  return code.endsWith('0000') ? 1 : code.endsWith('00') ? 2 : 3;
}

/** A unit name without its gloss in brackets at the end: 件(文件) → 件 (without /\(.*\)$/, which backtracks). */
function withoutGloss(name: string): string {
  const open = name.indexOf('(');
  return open !== -1 && name.endsWith(')') ? name.slice(0, open) : name;
}
