import { createRequire } from 'node:module';
import type { endOfYear } from 'date-fns/endOfYear';
import type { formatISO } from 'date-fns/formatISO';
import type { isValid } from 'date-fns/isValid';
import type { parseISO } from 'date-fns/parseISO';
import type { startOfYear } from 'date-fns/startOfYear';

/** The date-fns functions fazhi uses. */
export interface Functions {
  endOfYear: typeof endOfYear;
  formatISO: typeof formatISO;
  isValid: typeof isValid;
  parseISO: typeof parseISO;
  startOfYear: typeof startOfYear;
}

// Loaded on first use (each function from its own subpath, as dates.ts imports them): a date is checked only
// when a dataset is validated.
let functions: Functions | undefined;
const load = createRequire(import.meta.url);

/**
 * The date-fns functions fazhi uses, loaded the first time a date is checked: the Node builds' stand-in for dates.ts.
 *
 * @returns the functions
 */
export function dateFns(): Functions {
  functions ??= {
    endOfYear: (load('date-fns/endOfYear') as Functions).endOfYear,
    formatISO: (load('date-fns/formatISO') as Functions).formatISO,
    isValid: (load('date-fns/isValid') as Functions).isValid,
    parseISO: (load('date-fns/parseISO') as Functions).parseISO,
    startOfYear: (load('date-fns/startOfYear') as Functions).startOfYear,
  };
  return functions;
}
