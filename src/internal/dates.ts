// Each date-fns function from its own subpath: the package index would load all of date-fns (≈ 100 ms).
import { endOfYear } from 'date-fns/endOfYear';
import { formatISO } from 'date-fns/formatISO';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { startOfYear } from 'date-fns/startOfYear';

const functions = { endOfYear, formatISO, isValid, parseISO, startOfYear };

/**
 * The date-fns functions fazhi uses. A bundler sees these static imports; the Node builds replace this module
 * with dates.node.ts, which loads them on first use instead of at import.
 *
 * @returns the functions
 */
export function dateFns(): typeof functions {
  return functions;
}
