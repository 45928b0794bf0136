import type { z } from 'zod';
import { type Issue, issue } from '../errors.js';
import { closest } from '../formats/suggest.js';
import { detailValue, preview } from '../internal/preview.js';
import { zod } from '../internal/zod.js';
import { isCalendarDate } from '../model/iso-date.js';
import { joinPath } from './path.js';
import { formattingWords, spreadsheetFigure } from './spreadsheet-figures.js';

/**
 * zod's own Chinese messages (its zh-CN locale from zod's main entry: a default import of its locale file differs
 * between ESM and CommonJS), used on the side: no global zod configuration is changed. Made on first use.
 */
let zodZh: ReturnType<typeof z.locales.zhCN>['localeError'] | undefined;

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
  invalid_date: '不是有效的日期（应写作 YYYY-MM-DD）',
  invalid_division_code: '不是有效的6位行政区划代码',
};

/** What {@link fromZodIssues} may know beyond the zod issues. */
export interface ZodIssueOptions {
  /** The schema that was checked, to suggest the field meant by an unknown one. */
  readonly schema?: z.ZodType;
  /** The input's figures are percentages (its indicator's unit), so a trailing `%` is a spreadsheet's. */
  readonly percent?: boolean;
}

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
 * `unknown_field` (one per key, with the field meant when one is close), `invalid_type`, `invalid_decimal` (with the
 * exact fix for a figure written as a spreadsheet shows it), `invalid_date` (with the fix for a date written another
 * way), `invalid_division_code`, and `schema_invalid` for everything else (with the value meant, for a misspelt
 * choice). Chinese messages say as much as English ones.
 *
 * @param issues - the zod issues
 * @param input - the input zod checked (to tell a missing field from a wrong one)
 * @param base - the path of `input` in the whole document, e.g. `observations[12]`
 * @param line - the 1-based line the input came from, if any
 * @param options - the schema checked, and whether figures are percentages
 * @returns fazhi issues
 * @example
 * ```ts
 * const r = ObservationSchema.safeParse(raw);
 * if (!r.success) fromZodIssues(r.error.issues, raw, 'observations[12]', undefined, { schema: ObservationSchema });
 * ```
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  base = '',
  line?: number,
  options: ZodIssueOptions = {},
): Issue[] {
  const out: Issue[] = [];
  for (const zi of issues) {
    let path = base;
    for (const k of zi.path) path = joinPath(path, k);
    if (zi.code === 'unrecognized_keys') {
      const known = options.schema === undefined ? [] : keysAt(options.schema, zi.path);
      for (const key of zi.keys) {
        const like = closest(key, known);
        const [hint, hintZh] = meant(like);
        out.push(
          withLine(
            issue(
              'unknown_field',
              'error',
              joinPath(path, key),
              `Unknown field "${clip(key)}"${hint}`,
              `${ZH.unknown_field}“${clip(key)}”${hintZh}`,
              like === undefined
                ? { field: detailValue(key) }
                : { field: detailValue(key), suggestion: like },
            ),
            line,
          ),
        );
      }
      continue;
    }
    const value = valueAt(input, zi.path);
    const code = classify(zi, value);
    // A sibling `unit` of percent makes a trailing % a spreadsheet's percentage format.
    const unit = valueAt(input, [...zi.path.slice(0, -1), 'unit']);
    const percent = options.percent === true || unit === 'percent';
    out.push(withLine(describe(zi, code, path, value, percent), line));
  }
  return out;
}

/** One zod issue as a fazhi issue, in both languages, with a fix or a suggestion where there is one. */
function describe(
  zi: z.core.$ZodIssue,
  code: StructureCode,
  path: string,
  value: unknown,
  percent: boolean,
): Issue {
  const details: Record<string, unknown> = { zodCode: zi.code };
  // Whatever a caller passed (a BigInt, a cycle, megabytes): details stay JSON-safe and small.
  if (value !== undefined) details.value = detailValue(value);
  if (code === 'missing_field') {
    const field = String(zi.path[zi.path.length - 1] ?? '');
    return issue(
      code,
      'error',
      path,
      field ? `Required field "${field}" is missing` : 'Required field is missing',
      field ? `${ZH.missing_field}“${field}”` : ZH.missing_field,
      details,
    );
  }
  const shown = value === undefined ? '' : preview(value);
  if (code === 'invalid_decimal' && typeof value === 'string') {
    const figure = spreadsheetFigure(value, percent);
    if (figure !== undefined) {
      const [how, howZh] = formattingWords(figure.formatting);
      return issue(
        code,
        'error',
        path,
        `${shown} is written as a spreadsheet shows it (${how}): write ${figure.fix}`,
        `${shown}是电子表格的显示格式（${howZh}）：应写作 ${figure.fix}`,
        { ...details, fix: figure.fix, formatting: figure.formatting },
      );
    }
    if (value.trim().endsWith('%') || value.trim().endsWith('％')) {
      return issue(
        code,
        'error',
        path,
        `${shown} has a percent sign, but this figure is not a percentage: write the number alone`,
        `${shown}带有百分号，但该数值不是百分比：只写数字`,
        details,
      );
    }
  }
  if (code === 'invalid_date' && typeof value === 'string') {
    const fix = isoDateFix(value);
    const calendar = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const en = calendar ? 'no such calendar date' : 'expected a date written YYYY-MM-DD';
    const zh = calendar ? '日历上没有这一天' : ZH.invalid_date;
    return issue(
      code,
      'error',
      path,
      `${en}: ${shown}${fix === undefined ? '' : `; write ${fix}`}`,
      `${zh}：${shown}${fix === undefined ? '' : `；应写作 ${fix}`}`,
      fix === undefined ? details : { ...details, fix },
    );
  }
  // A misspelt choice (a qualifier, a kind): the one meant.
  const choices =
    zi.code === 'invalid_value' ? zi.values.filter((v): v is string => typeof v === 'string') : [];
  const like = typeof value === 'string' ? closest(value, choices) : undefined;
  const [hint, hintZh] = meant(like);
  zodZh ??= zod().locales.zhCN().localeError;
  const zhText = zodZh({ ...zi, input: value } as unknown as Parameters<typeof zodZh>[0]);
  const zhMessage = typeof zhText === 'string' ? zhText : (zhText?.message ?? '');
  return issue(
    code,
    'error',
    path,
    `${zi.message}${shown ? `: ${shown}` : ''}${hint}`,
    `${ZH[code]}：${zhMessage}${shown ? `：${shown}` : ''}${hintZh}`,
    like === undefined ? details : { ...details, suggestion: like },
  );
}

/** The " (did you mean …?)" hint in both languages, or empty strings. */
function meant(like: string | undefined): [string, string] {
  return like === undefined ? ['', ''] : [` (did you mean "${like}"?)`, `（是否想写“${like}”？）`];
}

/**
 * The ISO form of a date written year-month-day another way (`2024/6/30`, `2024.6.30`, `2024年6月30日`), when that
 * day exists.
 *
 * @param written - the date as written
 * @returns `YYYY-MM-DD`, or `undefined`
 * @example
 * ```ts
 * isoDateFix('2024/6/30') // '2024-06-30'
 * ```
 */
export function isoDateFix(written: string): string | undefined {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*(?:日\s*)?$/.exec(
    written.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
  );
  if (m === null) return undefined;
  const iso = `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
  return iso !== written && isCalendarDate(iso) ? iso : undefined;
}

/** The keys an object schema allows at a path (through arrays, optionals and the like), for did-you-mean. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s: unknown = schema;
  for (const k of path) {
    s = unwrap(s);
    const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (def?.type === 'array') s = def.element;
    else if (def?.type === 'object') s = (def.shape as Record<string, unknown>)[String(k)];
    else return [];
  }
  const def = (unwrap(s) as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

function unwrap(s: unknown): unknown {
  let cur = s;
  for (let i = 0; i < 10; i++) {
    const def = (cur as { _zod?: { def?: { type?: string; innerType?: unknown } } })._zod?.def;
    if (def?.innerType === undefined) return cur;
    cur = def.innerType;
  }
  return cur;
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

/** A key as shown in a message: whole when short, cut otherwise (a key may be thousands of characters long). */
function clip(key: string): string {
  return key.length > 60 ? `${key.slice(0, 57)}...` : key;
}
