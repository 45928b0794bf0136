/**
 * `fazhi/extract`: from a report's text (plain text or HTML) to a draft dataset. Every figure of the text ends in
 * exactly one of the observations (with the exact clause quoted and its offsets) or the unmatched list (with a
 * reason), so nothing is silently dropped. Kept out of the main entry: it brings an HTML parser.
 * @packageDocumentation
 */

export { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numeral.js';
export {
  type Candidate,
  type ExtractOptions,
  type ExtractResult,
  extractObservations,
  type FigureOutcome,
  type Unmatched,
  type UnmatchedReason,
} from './extract.js';
export { htmlToText } from './html.js';
export type { Measure } from './measure.js';
export { pdfToText } from './pdf.js';
export { type Figure, type FigureKind, type ScanOptions, scanFigures } from './scan-figures.js';
