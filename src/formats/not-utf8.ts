import type { Issue } from '../errors.js';
import { notUtf8 } from './read-issues.js';
import type { ReadRecord } from './record.js';

/** Places the one `not_utf8` finding of a file among its records, in line order. @internal */
export interface NotUtf8Placer {
  /**
   * Notes where the first bytes that are not UTF-8 are: at `offset` in the chunk about to be read, which starts on
   * line `startLine`.
   */
  found(chunk: string, offset: number, startLine: number): void;
  /** Adds the finding to `out` when a record starting on `line` comes at or after it. */
  before(line: number, out: ReadRecord[]): void;
  /** Adds the finding if it is still waiting (at the end of the input). */
  flush(out: ReadRecord[]): void;
}

/**
 * A {@link NotUtf8Placer}.
 *
 * @returns a placer with nothing found yet
 * @example
 * ```ts
 * const placer = createNotUtf8Placer()
 * ```
 */
export function createNotUtf8Placer(): NotUtf8Placer {
  let pending: Issue | undefined;
  return {
    found(chunk, offset, startLine) {
      let line = startLine;
      for (let i = chunk.indexOf('\n'); i !== -1 && i < offset; i = chunk.indexOf('\n', i + 1)) line++;
      pending = notUtf8(line);
    },
    before(line, out) {
      if (pending !== undefined && line >= (pending.line ?? 0)) this.flush(out);
    },
    flush(out) {
      if (pending === undefined) return;
      out.push({ kind: 'issue', issue: pending });
      pending = undefined;
    },
  };
}
