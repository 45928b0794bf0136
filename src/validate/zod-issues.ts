import type { z } from 'zod';
import { type Issue, issue } from '../errors.js';
import { detailValue, preview } from '../internal/preview.js';
import { joinPath } from './path.js';

const DATE_FIELDS = new Set(['asOf', 'since', 'periodStart', 'periodEnd', 'published', 'due']);
const DECIMAL_FIELDS = new Set(['value', 'upper']);
const CODE_FIELDS = new Set(['jurisdiction', 'code', 'parent']);

/** The finer structure codes the validator and `safeParseDataset` produce for schema violations. */
export type StructureCode =
  | 'schema_invalid'
  | 'missing_field'
  | 'unknown_field'
  | 'invalid_type'
  | 'invalid_decimal'
  | 'invalid_date'
  | 'invalid_division_code';

const ZH: Record<StructureCode, string> = {
  schema_invalid: '不符合数据集格式',
  missing_field: '缺少必填字段',
  unknown_field: '未知字段',
  invalid_type: '类型错误',
  invalid_decimal: '不是有效的数值',
  invalid_date: '不是有效的日期(YYYY-MM-DD)',
  invalid_division_code: '不是有效的6位行政区划代码',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k as string];
  }
  return v;
}

function classify(zi: z.core.$ZodIssue, value: unknown): StructureCode {
  const last = zi.path[zi.path.length - 1];
  const field = typeof last === 'string' ? last : '';
  if (value === undefined && (zi.code === 'invalid_type' || zi.code === 'invalid_union'))
    return 'missing_field';
  if (DECIMAL_FIELDS.has(field) && (typeof value === 'string' || typeof value === 'number')) {
    return 'invalid_decimal';
  }
  if (DATE_FIELDS.has(field) && typeof value === 'string') return 'invalid_date';
  if (CODE_FIELDS.has(field) && typeof value === 'string') return 'invalid_division_code';
  if (zi.code === 'invalid_type') return 'invalid_type';
  return 'schema_invalid';
}

/**
 * Converts zod issues into fazhi issues (severity `error`) with precise paths and finer codes: `missing_field`,
 * `unknown_field` (one per key), `invalid_type`, `invalid_decimal`, `invalid_date`, `invalid_division_code`,
 * and `schema_invalid` for everything else.
 *
 * @param issues - the zod issues
 * @param input - the input zod checked (to tell a missing field from a wrong one)
 * @param base - the path of `input` in the whole document, e.g. `observations[12]`
 * @param line - the 1-based line the input came from, if any
 * @returns fazhi issues
 * @example
 * ```ts
 * const r = ObservationSchema.safeParse(raw);
 * if (!r.success) fromZodIssues(r.error.issues, raw, 'observations[12]');
 * ```
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  base = '',
  line?: number,
): Issue[] {
  const out: Issue[] = [];
  for (const zi of issues) {
    let path = base;
    for (const k of zi.path) path = joinPath(path, k);
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys) {
        const p = joinPath(path, key);
        out.push(
          withLine(
            issue(
              'unknown_field',
              'error',
              p,
              `Unknown field "${clip(key)}"`,
              `${ZH.unknown_field}“${clip(key)}”`,
              { field: detailValue(key) },
            ),
            line,
          ),
        );
      }
      continue;
    }
    const value = valueAt(input, zi.path);
    const code = classify(zi, value);
    const shown = value === undefined ? '' : `: ${preview(value)}`;
    const details: Record<string, unknown> = { zodCode: zi.code };
    if (value !== undefined) details.value = detailValue(value);
    out.push(
      withLine(
        issue(
          code,
          'error',
          path,
          code === 'missing_field' ? 'Required field is missing' : `${zi.message}${shown}`,
          `${ZH[code]}${shown}`,
          details,
        ),
        line,
      ),
    );
  }
  return out;
}

/**
 * The issue with a line number added when one is known.
 * @param i - an issue
 * @param line - the 1-based line, or `undefined`
 * @returns the issue, with `line` when given
 * @example
 * ```ts
 * withLine(someIssue, 12).line // 12
 * ```
 */
export function withLine(i: Issue, line: number | undefined): Issue {
  return line === undefined ? i : { ...i, line };
}

/** A key as shown in a message: whole when short, cut otherwise (a key may be 64 Ki characters long). */
function clip(key: string): string {
  return key.length > 60 ? `${key.slice(0, 57)}...` : key;
}
