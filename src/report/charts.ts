// Charts drawn by Observable Plot into a server-side DOM (linkedom): SVG made at build time, no script at view time.
import * as Plot from '@observablehq/plot';

/** One year of a series as a chart draws it (numbers for drawing only; tables show the exact figures). */
export interface ChartYear {
  readonly year: number;
  readonly published?: number;
  readonly computed?: number;
}

/** A labelled value: a breakdown member or a jurisdiction. */
export interface ChartItem {
  readonly label: string;
  readonly value: number;
}

const BLUE = '#1f4e79';
const MAX_LABEL = 34;

/** A tick label cut to fit the margin; the table beside the chart has it in full. */
function cut(label: string): string {
  const chars = [...label];
  return chars.length <= MAX_LABEL ? label : `${chars.slice(0, MAX_LABEL - 1).join('')}…`;
}
const ORANGE = '#9c4a00';

function finish(svg: SVGSVGElement | HTMLElement, label: string): Element {
  // Screen readers read the chart as one image with its label; the table beside it holds the figures. Plot labels
  // its groups with aria-label, which ARIA prohibits on elements without a role: drop those inner labels.
  for (const el of Array.from(svg.querySelectorAll('[aria-label], [aria-description]'))) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  return svg as unknown as Element;
}

/**
 * A line across years: the published figures, and for a rate the recomputed ones dashed; gap years break the line.
 *
 * @param document - the DOM document to draw into
 * @param years - every year of the range, gaps without values
 * @param options - the axis label and the chart's accessible label
 * @returns the SVG element
 * @example
 * ```ts
 * seriesChart(document, [{ year: 2023, published: 50 }, { year: 2024, published: 54 }], { unit: '件', label: '行政诉讼案件' })
 * ```
 */
export function seriesChart(
  document: Document,
  years: readonly ChartYear[],
  options: { readonly unit: string; readonly label: string },
): Element {
  const hasComputed = years.some((y) => y.computed !== undefined);
  const marks: Plot.Markish[] = [
    Plot.ruleY([0], { stroke: '#999' }),
    Plot.lineY(years, { x: 'year', y: 'published', stroke: BLUE, strokeWidth: 2 }),
    Plot.dot(
      years.filter((y) => y.published !== undefined),
      { x: 'year', y: 'published', fill: BLUE, r: 3.5 },
    ),
    Plot.text(
      years.filter((y) => y.published !== undefined),
      { x: 'year', y: 'published', text: (d: ChartYear) => String(d.published), dy: -10, fill: '#1a1a1a' },
    ),
  ];
  if (hasComputed) {
    marks.push(
      Plot.lineY(years, {
        x: 'year',
        y: 'computed',
        stroke: ORANGE,
        strokeWidth: 1.5,
        strokeDasharray: '5,3',
      }),
      Plot.dot(
        years.filter((y) => y.computed !== undefined),
        { x: 'year', y: 'computed', stroke: ORANGE, fill: 'white', r: 3 },
      ),
    );
  }
  const svg = Plot.plot({
    document,
    width: 560,
    height: 200,
    marginLeft: 56,
    marginTop: 24,
    x: {
      label: null,
      tickFormat: 'd',
      ticks: years.map((y) => y.year),
      domain: [years[0]?.year, years.at(-1)?.year],
      inset: 18,
    },
    y: { label: options.unit, grid: true, nice: true, zero: true },
    marks,
  });
  return finish(svg, options.label);
}

/**
 * Horizontal bars of a breakdown's members, largest first.
 *
 * @param document - the DOM document to draw into
 * @param items - the members and their values
 * @param options - the axis label and the chart's accessible label
 * @returns the SVG element
 * @example
 * ```ts
 * barsChart(document, [{ label: '行政处罚', value: 12 }], { unit: '件', label: '按事项' })
 * ```
 */
export function barsChart(
  document: Document,
  items: readonly ChartItem[],
  options: { readonly unit: string; readonly label: string },
): Element {
  const longest = Math.max(4, ...items.map((i) => Math.min(MAX_LABEL, [...i.label].length)));
  const svg = Plot.plot({
    document,
    width: 640,
    height: 34 + 24 * items.length,
    marginLeft: Math.min(320, 14 + 9 * longest),
    marginRight: 48,
    x: { label: options.unit, grid: true, nice: true },
    y: {
      label: null,
      domain: [...items].sort((a, b) => b.value - a.value).map((i) => i.label),
      tickFormat: cut,
    },
    marks: [
      Plot.barX(items, { x: 'value', y: 'label', fill: BLUE }),
      Plot.text(items, {
        x: 'value',
        y: 'label',
        text: (d: ChartItem) => String(d.value),
        textAnchor: 'start',
        dx: 4,
        fill: '#1a1a1a',
      }),
      Plot.ruleX([0]),
    ],
  });
  return finish(svg, options.label);
}

/**
 * The distribution of one figure across jurisdictions: a box (quartiles and median) over a dot per jurisdiction.
 *
 * @param document - the DOM document to draw into
 * @param items - the jurisdictions and their values
 * @param options - the axis label and the chart's accessible label
 * @returns the SVG element
 * @example
 * ```ts
 * distributionChart(document, [{ label: '咸安区', value: 96.5 }], { unit: '%', label: '调解成功率' })
 * ```
 */
export function distributionChart(
  document: Document,
  items: readonly ChartItem[],
  options: { readonly unit: string; readonly label: string },
): Element {
  const marks: Plot.Markish[] = [Plot.dotX(items, { x: 'value', fill: BLUE, r: 4, fillOpacity: 0.7 })];
  if (items.length >= 5) marks.unshift(Plot.boxX(items, { x: 'value', fill: '#dde6f0', stroke: '#555' }));
  const values = items.map((i) => i.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  // Equal values would make an empty domain: widen it around them.
  const domain = low === high ? [low - 1, high + 1] : [low, high];
  const svg = Plot.plot({
    document,
    width: 560,
    height: 90,
    marginLeft: 16,
    marginRight: 24,
    x: { label: options.unit, grid: true, nice: true, domain },
    marks,
  });
  return finish(svg, options.label);
}

/** A rate as the rates chart draws it: its label, the published and the recomputed figure. */
export interface ChartRate {
  readonly label: string;
  readonly published?: number;
  readonly computed?: number;
}

/**
 * Published beside computed for each rate: a filled dot for the published figure, a ring for the one recomputed
 * from its inputs; a gap between them is a mismatch to read in the table.
 *
 * @param document - the DOM document to draw into
 * @param rates - the rates
 * @param options - the chart's accessible label
 * @returns the SVG element
 * @example
 * ```ts
 * ratesChart(document, [{ label: '调解成功率', published: 96, computed: 96.52 }], { label: '比率' })
 * ```
 */
export function ratesChart(
  document: Document,
  rates: readonly ChartRate[],
  options: { readonly label: string },
): Element {
  const longest = Math.max(4, ...rates.map((r) => Math.min(MAX_LABEL, [...r.label].length)));
  const svg = Plot.plot({
    document,
    width: 640,
    height: 40 + 26 * rates.length,
    marginLeft: Math.min(320, 14 + 9 * longest),
    marginRight: 24,
    x: { label: '%', grid: true, nice: true },
    y: { label: null, domain: rates.map((r) => r.label), tickFormat: cut },
    marks: [
      Plot.dot(
        rates.filter((r) => r.published !== undefined),
        { x: 'published', y: 'label', fill: BLUE, r: 5 },
      ),
      Plot.dot(
        rates.filter((r) => r.computed !== undefined),
        { x: 'computed', y: 'label', stroke: ORANGE, strokeWidth: 2, r: 7 },
      ),
    ],
  });
  return finish(svg, options.label);
}
