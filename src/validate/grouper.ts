import type { Entry } from './context.js';

/** Collects observations into jurisdiction-year groups for the cross-observation rules and the rate deriver. */
export interface Grouper {
  /**
   * Adds an entry to its group; in contiguous mode a change of key flushes the previous group.
   * @param jurisdiction - the entry's division code
   * @param year - the entry's year
   * @param entry - the observation and its location
   * @returns `true` when the entry reopens a group already flushed (input not sorted by jurisdiction and year)
   */
  add(jurisdiction: string, year: number, entry: Entry): boolean;
  /** Flushes every group still held. */
  finish(): void;
}

/**
 * Creates a grouper. `contiguous` keeps one group at a time (streaming, bounded memory) and remembers only the keys
 * of finished groups; `buffered` keeps everything until `finish()`, then flushes each jurisdiction's years in order.
 *
 * @param buffered - keep every group until `finish()`
 * @param flush - receives each finished group
 * @returns the grouper
 * @example
 * ```ts
 * const g = createGrouper(false, (j, y, entries) => console.log(j, y, entries.length));
 * g.add('433126', 2024, entry);
 * g.finish(); // 433126 2024 1
 * ```
 */
export function createGrouper(
  buffered: boolean,
  flush: (jurisdiction: string, year: number, entries: Entry[]) => void,
): Grouper {
  const all = new Map<string, Map<number, Entry[]>>();
  const finished = new Set<string>();
  let curJ: string | undefined;
  let curY: number | undefined;
  let cur: Entry[] = [];

  return {
    add(j, y, e) {
      if (buffered) {
        let years = all.get(j);
        if (years === undefined) {
          years = new Map();
          all.set(j, years);
        }
        const list = years.get(y);
        if (list === undefined) years.set(y, [e]);
        else list.push(e);
        return false;
      }
      let reopened = false;
      if (j !== curJ || y !== curY) {
        if (curJ !== undefined && curY !== undefined) {
          finished.add(`${curJ}|${curY}`);
          flush(curJ, curY, cur);
        }
        cur = [];
        curJ = j;
        curY = y;
        // A reopened group is reported once; its next reappearance is a new one.
        reopened = finished.delete(`${j}|${y}`);
      }
      cur.push(e);
      return reopened;
    },
    finish() {
      if (buffered) {
        for (const [j, years] of all) {
          for (const y of [...years.keys()].sort((a, b) => a - b)) flush(j, y, years.get(y) ?? []);
        }
        all.clear();
      } else if (curJ !== undefined && curY !== undefined) {
        const [j, y, group] = [curJ, curY, cur];
        cur = [];
        curJ = undefined;
        curY = undefined;
        flush(j, y, group);
      }
    },
  };
}
