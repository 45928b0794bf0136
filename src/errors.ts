/** Errors as data: every problem fazhi reports is an {@link Issue} with a stable code, and thrown errors carry them. */

/** How serious a finding is: errors fail validation, warnings and infos do not. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One finding about some input: a stable snake_case `code`, a severity, a message in English and in Chinese,
 * and a `path` into the input such as `observations[12].value`.
 */
export interface Issue {
  /** Stable snake_case identifier of the kind of problem, e.g. `part_exceeds_whole`. */
  readonly code: string;
  /** `error` fails validation; `warning` and `info` do not. */
  readonly severity: Severity;
  /** Human-readable explanation in English. */
  readonly message: string;
  /** The same explanation in Chinese. */
  readonly messageZh: string;
  /** Where in the input, as a JS-like path (`observations[3].value`); empty for the whole input. */
  readonly path: string;
  /** 1-based line number in the source file, where the input came from a file with lines. */
  readonly line?: number;
  /** Machine-readable details needed to act on the finding (values compared, the indicator, …). */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * The error thrown by the throwing variants of fazhi's functions (`parseDataset`, …); it carries the issues, and
 * its message lists every one of them (as zod's `prettifyError` does), so that a log shows them all.
 *
 * @example
 * ```ts
 * try { parseDataset(input) } catch (e) { if (e instanceof FazhiError) console.log(e.issues) }
 * // e.message:
 * // 2 issues:
 * // ✖ Unknown field "qualifer" (did you mean "qualifier"?) [unknown_field]
 * //   → at observations[0].qualifer
 * // ✖ …
 * ```
 */
export class FazhiError extends Error {
  /** Stable code of the first issue (or of the error itself). */
  readonly code: string;
  /** Every issue found. */
  readonly issues: readonly Issue[];

  /**
   * Creates the error from the issues found.
   * @param issues - the issues found; the first one names the error's `code`.
   */
  constructor(issues: readonly Issue[]) {
    super(summarise(issues));
    this.name = 'FazhiError';
    this.code = issues[0]?.code ?? 'error';
    this.issues = issues;
  }
}

/** Every issue on its own lines: a mark by severity, the message and code, then where. */
function summarise(issues: readonly Issue[]): string {
  if (issues.length === 0) return 'fazhi error';
  const mark = { error: '✖', warning: '⚠', info: 'ℹ' } as const;
  const lines = issues.map((i) => {
    const where = [i.path ? `at ${i.path}` : '', i.line === undefined ? '' : `line ${i.line}`]
      .filter(Boolean)
      .join(', ');
    return `${mark[i.severity]} ${i.message} [${i.code}]${where ? `\n  → ${where}` : ''}`;
  });
  return `${issues.length} issue${issues.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/**
 * Builds an issue; a convenience for rule authors.
 *
 * @param code - stable snake_case code
 * @param severity - `error`, `warning` or `info`
 * @param path - where in the input
 * @param message - English message
 * @param messageZh - Chinese message
 * @param details - machine-readable details
 * @returns the issue
 * @example
 * ```ts
 * issue('invalid_count', 'error', 'observations[0].value', 'A count must be whole', '件数必须为整数')
 * ```
 */
export function issue(
  code: string,
  severity: Severity,
  path: string,
  message: string,
  messageZh: string,
  details?: Record<string, unknown>,
): Issue {
  return details === undefined
    ? { code, severity, path, message, messageZh }
    : { code, severity, path, message, messageZh, details };
}

/** The result of a `safeX` function: the value, or the issues that prevented it. */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly Issue[] };
