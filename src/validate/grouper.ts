import { LIMITS } from '../limits.js';
import type { Observation } from '../model/observation.js';
import type { Entry } from './context.js';

/**
 * What adding an entry did: kept it; kept it, but in a group already flushed or in a year before one already seen
 * (the input is not sorted); or left it out of a full group.
 */
export type Added = 'kept' | 'reopened' | 'backwards' | 'full';

/**
 * How a grouper brings a jurisdiction-year's observations together:
 * - `contiguous`: one group at a time, flushed when the input moves on (streams sorted by jurisdiction and year;
 *   bounded memory);
 * - `buffered`: everything kept until `finish()` (order does not matter; memory grows with the input);
 * - `external`: like `buffered` up to a memory budget, then spilled to a {@link SpillStore} in buckets by
 *   jurisdiction and read back one bucket at a time (order does not matter; bounded memory).
 */
export type GroupingMode = 'contiguous' | 'buffered' | 'external';

/** A temporary file that a grouper spills observations to, one per line: appended to, read back, disposed of. */
export interface SpillFile {
  /** Appends text (whole lines, each ending in `\n`). */
  append(text: string): void;
  /** The lines appended, in order and without their line breaks, read in pieces rather than whole. */
  lines(): Iterable<string>;
  /** Deletes the file. */
  dispose(): void;
}

/** Where an `external` grouper spills (the CLI's store writes temporary files; see `createTempSpillStore`). */
export interface SpillStore {
  /** A new, empty spill file. */
  create(): SpillFile;
}

/** Collects observations into jurisdiction-year groups for the cross-observation rules and the rate deriver. */
export interface Grouper {
  /**
   * Adds an entry to its group; in contiguous mode a change of key flushes the previous group.
   * @param jurisdiction - the entry's division code
   * @param year - the entry's year
   * @param entry - the observation and its location
   * @returns in contiguous mode, `reopened` when the entry reopens a group already flushed and `backwards` when
   *   its jurisdiction's years go back (either way the input is not sorted by jurisdiction and year, and the
   *   group findings of a stream would depend on its order); `full` when its group already holds
   *   `LIMITS.maxGroupObservations` entries (it is then left out, so memory stays bounded; the caller reports
   *   it), else `kept`
   */
  add(jurisdiction: string, year: number, entry: Entry): Added;
  /** Flushes every group still held (each jurisdiction's years in ascending order) and frees any spill files. */
  finish(): void;
}

/** Options of {@link createGrouper}. */
export interface GrouperOptions {
  /** How groups are brought together. */
  readonly mode: GroupingMode;
  /** `external`: where to spill past the budget; without a store, `external` keeps everything like `buffered`. */
  readonly spill?: SpillStore | undefined;
  /** `external`: characters of observations held in memory before spilling; 64 Mi by default. */
  readonly budget?: number;
  /** `external`: rebuilds an entry from its spilled observation, index, line and source. */
  readonly revive: (o: Observation, i: number, line: number | undefined, f: number | undefined) => Entry;
}

/** Characters of observations an `external` grouper holds before it spills. */
const DEFAULT_BUDGET = 64 * 1024 * 1024;
/** Spill files per level: each holds the jurisdictions whose code hashes to it. */
const BUCKETS = 64;
/** Characters buffered per spill file before a write. */
const WRITE_BUFFER = 256 * 1024;
/** Levels of re-partitioning of a bucket that is still over the budget, before falling back to its years. */
const MAX_LEVELS = 3;

/**
 * Creates a grouper (see {@link GroupingMode}). Every mode flushes each jurisdiction's years in ascending order
 * and each group's entries in input order, so the cross-observation rules find the same things whatever the mode
 * (for `contiguous`, as long as the input is sorted — `add` says when it is not).
 *
 * @param options - the mode, and for `external` the spill store, budget and how to rebuild spilled entries
 * @param flush - receives each finished group
 * @returns the grouper
 * @example
 * ```ts
 * const g = createGrouper({ mode: 'contiguous', revive }, (j, y, entries) => console.log(j, y, entries.length));
 * g.add('433126', 2024, entry);
 * g.finish(); // 433126 2024 1
 * ```
 */
export function createGrouper(
  options: GrouperOptions,
  flush: (jurisdiction: string, year: number, entries: Entry[]) => void,
): Grouper {
  return options.mode === 'contiguous' ? contiguousGrouper(flush) : heldGrouper(options, flush);
}

/** A number for a jurisdiction-year (codes are six digits, years 1949–2100): small, and cheap to keep in a Set. */
function groupKey(j: string, y: number): number {
  return Number(j) * 152 + (y - 1949);
}

function contiguousGrouper(flush: (jurisdiction: string, year: number, entries: Entry[]) => void): Grouper {
  const finished = new Set<number>();
  // Each jurisdiction's latest year so far: a year going back means the input is not sorted.
  const lastYear = new Map<string, number>();
  let curJ: string | undefined;
  let curY: number | undefined;
  let cur: Entry[] = [];
  return {
    add(j, y, e) {
      let added: Added = 'kept';
      if (j !== curJ || y !== curY) {
        if (curJ !== undefined && curY !== undefined) {
          finished.add(groupKey(curJ, curY));
          flush(curJ, curY, cur);
        }
        cur = [];
        curJ = j;
        curY = y;
        // A reopened group is reported once; its next reappearance is a new one.
        if (finished.delete(groupKey(j, y))) added = 'reopened';
        const before = lastYear.get(j);
        if (before !== undefined && before > y && added === 'kept') added = 'backwards';
        if (before === undefined || y > before) lastYear.set(j, y);
      }
      if (cur.length >= LIMITS.maxGroupObservations) return 'full';
      cur.push(e);
      return added;
    },
    finish() {
      if (curJ === undefined || curY === undefined) return;
      const [j, y, group] = [curJ, curY, cur];
      cur = [];
      curJ = undefined;
      curY = undefined;
      flush(j, y, group);
    },
  };
}

/** Groups by jurisdiction, then year, in memory. */
type Held = Map<string, Map<number, Entry[]>>;

function hold(held: Held, j: string, y: number, e: Entry): void {
  let years = held.get(j);
  if (years === undefined) {
    years = new Map();
    held.set(j, years);
  }
  const list = years.get(y);
  if (list === undefined) years.set(y, [e]);
  else list.push(e);
}

function flushHeld(held: Held, flush: (jurisdiction: string, year: number, entries: Entry[]) => void): void {
  for (const [j, years] of held) {
    for (const y of [...years.keys()].sort((a, b) => a - b)) flush(j, y, years.get(y) ?? []);
  }
  held.clear();
}

function heldGrouper(
  options: GrouperOptions,
  flush: (jurisdiction: string, year: number, entries: Entry[]) => void,
): Grouper {
  const store = options.mode === 'external' ? options.spill : undefined;
  const budget = options.budget ?? DEFAULT_BUDGET;
  const held: Held = new Map();
  const sizes = new Map<number, number>();
  let heldChars = 0;
  let spill: Spill | undefined;
  return {
    add(j, y, e) {
      const key = groupKey(j, y);
      const n = sizes.get(key) ?? 0;
      if (n >= LIMITS.maxGroupObservations) return 'full';
      sizes.set(key, n + 1);
      if (spill !== undefined) {
        spill.write(spilled(j, e));
        return 'kept';
      }
      hold(held, j, y, e);
      if (store !== undefined) {
        heldChars += approxSize(e.o);
        if (heldChars > budget) {
          // Past the budget: everything held so far goes to the spill files, in input order per group.
          spill = createSpill(store, BUCKETS, (line) => hashBucket(jurisdictionOf(line), 0));
          for (const [hj, years] of held) {
            for (const list of years.values()) for (const x of list) spill.write(spilled(hj, x));
          }
          held.clear();
        }
      }
      return 'kept';
    },
    finish() {
      if (spill === undefined) {
        flushHeld(held, flush);
        return;
      }
      const buckets = spill.close();
      spill = undefined;
      for (const b of buckets) readBack(b, 1);
    },
  };

  /** Flushes the groups of one spill file, splitting it further while it is over the budget; then deletes it. */
  function readBack(b: SpilledBucket, level: number): void {
    const s = store as SpillStore;
    try {
      if (b.chars > budget && b.jurisdiction === null && level <= MAX_LEVELS) {
        const sub = createSpill(s, BUCKETS, (line) => hashBucket(jurisdictionOf(line), level));
        for (const line of b.file.lines()) sub.write(line);
        for (const c of sub.close()) readBack(c, level + 1);
        return;
      }
      if (b.chars > budget && b.jurisdiction !== null) {
        // One jurisdiction over the budget: each of its years is a group of at most maxGroupObservations.
        const years = createSpill(s, YEARS, (line) => yearOf(line) - FIRST_YEAR);
        for (const line of b.file.lines()) years.write(line);
        for (const y of years.close()) {
          try {
            const entries = Array.from(y.file.lines(), revive);
            const first = entries[0];
            if (first !== undefined) flush(first.o.jurisdiction, first.o.year, entries);
          } finally {
            y.file.dispose();
          }
        }
        return;
      }
      const groups: Held = new Map();
      for (const line of b.file.lines()) {
        const e = revive(line);
        hold(groups, e.o.jurisdiction, e.o.year, e);
      }
      flushHeld(groups, flush);
    } finally {
      b.file.dispose();
    }
  }

  function revive(line: string): Entry {
    const [i, l, f, o] = JSON.parse(line.slice(10)) as [number, number, number, Observation];
    return options.revive(o, i, l < 0 ? undefined : l, f < 0 ? undefined : f);
  }
}

const FIRST_YEAR = 1949;
/** Years 1949–2100, the range the format allows. */
const YEARS = 152;

/** An entry as a spill line: the code and year first, fixed width, so a line is re-bucketed without parsing it. */
function spilled(j: string, e: Entry): string {
  return `${j}${e.o.year}${JSON.stringify([e.i, e.line ?? -1, e.f ?? -1, e.o])}`;
}

/** A spill file with what a re-read needs to know: its size and whether it holds one jurisdiction only. */
interface SpilledBucket {
  readonly file: SpillFile;
  readonly chars: number;
  /** The one jurisdiction it holds, or `null` for several. */
  readonly jurisdiction: string | null;
}

/** Lines spread over spill files by a bucket function, written through buffers. */
interface Spill {
  write(line: string): void;
  /** Writes what is buffered and returns the non-empty buckets, in bucket order. */
  close(): SpilledBucket[];
}

function createSpill(store: SpillStore, count: number, bucketOf: (line: string) => number): Spill {
  const files: (SpillFile | undefined)[] = new Array(count).fill(undefined);
  const buffers: string[][] = Array.from({ length: count }, () => []);
  const buffered = new Array<number>(count).fill(0);
  const chars = new Array<number>(count).fill(0);
  const only: (string | null | undefined)[] = new Array(count).fill(undefined);
  const writeOut = (b: number): void => {
    const list = buffers[b] as string[];
    if (list.length === 0) return;
    let file = files[b];
    if (file === undefined) {
      file = store.create();
      files[b] = file;
    }
    file.append(`${list.join('\n')}\n`);
    buffers[b] = [];
    buffered[b] = 0;
  };
  return {
    write(line) {
      const b = bucketOf(line);
      (buffers[b] as string[]).push(line);
      buffered[b] = (buffered[b] as number) + line.length;
      chars[b] = (chars[b] as number) + line.length + 1;
      const j = jurisdictionOf(line);
      const seen = only[b];
      if (seen === undefined) only[b] = j;
      else if (seen !== null && seen !== j) only[b] = null;
      if ((buffered[b] as number) > WRITE_BUFFER) writeOut(b);
    },
    close() {
      const out: SpilledBucket[] = [];
      for (let b = 0; b < count; b++) {
        writeOut(b);
        const file = files[b];
        if (file !== undefined) out.push({ file, chars: chars[b] as number, jurisdiction: only[b] ?? null });
      }
      return out;
    },
  };
}

/** FNV-1a of the code, salted per level so that a bucket splits differently the next time. */
function hashBucket(j: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let k = 0; k < j.length; k++) {
    h ^= j.charCodeAt(k);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % BUCKETS;
}

/** The jurisdiction of a spilled line (its first six characters). */
function jurisdictionOf(line: string): string {
  return line.slice(0, 6);
}

/** The year of a spilled line (the four characters after the code). */
function yearOf(line: string): number {
  return Number(line.slice(6, 10));
}

/** About how many characters an observation takes: its strings and a fixed cost per field. */
function approxSize(o: Observation): number {
  let n = 64;
  for (const k in o) {
    const v = (o as unknown as Record<string, unknown>)[k];
    n += 32;
    if (typeof v === 'string') n += v.length;
    else if (typeof v === 'object' && v !== null) {
      for (const k2 in v) {
        const w = (v as Record<string, unknown>)[k2];
        n += 32 + (typeof w === 'string' ? w.length : 0);
      }
    }
  }
  return n;
}
