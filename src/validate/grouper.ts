import { LIMITS } from '../limits.js';
import type { Entry } from './context.js';

/** What adding an entry did: kept it, kept it in a group that had been flushed, or left it out of a full group. */
export type Added = 'kept' | 'reopened' | 'full';

/** Collects observations into jurisdiction-year groups for the cross-observation rules and the rate deriver. */
export interface Grouper {
  /**
   * Adds an entry to its group; in contiguous mode a change of key flushes the previous group.
   * @param jurisdiction - the entry's division code
   * @param year - the entry's year
   * @param entry - the observation and its location
   * @returns `reopened` when the entry reopens a group already flushed (input not sorted by jurisdiction and
   *   year), `full` when its group already holds `LIMITS.maxGroupObservations` entries (it is then left out, so
   *   memory stays bounded; reported once per group by the caller), else `kept`
   */
  add(jurisdiction: string, year: number, entry: Entry): Added;
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
        else if (list.length >= LIMITS.maxGroupObservations) return 'full';
        else list.push(e);
        return 'kept';
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
      if (cur.length >= LIMITS.maxGroupObservations) return 'full';
      cur.push(e);
      return reopened ? 'reopened' : 'kept';
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
