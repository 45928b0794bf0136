import { createRequire } from 'node:module';
import type { z as Z } from 'zod';

// Loaded on first use: importing zod costs Node ~50 ms (its entry loads ~95 files, all 64 locales among them), and
// most imports of fazhi (a rate, the catalog) never build a schema. zod shares its configuration and registry
// through globalThis and checks `instanceof` by traits, so its CommonJS copy works with an app's ES module copy.
let z: typeof Z | undefined;
const load = createRequire(import.meta.url);

/**
 * zod, loaded the first time a schema is built: the Node builds' stand-in for zod.ts (see tsup.config.ts).
 *
 * @returns the `z` namespace of the zod package
 */
export function zod(): typeof Z {
  z ??= (load('zod') as { z: typeof Z }).z;
  return z;
}
