// A small division tree for roll-up tests: a province with two prefectures of counties, and one county it governs
// directly (like 省直辖县级市).
import type { Division, DivisionTree } from '../../src/index.js';

/**
 * Builds a {@link DivisionTree} from rows.
 * @param rows - the divisions
 * @returns the tree
 */
export function treeOf(rows: readonly Division[]): DivisionTree {
  const byCode = new Map(rows.map((d) => [d.code, d]));
  return {
    getDivision: (code) => byCode.get(code),
    childDivisions: (code) => rows.filter((d) => d.parent === code),
  };
}

export const TREE = treeOf([
  { code: '420000', name: '湖北省', level: 'province' },
  { code: '421200', name: '咸宁市', level: 'prefecture', parent: '420000' },
  { code: '421202', name: '咸安区', level: 'county', parent: '421200' },
  { code: '421221', name: '嘉鱼县', level: 'county', parent: '421200' },
  { code: '421222', name: '通城县', level: 'county', parent: '421200' },
  { code: '421300', name: '随州市', level: 'prefecture', parent: '420000' },
  { code: '421303', name: '曾都区', level: 'county', parent: '421300' },
  { code: '421321', name: '随县', level: 'county', parent: '421300' },
  { code: '429004', name: '仙桃市', level: 'county', parent: '420000' },
]);
