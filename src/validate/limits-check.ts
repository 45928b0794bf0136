/**
 * The format's limits (`LIMITS`) checked on any parsed value before a schema or a rule works on it: nesting depth,
 * string length (keys included) and the size of decimals. Iterative, so no input can exhaust the stack. @internal
 */
import { type Issue, issue } from '../errors.js';
import { decimalProblem } from '../internal/arith.js';
import { describeDecimalProblem } from '../internal/decimal-text.js';
import { preview } from '../internal/preview.js';
import { LIMITS, type LimitName } from '../limits.js';
import { joinPath } from './path.js';
import { withLine } from './zod-issues.js';

/** At most this many limit issues per value checked: one bad value is enough to act on, a million are noise. */
const MAX_ISSUES = 10;

/** Fields whose strings and numbers are decimals (`value`, `upper`) and get the decimal limits. */
const DECIMAL_FIELDS = new Set(['value', 'upper']);

/**
 * The issue for a value past one of the limits.
 *
 * @param limit - which limit
 * @param path - where
 * @param what - the English and Chinese description of the breach
 * @param line - the line, when known
 * @returns a `limit_exceeded` error
 * @example
 * ```ts
 * limitExceeded('maxDepth', 'observations[0].note', ['nested deeper than 64 levels', '嵌套超过 64 层'])
 * ```
 */
export function limitExceeded(
  limit: LimitName,
  path: string,
  what: readonly [string, string],
  line?: number,
): Issue {
  return withLine(
    issue(
      'limit_exceeded',
      'error',
      path,
      `${path || 'The input'} exceeds a limit of the format: ${what[0]} (see LIMITS.${limit})`,
      `${path || '输入'} 超出数据格式的限制：${what[1]}(见 LIMITS.${limit})`,
      { limit, max: LIMITS[limit] },
    ),
    line,
  );
}

/**
 * Checks a parsed value against the limits: no nesting deeper than `maxDepth`, no string (value or key) longer
 * than `maxStringLength`, and `value`/`upper` decimals within the decimal limits. Stops after a few findings.
 *
 * @param value - the value (an observation, a dataset's metadata field …)
 * @param base - its path in the dataset
 * @param depth - how deep `value` already sits in the dataset
 * @param line - its line, when known
 * @returns the `limit_exceeded` issues (empty when the value is within every limit)
 * @example
 * ```ts
 * checkLimits({ value: '1e999999999' }, 'observations[0]', 2) // [limit_exceeded at observations[0].value]
 * ```
 */
export function checkLimits(value: unknown, base: string, depth: number, line?: number): Issue[] {
  const out: Issue[] = [];
  // One frame per open array or object, with a cursor: memory grows with depth, not with size.
  const frames: Frame[] = [];
  const report = (limit: LimitName, path: string, what: readonly [string, string]): void => {
    out.push(limitExceeded(limit, path, what, line));
  };
  // A child's path is only built when it is reported.
  const visit = (v: unknown, parent: string | undefined, key: string | number, d: number): void => {
    const path = (): string => (parent === undefined ? base : joinPath(parent, key));
    const decimal = typeof key === 'string' && DECIMAL_FIELDS.has(key);
    if (typeof v === 'string' || typeof v === 'number') {
      if (decimal) {
        // A JSON number past the double range parses to Infinity: that is an exponent too large, as "1e400" is.
        const problem = v === Infinity || v === -Infinity ? 'maxDecimalExponent' : decimalProblem(v);
        if (problem !== undefined && problem !== 'syntax') {
          report(problem, path(), describeDecimalProblem(problem));
        }
      } else if (typeof v === 'string' && v.length > LIMITS.maxStringLength) {
        report('maxStringLength', path(), tooLong(v.length));
      }
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    if (d >= LIMITS.maxDepth) {
      report('maxDepth', path(), [
        `arrays and objects are nested more than ${LIMITS.maxDepth} levels deep`,
        `数组和对象嵌套超过 ${LIMITS.maxDepth} 层`,
      ]);
      return;
    }
    const keys = Array.isArray(v) ? undefined : Object.keys(v);
    const size = keys === undefined ? (v as unknown[]).length : keys.length;
    frames.push({ v: v as Record<string | number, unknown>, keys, size, at: 0, path: path(), depth: d });
  };
  visit(value, undefined, '', depth);
  while (frames.length > 0 && out.length < MAX_ISSUES) {
    const f = frames[frames.length - 1] as Frame;
    if (f.at >= f.size) {
      frames.pop();
      continue;
    }
    const k = f.at++;
    if (f.keys === undefined) {
      visit(f.v[k], f.path, k, f.depth + 1);
      continue;
    }
    const key = f.keys[k] as string;
    if (key.length > LIMITS.maxStringLength) report('maxStringLength', f.path, tooLongKey(key));
    else visit(f.v[key], f.path, key, f.depth + 1);
  }
  return out;
}

/** An array or object being walked: its keys (`undefined` for an array), its size and the next position. */
interface Frame {
  readonly v: Record<string | number, unknown>;
  readonly keys: string[] | undefined;
  readonly size: number;
  at: number;
  readonly path: string;
  readonly depth: number;
}

function tooLong(length: number): [string, string] {
  return [
    `a string of ${length} characters, more than ${LIMITS.maxStringLength}`,
    `字符串长 ${length} 个字符，超过 ${LIMITS.maxStringLength}`,
  ];
}

function tooLongKey(key: string): [string, string] {
  return [
    `a key of ${key.length} characters (${preview(key, 30)}), more than ${LIMITS.maxStringLength}`,
    `键名长 ${key.length} 个字符(${preview(key, 30)})，超过 ${LIMITS.maxStringLength}`,
  ];
}
