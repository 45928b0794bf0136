import type { SpillFile, SpillStore } from '../../src/validate/grouper.js';

/** A spill store in memory that counts its files, so tests can exercise spilling with a tiny budget. */
export function memorySpill(): SpillStore & { created: number; live: number } {
  const store = {
    created: 0,
    live: 0,
    create(): SpillFile {
      store.created++;
      store.live++;
      let text = '';
      let disposed = false;
      return {
        append(t) {
          text += t;
        },
        *lines() {
          const lines = text.split('\n');
          lines.pop();
          yield* lines;
        },
        dispose() {
          if (!disposed) store.live--;
          disposed = true;
          text = '';
        },
      };
    },
  };
  return store;
}
