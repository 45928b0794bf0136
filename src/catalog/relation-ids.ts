import type { RateFormula } from '../model/indicator.js';
import type { Relation } from '../model/relation.js';

/**
 * Every indicator id a relation names, in order (total then parts; part then whole; end, start, inflows, outflows).
 *
 * @param relation - a relation
 * @returns the ids, possibly with repeats if the relation repeats one
 * @example
 * ```ts
 * relationIndicatorIds({ kind: 'partOf', id: 'r', part: 'a.b', whole: 'a.c', description: 'd', descriptionZh: 'd' })
 * // ['a.b', 'a.c']
 * ```
 */
export function relationIndicatorIds(relation: Relation): readonly string[] {
  switch (relation.kind) {
    case 'sum':
      return [relation.total, ...relation.parts];
    case 'partOf':
      return [relation.part, relation.whole];
    case 'stockFlow':
      return [relation.end, relation.start, ...relation.inflows, ...relation.outflows];
  }
}

/**
 * Every indicator id a rate formula names: numerator terms, then denominator terms (plus before minus).
 *
 * @param formula - a rate formula
 * @returns the ids
 * @example
 * ```ts
 * formulaIndicatorIds({ basis: 'concluded', numerator: { plus: ['litigation.lost'] },
 *   denominator: { plus: ['litigation.concluded'] } }) // ['litigation.lost', 'litigation.concluded']
 * ```
 */
export function formulaIndicatorIds(formula: RateFormula): readonly string[] {
  return [
    ...formula.numerator.plus,
    ...(formula.numerator.minus ?? []),
    ...formula.denominator.plus,
    ...(formula.denominator.minus ?? []),
  ];
}
