// The per-scope index of numbered cells and the fast paths that read it: each must confirm a clean breakdown (or
// the slow rules run again for every scope, which no verdict shows) and must never confirm a faulty one.
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/default-catalog.js';
import type { Issue } from '../../src/errors.js';
import type { Observation } from '../../src/model/observation.js';
import type { Entry, RuleContext } from '../../src/validate/context.js';
import { indexDimensions } from '../../src/validate/dimension-index.js';
import { plainWhole } from '../../src/validate/numeric.js';
import { quickShareOk } from '../../src/validate/quick-share.js';
import { breakdownsPlainlyHold, checkBreakdowns } from '../../src/validate/rules/breakdowns.js';
import { checkDuplicates } from '../../src/validate/rules/duplicates.js';
import { checkPartsWholes, indexRelations } from '../../src/validate/rules/parts-wholes.js';
import { checkShareSums, shareSumsPlainlyHold } from '../../src/validate/rules/share-sums.js';
import { type Scope, splitScopes } from '../../src/validate/scopes.js';
import { RULE_NAMES } from '../../src/validate/types.js';

type Obs = Partial<Observation> & Pick<Observation, 'indicator' | 'value'>;
const indicators = new Map(defaultCatalog.indicators.map((d) => [d.id, d]));
const dims = indexDimensions(defaultCatalog);

function context(found: Issue[]): RuleContext {
  return {
    catalog: defaultCatalog,
    indicators,
    dimensions: dims,
    divisions: undefined,
    reports: undefined,
    today: '2026-06-01',
    todayYear: 2026,
    jumpFactor: 5,
    on: Object.fromEntries(RULE_NAMES.map((r) => [r, true])) as RuleContext['on'],
    emit: (i) => found.push(i),
  };
}

/** The entries of one jurisdiction-year, as the validator builds them. */
function entries(list: Obs[]): Entry[] {
  return list.map((x, i) => {
    const o = { jurisdiction: '330108', year: 2020, ...x } as Observation;
    const newer = o.dimensions !== undefined || o.measure !== undefined;
    return { o, i, line: i + 1, d: indicators.get(o.indicator), n: plainWhole(o.value), x: newer };
  });
}

const scopeOf = (list: Obs[]): Scope => splitScopes(entries(list), undefined, dims)[0] as Scope;
const total = (value: string, more: Partial<Obs> = {}): Obs => ({
  indicator: 'reconsideration.accepted',
  value,
  ...more,
});
const cell = (member: string, value: string, more: Partial<Obs> = {}): Obs => ({
  indicator: 'reconsideration.accepted',
  value,
  dimensions: { matter: member },
  ...more,
});
const share = (member: string, value: string): Obs => cell(member, value, { measure: 'share' });

// 59 = 13 + 21 + 6 + 19 (其他), with shares 22.0 + 35.6 + 10.2 + 32.2 = 100.
const clean: Obs[] = [
  total('59'),
  cell('administrativePenalty', '13'),
  share('administrativePenalty', '22.0'),
  cell('administrativeCoercion', '21'),
  share('administrativeCoercion', '35.6'),
  cell('informationDisclosure', '6'),
  share('informationDisclosure', '10.2'),
  cell('other', '19'),
  share('other', '32.2'),
];

describe('the cell index built while splitting', () => {
  it('numbers every one-dimension catalog cell of a scope and finds its cell scope by it', () => {
    const s = scopeOf(clean);
    expect(s.cellIndex?.simple).toBe(true);
    expect(s.cellIndex?.distinct).toBe(true);
    const other = dims.cells.get('matter')?.get('other');
    expect(other?.key).toBe('matter:other');
    const c = other === undefined ? undefined : s.cellIndex?.scopes.get(other);
    expect(c?.ref).toBe(other);
    expect(c?.first.get('reconsideration.accepted')?.o.value).toBe('19');
    expect(s.cellIndex?.shares.get(other as NonNullable<typeof other>)).toEqual(
      new Set(['reconsideration.accepted']),
    );
    expect(s.cellScopes?.map((x) => x.dimsKey)).toEqual([
      'matter:administrativePenalty',
      'matter:administrativeCoercion',
      'matter:informationDisclosure',
      'matter:other',
    ]);
  });

  it('marks a second figure at the same coordinates, level or share', () => {
    expect(scopeOf([...clean, cell('other', '19')]).cellIndex?.distinct).toBe(false);
    expect(scopeOf([...clean, share('other', '32.2')]).cellIndex?.distinct).toBe(false);
  });

  it('leaves cells the fast paths cannot judge to the full rules', () => {
    const notSimple = (extra: Obs) => scopeOf([...clean, extra]).cellIndex?.simple;
    expect(notSimple(cell('other', '3', { dimensions: { matter: 'other', respondent: 'other' } }))).toBe(
      false,
    );
    expect(notSimple(cell('noSuchMember', '3'))).toBe(false);
    expect(notSimple(cell('other', '3', { indicator: 'no.suchIndicator' }))).toBe(false);
    expect(notSimple(cell('other', '30', { measure: 'share', qualifier: 'approx' }))).toBe(false);
    expect(notSimple(cell('other', '3', { measure: 'yoyPercent' }))).toBe(false);
    // legalAid.cases at caseType: criminal is the catalog's legalAid.criminalCases: read back, not numbered.
    expect(notSimple({ indicator: 'legalAid.cases', value: '3', dimensions: { caseType: 'criminal' } })).toBe(
      false,
    );
  });
});

describe('fast paths over the cell index', () => {
  it('confirm a clean breakdown and its shares, so the full rules never run for it', () => {
    const s = scopeOf(clean);
    const found: Issue[] = [];
    const ctx = context(found);
    expect(breakdownsPlainlyHold(s, ctx)).toBe(true);
    expect(shareSumsPlainlyHold(s, ctx)).toBe(true);
    for (const e of s.measures ?? []) expect(quickShareOk(e, s, dims)).toBe(true);
    checkDuplicates(s, ctx);
    checkBreakdowns(s, ctx);
    checkShareSums(s, ctx);
    expect(found).toEqual([]);
  });

  it('confirm a partial breakdown within its total, and a partial one of shares', () => {
    const s = scopeOf(clean.slice(0, 5));
    expect(breakdownsPlainlyHold(s, context([]))).toBe(true);
    expect(shareSumsPlainlyHold(s, context([]))).toBe(true);
  });

  it('never confirm a breakdown that does not add up, and the full rule then reports it', () => {
    const off = scopeOf([...clean.slice(0, 7), cell('other', '20'), share('other', '32.2')]);
    const found: Issue[] = [];
    expect(breakdownsPlainlyHold(off, context(found))).toBe(false);
    checkBreakdowns(off, context(found));
    expect(found.map((i) => i.code)).toEqual(['breakdown_mismatch']);
    const over = scopeOf([
      total('59'),
      cell('administrativePenalty', '40'),
      cell('administrativeCoercion', '21'),
    ]);
    expect(breakdownsPlainlyHold(over, context([]))).toBe(false);
  });

  it('never confirm a figure it cannot add exactly (a qualifier, a negative count)', () => {
    const approx = clean.map((o) => (o.value === '19' ? { ...o, qualifier: 'approx' as const } : o));
    expect(breakdownsPlainlyHold(scopeOf(approx), context([]))).toBe(false);
    const negative = [total('59'), cell('administrativePenalty', '-1'), cell('other', '60')];
    expect(breakdownsPlainlyHold(scopeOf(negative), context([]))).toBe(false);
  });

  it('never confirm shares that no rounding adds up to 100, nor a share its figures do not give', () => {
    const sums = clean.map((o) =>
      o.measure === 'share' && o.value === '32.2' ? { ...o, value: '35.2' } : o,
    );
    const s = scopeOf(sums);
    const found: Issue[] = [];
    expect(shareSumsPlainlyHold(s, context(found))).toBe(false);
    checkShareSums(s, context(found));
    expect(found.map((i) => i.code)).toEqual(['share_sum_mismatch']);
    const wrong = s.measures?.find((e) => e.o.value === '35.2') as Entry;
    expect(quickShareOk(wrong, s, dims)).toBe(false);
  });
});

describe('relations within cells', () => {
  it('checks each cell against the relations of its own figures, when cells alike and unlike follow each other', () => {
    const at = (member: string, indicator: string, value: string): Obs => ({
      indicator,
      value,
      dimensions: { matter: member },
    });
    const s = scopeOf([
      total('100', { indicator: 'reconsideration.received' }),
      at('administrativePenalty', 'reconsideration.received', '10'),
      at('administrativePenalty', 'reconsideration.accepted', '12'),
      at('administrativeCoercion', 'reconsideration.received', '20'),
      at('administrativeCoercion', 'reconsideration.accepted', '21'),
      at('other', 'reconsideration.concluded', '5'),
      at('other', 'reconsideration.mediated', '9'),
    ]);
    const found: Issue[] = [];
    const index = indexRelations(defaultCatalog.relations);
    for (const c of s.cellScopes ?? []) checkPartsWholes(c, index, context(found));
    expect(found.map((i) => [i.code, i.path])).toEqual([
      ['part_exceeds_whole', 'observations[2].value'],
      ['part_exceeds_whole', 'observations[4].value'],
      ['part_exceeds_whole', 'observations[6].value'],
      // 调解 9 of 办结 5 breaks two of the catalog's relations.
      ['part_exceeds_whole', 'observations[6].value'],
    ]);
  });
});
