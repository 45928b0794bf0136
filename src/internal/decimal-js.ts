import DecimalJs from 'decimal.js';

/**
 * decimal.js, for the arithmetic's true decimals (src/internal/arith.ts). A bundler sees this static import; the
 * Node builds replace this module with decimal-js.node.ts, which loads decimal.js on first use instead of at import.
 *
 * @returns the Decimal constructor of decimal.js
 */
export function decimalJs(): typeof DecimalJs {
  return DecimalJs;
}
