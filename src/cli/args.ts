import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

/** The CLI's commands. */
export type Command = 'validate' | 'rates' | 'catalog' | 'schema' | 'help' | 'version';

/** Output formats of the CLI. */
export type OutputFormat = 'text' | 'json' | 'github';

/** Message languages of the CLI. */
export type Locale = 'en' | 'zh';

/** The parsed command line. */
export interface CliArgs {
  readonly command: Command;
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly locale: Locale;
  /** Largest JSON file read whole, in bytes. */
  readonly maxJsonBytes: number;
  /** Most issues printed per file (0: all); counts stay exact. */
  readonly maxIssues: number | undefined;
  /** Rules switched off with `--no-rule name`. */
  readonly disabledRules: readonly string[];
}

/**
 * The largest JSON file read in one piece: a Node string holds at most 2^29 − 24 UTF-16 units (~512 MiB), and a
 * parsed dataset takes several times its text in memory, so beyond 256 MiB fazhi asks for NDJSON instead.
 */
export const DEFAULT_MAX_JSON_BYTES = 256 * 1024 * 1024;

const COMMANDS = new Set(['validate', 'rates', 'catalog', 'schema']);

/**
 * Parses the command line (after `node cli.js`).
 *
 * @param argv - the arguments
 * @returns what to do
 * @throws UsageError for unknown commands, flags or values
 * @example
 * ```ts
 * parseCliArgs(['validate', 'data', '--format', 'github']).format // 'github'
 * ```
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    throw new UsageError(text, `命令行参数有误：${text}`);
  }
  const { values, positionals } = parsed;
  const locale = oneOf(values.locale, ['en', 'zh'] as const, '--locale', 'en');
  const format = oneOf(values.format, ['text', 'json', 'github'] as const, '--format', 'text');
  const maxJsonBytes = count(values['max-json-bytes'], '--max-json-bytes') ?? DEFAULT_MAX_JSON_BYTES;
  const maxIssues = count(values['max-issues'], '--max-issues');
  const base = { format, locale, maxJsonBytes, maxIssues, disabledRules: values['no-rule'] ?? [] };
  if (values.version) return { ...base, command: 'version', paths: [] };
  const [first, ...rest] = positionals;
  if (values.help || first === undefined || first === 'help') return { ...base, command: 'help', paths: [] };
  if (!COMMANDS.has(first)) {
    throw new UsageError(
      `Unknown command "${first}"; the commands are validate, rates, catalog and schema (see fazhi --help)`,
      `未知命令“${first}”；可用命令为 validate、rates、catalog、schema（参见 fazhi --help）`,
    );
  }
  const command = first as Command;
  if ((command === 'validate' || command === 'rates') && rest.length === 0) {
    throw new UsageError(
      `fazhi ${command} needs at least one file or folder, e.g. fazhi ${command} data/`,
      `fazhi ${command} 至少需要一个文件或文件夹，例如 fazhi ${command} data/`,
    );
  }
  if ((command === 'catalog' || command === 'schema') && rest.length > 0) {
    throw new UsageError(`fazhi ${command} takes no arguments`, `fazhi ${command} 不接受参数`);
  }
  if (command === 'rates' && format === 'github') {
    throw new UsageError(
      '--format github is for validate; use text or json with rates',
      '--format github 只用于 validate；rates 请使用 text 或 json',
    );
  }
  return { ...base, command, paths: rest };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      format: { type: 'string', short: 'f' },
      locale: { type: 'string', short: 'l' },
      'max-json-bytes': { type: 'string' },
      'max-issues': { type: 'string' },
      'no-rule': { type: 'string', multiple: true },
    },
  });
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `${flag} must be one of ${allowed.join(', ')} (got "${value}")`,
    `${flag} 只能是 ${allowed.join('、')}（收到“${value}”）`,
  );
}

function count(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) {
    throw new UsageError(
      `${flag} must be a whole number (got "${value}")`,
      `${flag} 必须是整数（收到“${value}”）`,
    );
  }
  return Number(value);
}
