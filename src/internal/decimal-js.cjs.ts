import type DecimalJs from 'decimal.js';

// The CommonJS copy's stand-in for decimal-js.ts (tsup.config.ts): a plain require on first use.
let decimal: typeof DecimalJs | undefined;

/**
 * decimal.js, loaded the first time a true decimal is computed.
 *
 * @returns the Decimal constructor of decimal.js
 */
export function decimalJs(): typeof DecimalJs {
  decimal ??= require('decimal.js') as typeof DecimalJs;
  return decimal;
}
