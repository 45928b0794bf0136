import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { codes, ob, opts } from './fixtures.js';

const TODAY = { today: '2025-06-01' } as const;
const run = (...observations: object[]) => validateDataset({ observations }, opts);

describe('duplicates: what it catches', () => {
  it('the same jurisdiction, year, indicator and scope with different values', () => {
    const r = run(ob('cases', 54), ob('cases', 55));
    expect(codes(r)).toEqual(['conflicting_observation']);
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.path).toBe('observations[1].value');
    expect(r.issues[0]?.details).toMatchObject({ first: 'observations[0]', firstValue: 54, value: 55 });
  });

  it('conflicts even when not adjacent in the input', () => {
    const r = run(ob('cases', 54), ob('cases', 50, { year: 2023 }), ob('cases', 60));
    expect(codes(r)).toEqual(['conflicting_observation']);
  });

  it('qualified values that cannot both hold', () => {
    expect(codes(run(ob('cases', 600, { qualifier: 'moreThan' }), ob('cases', 500)))).toEqual([
      'conflicting_observation',
    ]);
  });

  it('an identical figure given twice, as a warning', () => {
    const r = run(ob('cases', 54), ob('cases', '54.0'));
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['duplicate_observation', 'warning']]);
    expect(r.ok).toBe(true);
  });
});

describe('duplicates: a figure printed twice in one report', () => {
  const binjiang = (value: string, quote: string, report = '03_hangzhou-binjiang_2020') => ({
    jurisdiction: '330108',
    year: 2020,
    indicator: 'reconsideration.accepted',
    value,
    unit: 'cases',
    source: { report, quote },
  });
  const dataset = (...observations: object[]) => ({
    reports: [
      { id: '03_hangzhou-binjiang_2020', jurisdiction: '330108', year: 2020, kind: 'statistical-analysis' },
      { id: 'other', jurisdiction: '330108', year: 2020, kind: 'annual-report' },
    ],
    observations,
  });
  const found = (d: object) => validateDataset(d, TODAY).issues.map((i) => [i.code, i.severity, i.path]);

  it('is corroborated when the text and a table row agree (滨江: 受理59件, 合计 | 96 | 59)', () => {
    const r = validateDataset(
      dataset(binjiang('59', '受理59件'), binjiang('59', '合计 | 96 | 59 | 100.0% | -38.5% |')),
      TODAY,
    );
    expect(r.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ['corroborated', 'info', 'observations[1].value'],
    ]);
    expect(r.issues[0]?.message).toContain('“受理59件”');
    expect(r.issues[0]?.messageZh).toContain('两处印出且一致');
    expect(r.issues[0]?.details).toMatchObject({
      quote: '合计 | 96 | 59 | 100.0% | -38.5% |',
      firstQuote: '受理59件',
    });
  });

  it('is corroborated when two reports of the dataset print it alike, even in the same words', () => {
    expect(found(dataset(binjiang('59', '受理59件'), binjiang('59', '受理59件', 'other')))).toEqual([
      ['corroborated', 'info', 'observations[1].value'],
    ]);
  });

  it('stays a duplicate when the same quote is entered twice, or a figure has no quote', () => {
    expect(found(dataset(binjiang('59', '受理59件'), binjiang('59', '受理59件')))).toEqual([
      ['duplicate_observation', 'warning', 'observations[1].value'],
    ]);
    expect(found(dataset(binjiang('59', '受理59件'), { ...binjiang('59', ''), source: undefined }))).toEqual([
      ['duplicate_observation', 'warning', 'observations[1].value'],
    ]);
  });

  it('stays a conflict when the restatement disagrees (合计 | 96 | 58)', () => {
    expect(found(dataset(binjiang('59', '受理59件'), binjiang('58', '合计 | 96 | 58 |')))).toEqual([
      ['conflicting_observation', 'error', 'observations[1].value'],
    ]);
  });
});

describe('duplicates: what it must not flag as a conflict', () => {
  it('different scopes: asOf, cumulative, carried over, basis', () => {
    const r = run(
      ob('cases', 54),
      ob('cases', 30, { asOf: '2024-06-30' }),
      ob('cases', 400, { cumulative: true, since: '2019' }),
      ob('cases', 60, { includesCarriedOver: true }),
    );
    expect(codes(r)).toEqual(['partial_period']);
  });

  it('a "600余" and a 650 (compatible: a warning, not an error)', () => {
    const r = run(ob('cases', 600, { qualifier: 'moreThan' }), ob('cases', 650));
    expect(codes(r)).toEqual(['duplicate_observation']);
  });

  it('约 figures', () => {
    expect(codes(run(ob('cases', 600, { qualifier: 'approx' }), ob('cases', 640)))).toEqual([
      'duplicate_observation',
    ]);
  });

  it('other jurisdictions and years', () => {
    expect(
      run(ob('cases', 54), ob('cases', 55, { jurisdiction: '433125' }), ob('cases', 56, { year: 2023 }))
        .issues,
    ).toEqual([]);
  });

  it('can be switched off', () => {
    expect(
      validateDataset(
        { observations: [ob('cases', 1), ob('cases', 2)] },
        { ...opts, rules: { duplicates: false } },
      ).issues,
    ).toEqual([]);
  });
});

describe('duplicates: cells of breakdowns', () => {
  // Real catalog: legalAid.cases by caseType; a change of one cell against each of many base years, then repeated.
  const cell = (value: string, baseYear: number) => ({
    jurisdiction: '433126',
    year: 2024,
    indicator: 'legalAid.cases',
    value,
    unit: 'percent',
    measure: 'yoyPercent',
    baseYear,
    dimensions: { caseType: 'civil' },
  });
  const years = Array.from({ length: 11 }, (_, k) => 2013 + k);
  const check = (observations: object[]) =>
    validateDataset({ observations }, { ...TODAY, rules: { partsWholes: false, publishedRates: false } });

  it('finds the repeated cell among many alike but for their base year (the first of its coordinates)', () => {
    const r = check([...years.map((y, k) => cell(`${k}.5`, y)), cell('99', 2022)]);
    expect(codes(r)).toEqual(['conflicting_observation']);
    expect(r.issues[0]?.path).toBe('observations[11].value');
    expect(r.issues[0]?.details).toMatchObject({ first: 'observations[9]', firstValue: '9.5', value: '99' });
  });

  it('finds it among a few, and flags none when every cell has its own coordinates', () => {
    const few = years.slice(0, 3);
    expect(codes(check([...few.map((y, k) => cell(`${k}.5`, y)), cell('77', 2014)]))).toEqual([
      'conflicting_observation',
    ]);
    expect(codes(check(years.map((y, k) => cell(`${k}.5`, y))))).toEqual([]);
  });
});
