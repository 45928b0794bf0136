import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SpillFile, SpillStore } from '../validate/grouper.js';

/** A {@link SpillStore} of temporary files in one folder, removed by `dispose()` (or when the process exits). */
export interface TempSpillStore extends SpillStore {
  /** Removes the folder and every file still in it. */
  dispose(): void;
  /**
   * Characters of observations held in memory before spilling, from `FAZHI_SPILL_BUDGET` (for tests of the spill
   * path on small files); `undefined` for the grouper's default.
   */
  readonly budget: number | undefined;
}

/** Bytes read at a time when a spill file is read back. */
const READ_CHUNK = 1024 * 1024;

/**
 * Spill files in a fresh folder under the system's temporary folder (`TMPDIR`), made on first use.
 *
 * @returns the store
 * @example
 * ```ts
 * const store = createTempSpillStore();
 * try { createValidator({ grouping: 'external', spill: store }) … } finally { store.dispose() }
 * ```
 */
export function createTempSpillStore(): TempSpillStore {
  let dir: string | undefined;
  let count = 0;
  const open = new Set<number>();
  const cleanUp = (): void => {
    for (const fd of open) closeSync(fd);
    open.clear();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  };
  const asked = Number(process.env.FAZHI_SPILL_BUDGET);
  return {
    budget: Number.isSafeInteger(asked) && asked > 0 ? asked : undefined,
    create(): SpillFile {
      if (dir === undefined) {
        dir = mkdtempSync(join(tmpdir(), 'fazhi-spill-'));
        process.once('exit', cleanUp);
      }
      const path = join(dir, `${count++}.ndjson`);
      let fd: number | undefined = openSync(path, 'w+');
      open.add(fd);
      let written = 0;
      return {
        append(text) {
          if (fd === undefined) throw new Error('spill file already disposed');
          written += writeSync(fd, text);
        },
        *lines() {
          if (fd === undefined) return;
          const decoder = new TextDecoder();
          const buf = Buffer.allocUnsafe(READ_CHUNK);
          let rest = '';
          for (let at = 0; at < written; ) {
            const n = readSync(fd, buf, 0, Math.min(READ_CHUNK, written - at), at);
            if (n === 0) break;
            at += n;
            const text = rest + decoder.decode(buf.subarray(0, n), { stream: true });
            const parts = text.split('\n');
            rest = parts.pop() ?? '';
            yield* parts;
          }
          rest += decoder.decode();
          if (rest.length > 0) yield rest;
        },
        dispose() {
          if (fd === undefined) return;
          closeSync(fd);
          open.delete(fd);
          fd = undefined;
          unlinkSync(path);
        },
      };
    },
    dispose() {
      cleanUp();
      process.removeListener('exit', cleanUp);
    },
  };
}
