import { z } from 'zod';

/**
 * zod, for the schemas' builders (src/internal/lazy-schema.ts). A bundler sees this static import; the Node builds
 * (dist/node, dist/cjs) replace this module with zod.node.ts, which loads zod on first use instead of at import.
 *
 * @returns the `z` namespace of the zod package
 */
export function zod(): typeof z {
  return z;
}
