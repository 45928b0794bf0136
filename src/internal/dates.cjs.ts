import type { Functions } from './dates.node.js';

// The CommonJS copy's stand-in for dates.ts (tsup.config.ts): plain requires on first use, one subpath each.
let functions: Functions | undefined;

/**
 * The date-fns functions fazhi uses, loaded the first time a date is checked.
 *
 * @returns the functions
 */
export function dateFns(): Functions {
  functions ??= {
    endOfYear: require('date-fns/endOfYear').endOfYear,
    formatISO: require('date-fns/formatISO').formatISO,
    isValid: require('date-fns/isValid').isValid,
    parseISO: require('date-fns/parseISO').parseISO,
    startOfYear: require('date-fns/startOfYear').startOfYear,
  };
  return functions;
}
