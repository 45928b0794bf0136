import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/default-catalog.js';
import { findIndicators, getRelations, rateDefinitions, rateFormula } from '../../src/catalog/lookup.js';

describe('catalog lookups', () => {
  it('finds the relations naming an indicator in any role', () => {
    const ids = getRelations(defaultCatalog, 'communityCorrection.enrolled').map((r) => r.kind);
    expect(ids).toEqual(['sum', 'stockFlow', 'partOf', 'partOf']);
    expect(getRelations(defaultCatalog, 'nobody.here')).toEqual([]);
  });

  it('lists every rate with formulas and nothing else', () => {
    const rates = rateDefinitions(defaultCatalog);
    expect(rates.every((r) => r.indicator.kind === 'rate' && r.formulas.length > 0)).toBe(true);
    expect(rates.map((r) => r.indicator.id)).toContain('mediation.successRate');
    expect(rates.map((r) => r.indicator.id)).not.toContain('majorDecisions.catalogueCoverage');
  });

  it('picks a formula by basis, or the usual one', () => {
    expect(rateFormula(defaultCatalog, 'litigation.lossRate')?.basis).toBe('concluded');
    expect(rateFormula(defaultCatalog, 'litigation.lossRate', 'judged')?.denominator.plus).toEqual([
      'litigation.judged',
    ]);
    expect(rateFormula(defaultCatalog, 'litigation.lossRate', 'nope')).toBeUndefined();
    expect(rateFormula(defaultCatalog, 'nope.rate')).toBeUndefined();
  });

  it('maps printed terms to candidate ids, ambiguities included', () => {
    expect(findIndicators(defaultCatalog, ' 调处成功率 ').map((i) => i.id)).toEqual([
      'mediation.successRate',
    ]);
    const concluded = findIndicators(defaultCatalog, '审结').map((i) => i.id);
    expect(concluded).toContain('reconsideration.concluded');
    expect(concluded).toContain('litigation.concluded');
    expect(findIndicators(defaultCatalog, '不存在的说法')).toEqual([]);
  });
});
