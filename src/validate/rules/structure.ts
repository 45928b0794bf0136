/**
 * Rule `structure`: the input has the dataset shape (`DatasetSchema`). Each observation is checked by a fast
 * hand-written check that agrees with `ObservationSchema`; zod runs only on failures, for precise issues.
 *
 * Codes (all errors):
 * - `schema_invalid` — the input is not a dataset object, or another schema violation.
 * - `missing_field` — a required field is absent.
 * - `unknown_field` — a field the format does not have (one issue per field).
 * - `invalid_type` — a field of the wrong JSON type.
 * - `invalid_decimal` — `value`/`upper` is not a decimal such as `"12"` or `96.52`.
 * - `invalid_date` — a date that is not `YYYY-MM-DD` or does not exist.
 * - `invalid_division_code` — a malformed 6-digit division code (from `safeParseDataset`, or with the references
 *   rule off; otherwise it is reported as the references rule's `unknown_jurisdiction`).
 * @module
 */
import type { z } from 'zod';
import { type Issue, issue } from '../../errors.js';
import { ObservationSchema } from '../../model/observation.js';
import { checkLimits } from '../limits-check.js';
import { fromZodIssues } from '../zod-issues.js';

/**
 * Checks an observation the fast check (`isValidObservation`) rejected: `true` when zod accepts it after all, else
 * the precise issues (from zod).
 * @param raw - anything
 * @param index - its index among the observations
 * @param line - its line, if any
 * @param percent - the observation's indicator is measured in percent (a trailing `%` is then a spreadsheet's)
 * @returns `true`, or the issues
 * @example
 * ```ts
 * const r = isValidObservation(raw, cache) || checkObservationStructure(raw, 0, undefined)
 * ```
 */
export function checkObservationStructure(
  raw: unknown,
  index: number,
  line: number | undefined,
  percent?: boolean,
): true | Issue[] {
  const base = `observations[${index}]`;
  // The limits first (an observation sits two levels deep in a dataset); zod's own verdict on the same field is
  // then left out, so that a value past a limit is one `limit_exceeded`, not also an `invalid_decimal`.
  const limits = checkLimits(raw, base, 2, line);
  const r = ObservationSchema.safeParse(raw);
  if (r.success) {
    // Only the limits failed (zod knows nothing of string lengths), or the fast path and zod disagree (a bug:
    // trust zod, so that valid data is never rejected; the validator then has later rules look at every field).
    return limits.length > 0 ? limits : true;
  }
  const reported = new Set(limits.map((i) => i.path));
  const found = fromZodIssues(r.error.issues, raw, base, line, {
    schema: ObservationSchema,
    ...(percent === undefined ? {} : { percent }),
  });
  return [...limits, ...found.filter((i) => !reported.has(i.path))];
}

/**
 * Converts a zod failure on part of a dataset into issues under a base path.
 * @param error - the zod error
 * @param input - what zod checked
 * @param base - its path in the dataset
 * @returns the issues
 * @example
 * ```ts
 * structureIssues(r.error, raw.reports, 'reports')
 * ```
 */
export function structureIssues(error: z.ZodError, input: unknown, base: string): Issue[] {
  return fromZodIssues(error.issues, input, base);
}

/**
 * The issue for an input that is not a dataset object at all.
 * @param input - the input
 * @returns a `schema_invalid` issue
 * @example
 * ```ts
 * notADataset([]) // schema_invalid at ''
 * ```
 */
export function notADataset(input: unknown): Issue {
  const kind = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
  return issue(
    'schema_invalid',
    'error',
    '',
    `A dataset must be a JSON object with an "observations" array, not ${kind}`,
    `数据集须为含 observations 数组的 JSON 对象，而非 ${kind}`,
    { received: kind },
  );
}
