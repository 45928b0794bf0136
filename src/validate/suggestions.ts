/** Did-you-mean for the names a dataset refers to (indicator ids, report ids), memoised per lookup table. @internal */
import { closest } from '../formats/suggest.js';

// One answer per (table, misspelt name): an unknown id repeated on a million rows is matched once.
const memo = new WeakMap<object, Map<string, string | undefined>>();

/**
 * The name most likely meant by an unknown one: within two edits, else (for ids such as `litigation.lossRate`) the
 * only known id with the same last part (`lossRate`, `LOSSRATE` → `litigation.lossRate`).
 *
 * @param name - the unknown name
 * @param table - the known names (a Map's keys are used; the answer is memoised per table)
 * @returns the name meant, or `undefined`
 * @example
 * ```ts
 * suggestName('mediation.sucessRate', catalogIndicators) // 'mediation.successRate'
 * ```
 */
export function suggestName(name: string, table: ReadonlyMap<string, unknown>): string | undefined {
  let answers = memo.get(table);
  if (answers === undefined) {
    answers = new Map();
    memo.set(table, answers);
  }
  if (answers.has(name)) return answers.get(name);
  let found = closest(name, table.keys());
  if (found === undefined) {
    const tail = lastPart(name);
    const same = [...table.keys()].filter((k) => lastPart(k) === tail);
    if (same.length === 1) found = same[0];
  }
  // Bounded: a file of random ids must not grow the memo without end.
  if (answers.size < 10_000) answers.set(name, found);
  return found;
}

function lastPart(id: string): string {
  return id.slice(id.lastIndexOf('.') + 1).toLowerCase();
}

/**
 * The " (did you mean "x"?)" hint in English and Chinese, or empty strings.
 *
 * @param like - the name meant, if any
 * @returns the hints
 * @example
 * ```ts
 * meantHint('litigation.lost') // [' (did you mean "litigation.lost"?)', '（是否想写“litigation.lost”？）']
 * ```
 */
export function meantHint(like: string | undefined): [string, string] {
  return like === undefined ? ['', ''] : [` (did you mean "${like}"?)`, `（是否想写“${like}”？）`];
}
