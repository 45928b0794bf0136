import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/catalog/areas.js';
import { checkCatalog } from '../../src/catalog/check-catalog.js';
import { createCatalog } from '../../src/catalog/create-catalog.js';
import { defaultCatalog, getIndicator, indicators } from '../../src/catalog/default-catalog.js';
import { formulaIndicatorIds, relationIndicatorIds } from '../../src/catalog/relation-ids.js';
import { isUnit } from '../../src/model/unit.js';

describe('defaultCatalog self-validation', () => {
  it('has no issues at all, not even warnings', () => {
    expect(checkCatalog(defaultCatalog)).toEqual([]);
  });

  it('passes every check createCatalog runs (import trusts it instead of checking it again)', () => {
    const { indicators, relations, dimensions } = defaultCatalog;
    const rebuilt = createCatalog({ indicators, relations, dimensions: dimensions ?? [] });
    expect(rebuilt.indicators).toEqual(indicators);
    expect(rebuilt.dimensions).toEqual(dimensions);
  });

  it('has at least 80 indicators and 20 relations', () => {
    expect(indicators.length).toBeGreaterThanOrEqual(80);
    expect(defaultCatalog.relations.length).toBeGreaterThanOrEqual(20);
  });

  it('uses unique indicator ids and relation ids', () => {
    expect(new Set(indicators.map((i) => i.id)).size).toBe(indicators.length);
    const relIds = defaultCatalog.relations.map((r) => r.id);
    expect(new Set(relIds).size).toBe(relIds.length);
  });

  it('names only existing indicators of one unit in every relation and formula', () => {
    for (const rel of defaultCatalog.relations) {
      const units = new Set(relationIndicatorIds(rel).map((id) => getIndicator(id)?.unit));
      expect(units.has(undefined), rel.id).toBe(false);
      expect(units.size, rel.id).toBe(1);
    }
    for (const ind of indicators) {
      for (const f of ind.formulas ?? []) {
        const terms = formulaIndicatorIds(f).map((id) => getIndicator(id));
        expect(
          terms.every((t) => t !== undefined && (t.kind === 'count' || t.kind === 'stock')),
          ind.id,
        ).toBe(true);
        expect(new Set(terms.map((t) => t?.unit)).size, ind.id).toBe(1);
      }
    }
  });

  it('gives every indicator a known unit, a known area and both names', () => {
    const areas = new Set(AREAS.map((a) => a.id));
    for (const ind of indicators) {
      expect(isUnit(ind.unit), ind.id).toBe(true);
      expect(areas.has(ind.area ?? ''), ind.id).toBe(true);
      expect(ind.name.length, ind.id).toBeGreaterThan(0);
      expect(ind.nameEn.length, ind.id).toBeGreaterThan(0);
      expect(ind.id).toMatch(/^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/);
    }
  });

  it('never aggregates rates or changes, and aggregates counts by sum and stocks by date', () => {
    for (const ind of indicators) {
      if (ind.kind === 'rate' || ind.kind === 'change') expect(ind.aggregation, ind.id).toBe('none');
      if (ind.kind === 'count' || ind.kind === 'amount') expect(ind.aggregation, ind.id).toBe('sum');
      if (ind.kind === 'stock') expect(ind.aggregation, ind.id).toBe('sameDate');
      if (ind.kind === 'rate') expect(ind.unit, ind.id).toBe('percent');
    }
  });

  it('returns undefined for unknown ids and the definition for known ones', () => {
    expect(getIndicator('litigation.nope')).toBeUndefined();
    expect(getIndicator('litigation.lossRate')?.name).toBe('败诉率');
  });

  it('is frozen so no caller can change the built-in list', () => {
    expect(Object.isFrozen(defaultCatalog)).toBe(true);
    expect(Object.isFrozen(indicators)).toBe(true);
  });
});

describe('public contract ids (issue 3)', () => {
  const contract: ReadonlyArray<[string, string, string, string]> = [
    ['reconsideration.received', '收到', 'cases', 'count'],
    ['reconsideration.accepted', '受理', 'cases', 'count'],
    ['reconsideration.rejected', '不予受理', 'cases', 'count'],
    ['reconsideration.concluded', '办结', 'cases', 'count'],
    ['reconsideration.carriedOver', '上年结转', 'cases', 'stock'],
    ['reconsideration.upheld', '维持', 'cases', 'count'],
    ['reconsideration.dismissed', '驳回', 'cases', 'count'],
    ['reconsideration.revoked', '撤销', 'cases', 'count'],
    ['reconsideration.altered', '变更', 'cases', 'count'],
    ['reconsideration.confirmedIllegal', '确认违法', 'cases', 'count'],
    ['reconsideration.orderedPerformance', '责令履行', 'cases', 'count'],
    ['reconsideration.confirmedVoid', '确认无效', 'cases', 'count'],
    ['reconsideration.mediated', '调解', 'cases', 'count'],
    ['reconsideration.withdrawn', '撤回', 'cases', 'count'],
    ['reconsideration.corrected', '纠错', 'cases', 'count'],
    ['reconsideration.correctionRate', '纠错率', 'percent', 'rate'],
    ['litigation.cases', '行政诉讼', 'cases', 'count'],
    ['litigation.concluded', '审结', 'cases', 'count'],
    ['litigation.judged', '判决', 'cases', 'count'],
    ['litigation.won', '胜诉', 'cases', 'count'],
    ['litigation.lost', '败诉', 'cases', 'count'],
    ['litigation.withdrawn', '撤诉', 'cases', 'count'],
    ['litigation.lossRate', '败诉率', 'percent', 'rate'],
    ['litigation.headAppearanceRate', '负责人出庭应诉率', 'percent', 'rate'],
    ['mediation.cases', '调解', 'cases', 'count'],
    ['mediation.succeeded', '调解成功', 'cases', 'count'],
    ['mediation.successRate', '调解成功率', 'percent', 'rate'],
    ['legalAid.cases', '法律援助', 'cases', 'count'],
    ['notarization.cases', '公证', 'cases', 'count'],
    ['communityCorrection.enrolled', '在册', 'people', 'stock'],
    ['communityCorrection.probation', '缓刑', 'people', 'stock'],
    ['communityCorrection.parole', '假释', 'people', 'stock'],
    ['communityCorrection.temporaryOutside', '暂予监外执行', 'people', 'stock'],
    ['communityCorrection.control', '管制', 'people', 'stock'],
  ];
  it.each(contract)('%s means %s, in %s, as a %s', (id, zh, unit, kind) => {
    const ind = getIndicator(id);
    expect(ind).toBeDefined();
    expect([ind?.name, ...(ind?.synonyms ?? [])].some((n) => n?.includes(zh))).toBe(true);
    expect(ind?.unit).toBe(unit);
    expect(ind?.kind).toBe(kind);
  });

  it('defines the correction rate over concluded and over decided cases, and a comprehensive variant', () => {
    const rate = getIndicator('reconsideration.correctionRate');
    expect(rate?.formulas?.map((f) => f.basis)).toEqual(['concluded', 'decided']);
    expect(rate?.formulas?.[0]?.numerator.plus).toEqual(['reconsideration.corrected']);
    const comprehensive = getIndicator('reconsideration.comprehensiveCorrectionRate');
    expect(comprehensive?.formulas?.[0]?.numerator.plus).toEqual([
      'reconsideration.corrected',
      'reconsideration.mediated',
    ]);
  });

  it('defines the loss rate over concluded and over judged cases', () => {
    const f = getIndicator('litigation.lossRate')?.formulas ?? [];
    expect(f.map((x) => [x.basis, x.numerator.plus, x.denominator.plus])).toEqual([
      ['concluded', ['litigation.lost'], ['litigation.concluded']],
      ['judged', ['litigation.lost'], ['litigation.judged']],
    ]);
  });

  it('lets only rates that can include carried-over cases exceed 100%', () => {
    const over = indicators.filter((i) => i.allowsOver100).map((i) => i.id);
    expect(over).toEqual(['reconsideration.closureRate', 'litigation.closureRate']);
  });

  it('defines 纠错 as exactly the five correcting outcomes', () => {
    const rel = defaultCatalog.relations.find(
      (r) => r.kind === 'sum' && r.total === 'reconsideration.corrected',
    );
    expect(rel?.kind === 'sum' ? [...rel.parts].sort() : []).toEqual(
      [
        'reconsideration.altered',
        'reconsideration.confirmedIllegal',
        'reconsideration.confirmedVoid',
        'reconsideration.orderedPerformance',
        'reconsideration.revoked',
      ].sort(),
    );
  });
});
