/**
 * fazhi — a typed model, exact rate arithmetic and a validator for the rule-of-law (法治政府建设) indicators that
 * Chinese local governments publish.
 * @packageDocumentation
 */

export { AREAS, type Area, getArea } from './catalog/areas.js';
export type { Catalog } from './catalog/catalog.js';
export { CATALOG_ISSUE_CODES, checkCatalog } from './catalog/check-catalog.js';
export { type CatalogExtension, createCatalog } from './catalog/create-catalog.js';
export {
  defaultCatalog,
  dimensions,
  getDimension,
  getIndicator,
  indicators,
} from './catalog/default-catalog.js';
export {
  findIndicators,
  getRelations,
  type RateDefinition,
  rateDefinitions,
  rateFormula,
} from './catalog/lookup.js';
export { formulaIndicatorIds, relationIndicatorIds } from './catalog/relation-ids.js';
export { cagr } from './change/cagr.js';
export { per100k } from './change/per-capita.js';
export { PercentagePoints, ppChange } from './change/pp-change.js';
export { yoyChange } from './change/yoy-change.js';
export { type Attainment, checkTarget, type TargetCheck } from './check-target.js';
export { compareReported, type ReportedComparison } from './compare-reported.js';
export {
  createRateDeriver,
  type DeriveRatesOptions,
  deriveRates,
  type RateDeriver,
} from './derive/derive-rates.js';
export type { Division, DivisionMatch } from './divisions/division.js';
export type { DivisionTree } from './divisions/lookup.js';
export { FazhiError, type Issue, issue, type SafeResult, type Severity } from './errors.js';
export { stripBom, textChunks } from './formats/chunks.js';
export {
  CSV_COLUMNS,
  type CsvColumn,
  type CsvWriteOptions,
  observationsToCsv,
  observationToCsvRow,
  REQUIRED_CSV_COLUMNS,
  readCsv,
  readCsvBatches,
} from './formats/csv.js';
export {
  type DecodeOptions,
  decodeBytes,
  ENCODING_LABELS,
  type EncodingOption,
  encodingOption,
  TEXT_ENCODINGS,
  type TextEncodingName,
} from './formats/encoding.js';
export { DATA_FORMATS, type DataFormat, detectFormat } from './formats/format.js';
export { type JsonReadResult, parseDatasetJson, stringifyDataset } from './formats/json.js';
export { locateJsonPaths } from './formats/json-lines.js';
export { observationsToNdjson, readNdjson, readNdjsonBatches } from './formats/ndjson.js';
export { fileTooLargeForJson, READ_ISSUE_CODES, type ReadIssueCode } from './formats/read-issues.js';
export { readObservationBatches } from './formats/read-stream.js';
export {
  DEFAULT_MAX_LINE_LENGTH,
  type ObservationRecord,
  type ReadIssueRecord,
  type ReadOptions,
  type ReadRecord,
  type TextSource,
} from './formats/record.js';
export {
  addIntervals,
  type Bound,
  contains,
  definitelyGreater,
  formatInterval,
  type Interval,
  isPoint,
  overlaps,
  pointInterval,
  subtractIntervals,
} from './interval.js';
export { LIMITS, type LimitName } from './limits.js';
export {
  type Dataset,
  DatasetSchema,
  NOT_MODELLED_CATEGORIES,
  type NotModelled,
  type NotModelledCategory,
  NotModelledSchema,
} from './model/dataset.js';
export {
  appliesTo,
  type Dimension,
  DimensionIdSchema,
  DimensionIndicatorPatternSchema,
  type DimensionMember,
  DimensionMemberSchema,
  DimensionSchema,
  DimensionsSchema,
  MemberIdSchema,
  OTHER_MEMBER,
} from './model/dimension.js';
export {
  type DivisionCode,
  DivisionCodeSchema,
  type DivisionLevel,
  DivisionLevelSchema,
  levelOfCode,
} from './model/division-code.js';
export {
  type Aggregation,
  AggregationSchema,
  type Indicator,
  IndicatorIdSchema,
  type IndicatorKind,
  IndicatorKindSchema,
  IndicatorSchema,
  type IndicatorSum,
  IndicatorSumSchema,
  type Polarity,
  PolaritySchema,
  type RateFormula,
  RateFormulaSchema,
} from './model/indicator.js';
export { type IsoDate, IsoDateSchema, YearSchema } from './model/iso-date.js';
export { type Jurisdiction, JurisdictionSchema } from './model/jurisdiction.js';
export {
  CHANGE_MEASURES,
  COVERAGES,
  type Coverage,
  CoverageSchema,
  dimensionsKey,
  MEASURES,
  type Measure,
  MeasureSchema,
  type Observation,
  ObservationSchema,
  type Period,
  PeriodSchema,
  type ScopeFields,
  type ShareOf,
  ShareOfSchema,
  type Source,
  SourceSchema,
  scopeKey,
} from './model/observation.js';
export {
  PartOfRelationSchema,
  type Relation,
  RelationSchema,
  StockFlowRelationSchema,
  SumRelationSchema,
} from './model/relation.js';
export {
  DOCUMENT_KIND_NAMES_ZH,
  DOCUMENT_KINDS,
  type DocumentKind,
  DocumentKindSchema,
  type ReportYear,
  ReportYearSchema,
  reportPeriod,
} from './model/report.js';
export { type Comparator, ComparatorSchema, type Target, TargetSchema } from './model/target.js';
export { isUnit, UNITS, type Unit } from './model/unit.js';
export {
  buildPanel,
  buildPanelAsync,
  createPanelBuilder,
  type PanelBuilder,
  type PanelInputLocation,
  type PanelOptions,
} from './panel/build-panel.js';
export { type BreakdownFields, type PanelObservation, seriesScope } from './panel/fields.js';
export type { Panel, PanelConflict, PanelPoint, PanelSeries, SeriesFields } from './panel/panel.js';
export {
  type PanelRate,
  type PanelRecord,
  panelObservations,
  panelRates,
} from './panel/panel-observations.js';
export {
  type RankEntry,
  type RankExclusion,
  type Ranking,
  type RankQuery,
  type RankRow,
  rankJurisdictions,
  rankValues,
} from './panel/rank.js';
export {
  type NotRolledUp,
  type RolledUpFigure,
  type RollUpComparison,
  type RollUpCoverage,
  type RollUpOptions,
  type RollUpResult,
  rollUp,
} from './panel/roll-up.js';
export {
  change,
  panelSeries,
  type RateVerdict,
  type SeriesQuery,
  type SeriesView,
  type SeriesYear,
  verdictOf,
  type YearChange,
} from './panel/series.js';
export { type ParsedQuantity, parseQuantity } from './parse-quantity.js';
export {
  DecimalValueSchema,
  QUALIFIER_WORDS_ZH,
  QUALIFIERS,
  type Qualifier,
  QualifierSchema,
  type Quantity,
  QuantitySchema,
  quantityInterval,
} from './quantity.js';
export { isRate, Rate, type RateBasis, rate, type UndefinedRateReason } from './rate.js';
export { headAppearanceRate } from './rates/appearance-rate.js';
export { closureRate, onTimeRate } from './rates/closure-rate.js';
export { type CorrectionOutcomes, correctionRate } from './rates/correction-rate.js';
export { clearanceRate, dispositionTime } from './rates/court-measures.js';
export type { Figure } from './rates/input.js';
export { type LossRateOverConcluded, type LossRateOverJudged, lossRate } from './rates/loss-rate.js';
export { successRate } from './rates/success-rate.js';
export {
  ROUNDING_MODE_NAMES_ZH,
  ROUNDING_MODES,
  type RoundingMode,
  roundDecimal,
  toDecimalString,
} from './rounding.js';
export { VALIDATION_CODES, type ValidationCode } from './validate/codes.js';
export {
  createValidator,
  type RereadRecord,
  type Validator,
  type ValidatorOptions,
} from './validate/create-validator.js';
export type { GroupingMode, SpillFile, SpillStore } from './validate/grouper.js';
export type { DerivedRate, DerivedRateReason } from './validate/rate-row.js';
export {
  type SpreadsheetFigure,
  type SpreadsheetFormatting,
  spreadsheetFigure,
} from './validate/spreadsheet-figures.js';
export {
  type DivisionLookup,
  type ObservationLocation,
  RULE_NAMES,
  type RuleName,
  type ValidateOptions,
  type ValidationResult,
} from './validate/types.js';
export { parseDataset, safeParseDataset, validateDataset } from './validate/validate-dataset.js';
export {
  type PanelValidationResult,
  type ValidateDatasetsOptions,
  validateDatasets,
} from './validate/validate-datasets.js';
export type { StructureCode } from './validate/zod-issues.js';
