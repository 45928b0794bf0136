import { createRequire } from 'node:module';
import type DecimalJs from 'decimal.js';

// Loaded on first use: whole counts take integer paths, so most rates never need decimal.js.
let decimal: typeof DecimalJs | undefined;
const load = createRequire(import.meta.url);

/**
 * decimal.js, loaded the first time a true decimal is computed: the Node builds' stand-in for decimal-js.ts.
 *
 * @returns the Decimal constructor of decimal.js
 */
export function decimalJs(): typeof DecimalJs {
  decimal ??= load('decimal.js') as typeof DecimalJs;
  return decimal;
}
