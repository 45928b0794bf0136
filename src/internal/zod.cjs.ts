import type { z as Z } from 'zod';

// The CommonJS copy's stand-in for zod.ts (tsup.config.ts): a plain require on first use, which bundlers can follow.
let z: typeof Z | undefined;

/**
 * zod, loaded the first time a schema is built.
 *
 * @returns the `z` namespace of the zod package
 */
export function zod(): typeof Z {
  z ??= (require('zod') as { z: typeof Z }).z;
  return z;
}
