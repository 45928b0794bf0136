import type { Division } from './division.js';
import { divisionIndex } from './table.js';

/**
 * The division and its ancestors up to the province, nearest first; empty when the code is unknown.
 *
 * @param code - a 6-digit division code
 * @returns e.g. 古丈县 → 湘西土家族苗族自治州 → 湖南省; `[]` for an unknown or malformed code
 * @example
 * ```ts
 * divisionChain('433126').map((d) => d.name) // ["古丈县", "湘西土家族苗族自治州", "湖南省"]
 * divisionChain('120102').map((d) => d.name) // ["河东区", "天津市"]
 * ```
 */
export function divisionChain(code: string): readonly Division[] {
  if (typeof code !== 'string') return [];
  const { byCode } = divisionIndex();
  const chain: Division[] = [];
  for (let d = byCode.get(code); d; d = d.parent === undefined ? undefined : byCode.get(d.parent))
    chain.push(d);
  return chain;
}
