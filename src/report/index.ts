/**
 * `fazhi/report`: an HTML report people look at — each indicator's series as a chart, breakdowns as bars, rates
 * published beside computed, the validator's findings beside their figures, targets against results, rankings and
 * distributions across jurisdictions. A separate entry: the charting library (Observable Plot with a server-side
 * DOM) never loads with `fazhi`.
 * @packageDocumentation
 */

export { barsChart, type ChartItem, type ChartYear, distributionChart, seriesChart } from './charts.js';
export { type ReportLocale, type WordKey, word } from './messages.js';
export { type ReportOptions, renderReport } from './render.js';
export {
  collectMetadata,
  type MetadataCollector,
  type NamedDataset,
  type ReportInput,
  type ReportIssue,
  reportInput,
} from './report-input.js';
