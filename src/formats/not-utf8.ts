import type { Issue } from '../errors.js';
import type { TextEncodingName } from './encoding.js';
import { notUtf8 } from './read-issues.js';
import type { ReadRecord } from './record.js';

/** Places the one `not_utf8` finding of a file among its records, in line order. @internal */
export interface NotUtf8Placer {
  /**
   * Notes where the first bytes that are not valid in the encoding are: at `offset` in the chunk about to be
   * read, which starts on line `startLine`.
   */
  found(chunk: string, offset: number, startLine: number, encoding: TextEncodingName): void;
  /** The batch with the finding put before the first record at or after its line, when it is waiting. */
  place(batch: ReadRecord[]): ReadRecord[];
  /** The finding, if it is still waiting (at the end of the input). */
  rest(): ReadRecord[];
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
  const lineOf = (r: ReadRecord): number | undefined => (r.kind === 'observation' ? r.line : r.issue.line);
  return {
    found(chunk, offset, startLine, encoding) {
      if (pending !== undefined) return;
      let line = startLine;
      for (let i = chunk.indexOf('\n'); i !== -1 && i < offset; i = chunk.indexOf('\n', i + 1)) line++;
      pending = notUtf8(line, encoding);
    },
    place(batch) {
      if (pending === undefined) return batch;
      const at = pending.line ?? 0;
      const k = batch.findIndex((r) => (lineOf(r) ?? 0) >= at);
      if (k === -1) return batch;
      const issue = pending;
      pending = undefined;
      return [...batch.slice(0, k), { kind: 'issue', issue }, ...batch.slice(k)];
    },
    rest() {
      if (pending === undefined) return [];
      const issue = pending;
      pending = undefined;
      return [{ kind: 'issue', issue }];
    },
  };
}
