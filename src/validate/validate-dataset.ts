import { FazhiError, type Issue, type SafeResult } from '../errors.js';
import { type Dataset, DatasetSchema } from '../model/dataset.js';
import { createValidator } from './create-validator.js';
import { notADataset } from './rules/structure.js';
import type { ValidateOptions, ValidationResult } from './types.js';
import { fromZodIssues } from './zod-issues.js';

/**
 * Validates a dataset (any parsed JSON value) with every rule: structure, references, values, duplicates, parts
 * and wholes, published rates, time and plausibility. Never throws, whatever it is given.
 *
 * @param dataset - the dataset as parsed from JSON (anything)
 * @param options - catalog, division table, rule switches, `today`, `jumpFactor`, `onIssue`
 * @returns `{ ok, issues, counts, observations }`; `ok` is `false` when any issue is an error
 * @example
 * ```ts
 * const { ok, issues } = validateDataset(JSON.parse(text), { today: '2025-06-01' });
 * for (const i of issues) console.log(i.severity, i.code, i.path, i.message);
 * ```
 */
export function validateDataset(dataset: unknown, options: ValidateOptions = {}): ValidationResult {
  try {
    return validate(dataset, options);
  } catch (err) {
    // Only exotic non-JSON input (a throwing getter, a revoked Proxy) gets here: report it, never throw.
    const i: Issue = {
      code: 'internal_error',
      severity: 'error',
      path: '',
      message: `fazhi could not read the input: ${err instanceof Error ? err.message : String(err)}`,
      messageZh: `fazhi 无法读取输入：${err instanceof Error ? err.message : String(err)}`,
    };
    options.onIssue?.(i);
    return {
      ok: false,
      issues: options.onIssue ? [] : [i],
      counts: { error: 1, warning: 0, info: 0 },
      observations: 0,
    };
  }
}

function validate(dataset: unknown, options: ValidateOptions): ValidationResult {
  const observations = (dataset as { observations?: unknown } | null | undefined)?.observations;
  // Sorted input (the usual case) is checked group by group without keeping every observation alive.
  const grouping = Array.isArray(observations) && isSorted(observations) ? 'contiguous' : 'buffered';
  // Shares and changes whose levels lie in groups already checked find them in a second look at the array.
  const reread = Array.isArray(observations)
    ? function* () {
        for (let index = 0; index < observations.length; index++)
          yield { observation: observations[index], index };
      }
    : undefined;
  const v = createValidator({ ...options, grouping, ...(reread === undefined ? {} : { reread }) });
  if (typeof dataset !== 'object' || dataset === null || Array.isArray(dataset)) {
    v.addIssue(notADataset(dataset));
    return v.finish();
  }
  const d = dataset as Record<string, unknown>;
  v.addMetadata(d);
  const obs = d.observations;
  if (!Array.isArray(obs)) {
    const missing = obs === undefined;
    v.addIssue({
      code: missing ? 'missing_field' : 'invalid_type',
      severity: 'error',
      path: 'observations',
      message: missing ? 'A dataset needs an "observations" array' : '"observations" must be an array',
      messageZh: missing ? '数据集缺少 observations 数组' : 'observations 应为数组',
    });
    return v.finish();
  }
  for (let i = 0; i < obs.length; i++) v.addObservation(obs[i], { index: i });
  return v.finish();
}

/** `true` when each jurisdiction-year is contiguous and each jurisdiction's years ascend. */
function isSorted(list: readonly unknown[]): boolean {
  let j: unknown;
  let y: unknown;
  const lastYear = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const o = list[i] as { jurisdiction?: unknown; year?: unknown } | null;
    if (typeof o !== 'object' || o === null) continue;
    const oj = o.jurisdiction;
    const oy = o.year;
    if (oj === j && oy === y) continue;
    if (typeof oj !== 'string' || typeof oy !== 'number') continue;
    const before = lastYear.get(oj);
    if (before !== undefined && !(oy > before)) return false;
    lastYear.set(oj, oy);
    j = oj;
    y = oy;
  }
  return true;
}

/**
 * Checks that the input has the dataset shape and returns it typed, or the structure issues.
 *
 * @param input - the dataset as parsed from JSON (anything)
 * @returns `{ success: true, data }` or `{ success: false, issues }` with precise paths and codes
 * @example
 * ```ts
 * const r = safeParseDataset(JSON.parse(text));
 * if (!r.success) console.log(r.issues[0]?.path); // e.g. "observations[12].value"
 * ```
 */
export function safeParseDataset(input: unknown): SafeResult<Dataset> {
  const r = DatasetSchema.safeParse(input);
  if (r.success) return { success: true, data: r.data };
  const issues: Issue[] =
    typeof input !== 'object' || input === null || Array.isArray(input)
      ? [notADataset(input)]
      : fromZodIssues(r.error.issues, input, '', undefined, { schema: DatasetSchema });
  return { success: false, issues };
}

/**
 * Checks that the input has the dataset shape and returns it typed.
 *
 * @param input - the dataset as parsed from JSON (anything)
 * @returns the dataset
 * @throws FazhiError carrying the structure issues when the input is not a valid dataset
 * @example
 * ```ts
 * const dataset = parseDataset(JSON.parse(text)); // throws FazhiError on a malformed dataset
 * ```
 */
export function parseDataset(input: unknown): Dataset {
  const r = safeParseDataset(input);
  if (!r.success) throw new FazhiError(r.issues);
  return r.data;
}
