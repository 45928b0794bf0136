/** The divisions under the reporting jurisdiction that a report names as the subject of a figure (武汉市收到…2220件). */
import type { DivisionTree } from '../divisions/lookup.js';

/** A name a report may print for a division under the reporting one, and its code. */
export interface DivisionName {
  /** The name as printed (武汉市, 浦东新区, 恩施州). */
  readonly name: string;
  /** Its 6-digit code. */
  readonly code: string;
}

/**
 * The names of the divisions under a jurisdiction (two levels down), longest first: official names, and for an
 * autonomous prefecture or county its short form (恩施土家族苗族自治州 → 恩施州).
 *
 * @param tree - the division table (`divisionLookup` from `fazhi/divisions`)
 * @param jurisdiction - the reporting jurisdiction's code
 * @returns the names
 */
export function divisionNames(
  tree: Pick<DivisionTree, 'childDivisions'>,
  jurisdiction: string,
): DivisionName[] {
  const out: DivisionName[] = [];
  for (const child of tree.childDivisions(jurisdiction)) {
    for (const d of [child, ...tree.childDivisions(child.code)]) {
      out.push({ name: d.name, code: d.code });
      const auto = /^(.{2}).*自治(州|县)$/.exec(d.name);
      if (auto) out.push({ name: `${auto[1]}${auto[2]}`, code: d.code });
    }
  }
  return out.filter((d) => d.name.length >= 3).sort((a, b) => b.name.length - a.name.length);
}

/**
 * The division a figure's own words name as its subject: a name in the words before it, not one of a group
 * (武汉市硚口区等9个县级政府 speaks of nine) — unless the figure is a bound that holds for each of the group
 * (…等9个县级政府收到行政复议申请超过40件: 硚口区 received more than 40 too), when it is the one named before 等.
 *
 * @param names - from {@link divisionNames}
 * @param words - the words of the figure's item before it
 * @param bound - the figure is a bound (超过, 少于, 以上, 以下) rather than a count
 * @returns the code, or `undefined`
 */
export function namedDivision(
  names: readonly DivisionName[],
  words: string,
  bound = false,
): string | undefined {
  if (bound) {
    const example = names.find((d) => words.includes(`${d.name}等`));
    if (example !== undefined) return example.code;
  }
  let found: { at: number; code: string } | undefined;
  for (const d of names) {
    const at = words.indexOf(d.name);
    if (at < 0) continue;
    const after = words.slice(at + d.name.length, at + d.name.length + 6);
    if (/^[^，,。；;]*?等/.test(after)) continue;
    if (found === undefined || at < found.at) found = { at, code: d.code };
  }
  return found?.code;
}
