/**
 * Reads a figure in a text table: its indicator from its column header (or the row header), its year from a year in
 * the column header (2019受理量), its measure from 占比/同比 headers, and its cell from the row header — a member of the
 * catalog's dimensions, the total row (合计), or a named unit the draft dataset declares.
 */
import type { Dimension } from '../model/dimension.js';
import { coverageCue } from './coverage.js';
import { lastDomain } from './domains.js';
import { type DivisionName, namedDivision } from './jurisdictions.js';
import { asCell, type MapContext, type Mapped, mapLevel } from './map-indicator.js';
import type { FigureMeasure, Measure } from './measure.js';
import { cellOf, findMembers, type MemberHit, type MemberTerm, searchable } from './members.js';
import type { Figure } from './scan-figures.js';
import { type Section, sectionsAt } from './segment.js';
import { type CellPlace, type TextTable, TOTAL_ROW } from './tables.js';
import type { Term } from './terms.js';

/** What a column header says about the figures below it. */
interface Column {
  readonly measure: Measure;
  /** A year printed in the header (2019受理量), unless it is the base of a change. */
  readonly year?: number;
  readonly baseYear?: number;
  /** The header without its year and measure words: the words that may name the indicator. */
  readonly words: string;
}

const CHANGE_WORDS = /同比|环比|增幅|增长率|增减|变化|变动|较上年|比上年|较去年|比去年|较\d{4}年?|比\d{4}年?/;
const CHANGE_WORDS_ALL =
  /同比|环比|增幅|增长率|增减|变化|变动|较上年|比上年|较去年|比去年|较\d{4}年?|比\d{4}年?/g;
const SHARE_WORDS = /占比|比重|占/;

function column(header: string, percent: boolean): Column {
  const year = /(?:19|20)\d{2}/.exec(header);
  const words = header.replace(/(?:19|20)\d{2}\s*年?(?:度)?/g, '').trim();
  if (CHANGE_WORDS.test(header)) {
    return {
      measure: percent ? 'yoyPercent' : 'yoyDifference',
      ...(year === null ? {} : { baseYear: Number(year[0]) }),
      words: words.replace(CHANGE_WORDS_ALL, ''),
    };
  }
  if (SHARE_WORDS.test(header)) return { measure: 'share', words: words.replace(/占比|比重/g, '') };
  return { measure: 'level', ...(year === null ? {} : { year: Number(year[0]) }), words };
}

/** A cell of a named unit (西兴街道, 市场监管局) that no catalog dimension has: declared by the draft dataset. */
export interface DeclaredUnits {
  /** dimension id → the dimension being built (members by name). */
  readonly dimensions: Map<
    string,
    { id: string; name: string; nameEn: string; indicators: Set<string>; members: Map<string, string> }
  >;
}

/** The dimensions the draft dataset declares for the named units of its tables. */
export function declaredDimensions(units: DeclaredUnits): Dimension[] {
  return [...units.dimensions.values()].map((d) => ({
    id: d.id,
    name: d.name,
    nameEn: d.nameEn,
    description: 'Named units of the report’s tables, declared by fazhi extract: review and rename.',
    indicators: [...d.indicators].sort(),
    exhaustive: false,
    members: [...d.members.entries()].map(([name, id]) => ({ id, name, nameEn: name })),
  }));
}

/** Respondents of reconsideration and defendants of lawsuits are named units (catalog: `respondent` holds their kind). */
export function unitDimension(domain: string): { id: string; name: string; nameEn: string } {
  return domain === 'reconsideration' || domain === 'litigation'
    ? { id: 'respondentUnit', name: '被申请人(被告)单位', nameEn: 'Respondent (defendant) unit' }
    : { id: 'namedUnit', name: '单位', nameEn: 'Named unit' };
}

/** The field of work of a table: the nearest domain word in the lines before it, else its section headings. */
function tableDomain(
  search: string,
  table: TextTable,
  sections: readonly Section[],
  known: ReadonlySet<string>,
): string | undefined {
  const from = Math.max(0, table.start - 400);
  const before = lastDomain(search.slice(from, table.start), table.start - from, known);
  if (before) return before.domain;
  for (const s of sectionsAt(sections, table.start)) {
    const d = lastDomain(s.heading, s.heading.length, known);
    if (d) return d.domain;
  }
  return undefined;
}

/** What a table cell was read as. */
export interface TableReading {
  readonly mapped: Mapped;
  readonly measure: FigureMeasure;
  readonly dimensions: Record<string, string>;
  readonly year?: number;
  /** A row that names a division under the reporting one (武汉市 | 2220 | 1795) is that division's. */
  readonly jurisdiction?: string;
  /** The table's title says its bodies are the reporting government's own (省直部门, 本级): `coverage: ownLevel`. */
  readonly ownLevel?: boolean;
}

/** What the table reader needs of the extraction: the text-wide part of a figure's {@link MapContext}, and more. */
export interface TableContext
  extends Pick<MapContext, 'search' | 'sections' | 'terms' | 'domains' | 'catalog'> {
  readonly members: readonly MemberTerm[];
  readonly units: DeclaredUnits;
  /** The divisions under the reporting jurisdiction, when the caller gave a division table. */
  readonly places: readonly DivisionName[];
  /** The reporting jurisdiction's code (its tier says what 省直/市直 in a title means). */
  readonly jurisdiction: string;
}

/** The caption of a table: the short line of words just before it (表1:省直部门行政复议案件情况), or `''`. */
function tableTitle(text: string, table: TextTable): string {
  const before = text.slice(Math.max(0, table.start - 200), table.start).trimEnd();
  const line = before.slice(before.lastIndexOf('\n') + 1).trim();
  return line.length <= 60 && !/[。；;]/.test(line) ? line : '';
}

/**
 * A column header that is a verb whose object the title names (收到 under 市州收到行政复议申请情况) stands for the
 * title's words it begins: the longest catalog term of the title that starts with it.
 */
function headerInTitle(terms: readonly Term[], title: string, words: string): string {
  const at = words.length < 2 ? -1 : title.indexOf(words);
  if (at < 0) return words;
  const term = terms.find((t) => t.word.startsWith(words) && title.startsWith(t.word, at));
  return term?.word ?? words;
}

/**
 * The cell the title of a table names for all its figures (省直部门 → reviewing body `department`): member words of
 * the title, except where it names two members of one dimension (市级+区级: the table covers both).
 */
function titleCell(t: TableContext, title: string, indicator: string): Record<string, string> {
  const text = searchable(title);
  const hits = findMembers(t.members, text, 0, text.length);
  const crowded = new Set(
    hits
      .filter((h) =>
        hits.some((o) => o.term.dimension.id === h.term.dimension.id && o.term.member !== h.term.member),
      )
      .map((h) => h.term.dimension.id),
  );
  return cellOf(
    hits.filter((h) => !crowded.has(h.term.dimension.id)),
    indicator,
  ).dimensions;
}

/** The indicator a column names for a row: the header's words, then the row header's, read as one short clause. */
function mapColumn(
  t: TableContext,
  row: string,
  words: string,
  figure: Figure,
  measure: Measure,
  domain: string | undefined,
) {
  const text = `${row} ${words}${figure.text}`;
  const start = text.length - figure.text.length;
  // A share or change is of the count its level column holds: read the indicator as a level without a unit.
  const { unitText: _, ...rest } = figure;
  const synthetic: Figure =
    measure === 'level'
      ? { ...figure, start, end: text.length }
      : { ...rest, kind: 'quantity', start, end: text.length };
  const span = { start: 0, end: text.length };
  const ctx: MapContext = {
    text,
    search: searchable(text),
    figure: synthetic,
    clause: span,
    sentence: span,
    sections: [],
    terms: t.terms,
    domains: t.domains,
    catalog: t.catalog,
    figures: [synthetic],
    ...(domain === undefined ? {} : { domainHint: domain }),
  };
  return mapLevel(ctx);
}

/**
 * Reads the figure of a table cell.
 *
 * @param t - the catalog's words and the draft's declared units
 * @param place - where the figure stands (a row below the header, a column after the row header)
 * @param figure - the figure
 * @param reportYear - the year of the report
 * @returns the reading, `ambiguous`, or `undefined` when nothing names its indicator
 */
export function readTableCell(
  t: TableContext,
  place: CellPlace,
  figure: Figure,
  reportYear: number,
): TableReading | 'ambiguous' | undefined {
  const { table, row } = place;
  if (row === undefined) return undefined;
  const percent = figure.kind === 'percent';
  const columns = table.headers.map((h, i) => column(h, percent && i === place.column));
  const own = columns[place.column];
  if (own === undefined) return undefined;
  const domain = tableDomain(t.search, table, t.sections, t.domains);
  const title = tableTitle(t.search, table);
  // A share or change column speaks of the level column of the report's year nearest to its left.
  let words = own.words;
  if (own.measure !== 'level' && !/[\u4e00-\u9fff]{2}/.test(words)) {
    const levels = columns
      .map((c, i) => ({ c, i }))
      .filter(({ c, i }) => i > 0 && i < place.column && c.measure === 'level');
    const pick =
      levels.filter(({ c }) => c.year === undefined || c.year === reportYear).at(-1) ?? levels.at(-1);
    if (pick !== undefined) words = pick.c.words;
  }
  const total = TOTAL_ROW.test(row.label.replace(/\s/g, ''));
  const read = (w: string) => mapColumn(t, total ? '' : row.label, w, figure, own.measure, domain);
  let mapped = read(words);
  const fromTitle = mapped === undefined ? headerInTitle(t.terms, title, words) : words;
  if (fromTitle !== words) mapped = read(fromTitle);
  if (mapped === undefined || mapped === 'ambiguous') return mapped;
  const cell = asCell(mapped.indicator, t.catalog);
  const dimensions: Record<string, string> = { ...cell.dimensions };
  const division = total ? undefined : namedDivision(t.places, row.label.replace(/\s/g, ''));
  if (!total && division === undefined) {
    const label = searchable(row.label.replace(/\s+/g, ''));
    const hits = findMembers(t.members, label, 0, label.length);
    const rows = rowKind(table);
    if (rows === 'departments') {
      Object.assign(dimensions, departmentCell(t, hits, cell.indicator.id, label));
    } else {
      const named = rows === 'units' ? {} : cellOf(hits, cell.indicator.id).dimensions;
      if (Object.keys(named).length > 0) Object.assign(dimensions, named);
      else if (!termNamesRow(t, label))
        Object.assign(
          dimensions,
          declareMember(t.units, unitDimension(domain ?? ''), cell.indicator.id, label),
        );
    }
  }
  // The title's cell holds for every row, where the row does not say otherwise.
  for (const [id, member] of Object.entries(titleCell(t, title, cell.indicator.id)))
    if (dimensions[id] === undefined) dimensions[id] = member;
  const sign: 1 | -1 = /^[-−－]/.test(row.cells[place.column]?.text ?? '') ? -1 : 1;
  const measure: FigureMeasure = {
    measure: own.measure,
    sign,
    respectively: false,
    wordsStart: figure.start,
    ...(own.baseYear === undefined ? {} : { baseYear: own.baseYear }),
  };
  return {
    mapped: { ...mapped, indicator: cell.indicator, rule: `table-cell ${mapped.rule}` },
    measure,
    dimensions,
    ...(own.year === undefined ? {} : { year: own.year }),
    ...(division === undefined ? {} : { jurisdiction: division }),
    ...(coverageCue(title, t.jurisdiction)?.coverage === 'ownLevel' ? { ownLevel: true } : {}),
  };
}

/**
 * A row header that names one body (长河街道, 市场监管局, 省人社厅) rather than a kind of body: unless it is exactly a
 * member's word, it is its own cell, not the kind or field its words contain.
 */
const NAMED_UNIT = /(?:局|分局|街道|镇|乡|委|厅|办|政府|法院|检察院|中心|公司|所)$/;
/** A row header that names a department of government by its field (省人社厅, 市场监督管理局, 县发改委). */
const DEPARTMENT = /(?:厅|局|委员会|委|办公室)$/;
/** The level of government before a department's field (省, 县; not the 市 of 市场). */
const LEVEL_PREFIX = /^(?:省|市(?!场)|县|区(?!划))/;
/** What a department is called after its field (监督管理局, 厅, 委). */
const AGENCY_SUFFIX = /(?:监督管理局|管理局|委员会|办公室|厅|局|委)$/;
const AGENCY_DOMAIN = 'agencyDomain';

/**
 * How the rows of a table are read, the same way for every row: `departments` when every row header names a
 * department of government (the table breaks its figures down by field of administration), `units` when most name
 * single bodies of other kinds too (a street, the district government: each row is its own cell), else `members`
 * (the row headers are catalog member words: 刑事案件, 一审).
 */
function rowKind(table: TextTable): 'departments' | 'units' | 'members' {
  const labels = table.rows.map((r) => r.label.replace(/\s/g, '')).filter((l) => !TOTAL_ROW.test(l));
  if (labels.length > 0 && labels.every((l) => DEPARTMENT.test(l))) return 'departments';
  return labels.filter((l) => NAMED_UNIT.test(l)).length * 2 > labels.length ? 'units' : 'members';
}

/**
 * The field of administration a department's row names (省人社厅 → 人力资源和社会保障): the catalog's member words,
 * else the department's name without its level and its suffix, declared as a new member (公共资源交易).
 */
function departmentCell(
  t: TableContext,
  hits: readonly MemberHit[],
  indicator: string,
  label: string,
): Record<string, string> {
  const named = cellOf(
    hits.filter((h) => h.term.dimension.id === AGENCY_DOMAIN),
    indicator,
  ).dimensions;
  if (named[AGENCY_DOMAIN] !== undefined) return named;
  const dimension = t.catalog.dimensions?.find((d) => d.id === AGENCY_DOMAIN);
  if (dimension === undefined) return {};
  const field = label.replace(LEVEL_PREFIX, '').replace(AGENCY_SUFFIX, '');
  return declareMember(t.units, dimension, indicator, field.length >= 2 ? field : label);
}

/** `true` when the row header is the name of an indicator (行政复议案件 | 48 | 23): the row is not a unit. */
function termNamesRow(t: TableContext, label: string): boolean {
  return t.terms.some((term) => term.word.length >= 2 && label.includes(term.word));
}

/** The member of a declared dimension (or a catalog dimension the draft extends) that a row names, declared once. */
function declareMember(
  units: DeclaredUnits,
  kind: { id: string; name: string; nameEn: string },
  indicator: string,
  name: string,
): Record<string, string> {
  let d = units.dimensions.get(kind.id);
  if (d === undefined) {
    d = { id: kind.id, name: kind.name, nameEn: kind.nameEn, indicators: new Set(), members: new Map() };
    units.dimensions.set(kind.id, d);
  }
  d.indicators.add(indicator);
  let id = d.members.get(name);
  if (id === undefined) {
    id = `unit${d.members.size + 1}`;
    d.members.set(name, id);
  }
  return { [kind.id]: id };
}
