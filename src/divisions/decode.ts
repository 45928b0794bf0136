import type { Division } from './division.js';

// A record is a run of digits (6: full code; 4 or 2: the new tail of the previous code) followed by a name.
const RECORD = /(\d+)(\D+)/g;

/**
 * Decodes the compact table of `data-*.generated.ts` into frozen divisions in code order. Level follows from the
 * code's shape; a county's parent is the last prefecture with the same first four digits, else its province.
 *
 * @param parts - the encoded table in parts, each one string per province
 * @returns every division, in code order (a frozen array)
 * @example
 * ```ts
 * decodeDivisions(['430000湖南省3100湘西土家族苗族自治州26古丈县']).map((d) => d.code)
 * // ["430000", "433100", "433126"]
 * ```
 */
export function decodeDivisions(...parts: readonly (readonly string[])[]): readonly Division[] {
  const out: Division[] = [];
  for (const chunk of parts.flat()) {
    let previous = '';
    let prefecture = '';
    for (const [, digits = '', name = ''] of chunk.matchAll(RECORD)) {
      const code = previous.slice(0, 6 - digits.length) + digits;
      previous = code;
      const province = `${code.slice(0, 2)}0000`;
      if (code === province) {
        out.push(Object.freeze({ code, name, level: 'province' }));
      } else if (code.endsWith('00')) {
        prefecture = code;
        out.push(Object.freeze({ code, name, level: 'prefecture', parent: province }));
      } else {
        const parent = prefecture.slice(0, 4) === code.slice(0, 4) ? prefecture : province;
        out.push(Object.freeze({ code, name, level: 'county', parent }));
      }
    }
  }
  return Object.freeze(out);
}
