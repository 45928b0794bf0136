import { parseArgs } from 'node:util';
import { CATALOG_ISSUE_CODES } from '../catalog/check-catalog.js';
import { type EncodingOption, encodingOption, TEXT_ENCODINGS } from '../formats/encoding.js';
import { DATA_FORMATS, type DataFormat } from '../formats/format.js';
import { READ_ISSUE_CODES } from '../formats/read-issues.js';
import { closest } from '../formats/suggest.js';
import { VALIDATION_CODES } from '../validate/codes.js';
import { RULE_NAMES } from '../validate/types.js';
import { UsageError } from './usage-error.js';

/** The CLI's commands; `usage` is no command at all (help on stderr, exit 2, so a CI step missing its command fails). */
export type Command =
  | 'validate'
  | 'rates'
  | 'fix'
  | 'report'
  | 'catalog'
  | 'schema'
  | 'help'
  | 'version'
  | 'usage';

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
  /** Issue codes silenced with `--ignore-code code`. */
  readonly ignoredCodes: readonly string[];
  /** The encoding of text files (`--encoding`), `auto` by default. */
  readonly encoding: EncodingOption;
  /** The sheet of `.xlsx` files to read (`--sheet`); the first by default. */
  readonly sheet: string | undefined;
  /** The format of standard input (`-`), when given; otherwise told from its first bytes. */
  readonly stdinFormat: DataFormat | undefined;
  /** gitignore-style patterns of files to leave out (`--ignore`). */
  readonly ignore: readonly string[];
  /** A file of ignore patterns (`--ignore-path`); `.fazhiignore` in the working directory by default, if any. */
  readonly ignorePath: string | undefined;
  /** Most warnings allowed before the exit status is 1 (`--max-warnings`), as ESLint. */
  readonly maxWarnings: number | undefined;
  /** `validate --fix`: rewrite spreadsheet-formatted values before validating. */
  readonly fix: boolean;
  /** `report`: the HTML file to write (`-o`). */
  readonly output?: string;
  /** `report`: report on this division code and the jurisdictions within it. */
  readonly jurisdiction?: string;
}

/**
 * Every issue code the CLI can print: the validator's, the readers', the catalog checks' and `internal_error`,
 * for `--ignore-code` to check names against.
 */
export const ISSUE_CODES: readonly string[] = [
  ...Object.keys(VALIDATION_CODES),
  ...READ_ISSUE_CODES,
  ...CATALOG_ISSUE_CODES.filter((c) => !(c in VALIDATION_CODES)),
  'internal_error',
  'invalid_observations_skipped',
];

/**
 * The largest JSON file read in one piece: a Node string holds at most 2^29 − 24 UTF-16 units (~512 MiB), and a
 * parsed dataset takes several times its text in memory, so beyond 256 MiB fazhi asks for NDJSON instead.
 */
export const DEFAULT_MAX_JSON_BYTES = 256 * 1024 * 1024;

const COMMANDS = new Set(['validate', 'rates', 'fix', 'report', 'catalog', 'schema']);
/** Every command a user may type, for the did-you-mean: `extract` parses its own options (src/cli/extract-command.ts). */
const ALL_COMMANDS = new Set([...COMMANDS, 'extract']);

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
    throw optionError(error);
  }
  const { values, positionals } = parsed;
  const locale = oneOf(values.locale, ['en', 'zh'] as const, '--locale', 'en');
  const format = oneOf(values.format, ['text', 'json', 'github'] as const, '--format', 'text');
  const maxJsonBytes = count(values['max-json-bytes'], '--max-json-bytes') ?? DEFAULT_MAX_JSON_BYTES;
  const maxIssues = count(values['max-issues'], '--max-issues');
  const disabledRules = values['no-rule'] ?? [];
  for (const rule of disabledRules) checkRule(rule);
  const ignoredCodes = values['ignore-code'] ?? [];
  for (const code of ignoredCodes) checkCode(code);
  const jurisdiction = values.jurisdiction;
  if (jurisdiction !== undefined && !/^[1-9]\d{5}$/.test(jurisdiction)) {
    throw new UsageError(
      `--jurisdiction must be a 6-digit division code such as 440000 (got "${jurisdiction}")`,
      `--jurisdiction 须为 6 位行政区划代码，例如 440000（收到“${jurisdiction}”）`,
    );
  }
  const base = {
    format,
    locale,
    maxJsonBytes,
    maxIssues,
    disabledRules,
    ignoredCodes,
    encoding: encodingOf(values.encoding),
    sheet: values.sheet,
    stdinFormat: oneOf(values['stdin-format'], DATA_FORMATS, '--stdin-format', undefined),
    ignore: values.ignore ?? [],
    ignorePath: values['ignore-path'],
    maxWarnings: count(values['max-warnings'], '--max-warnings'),
    fix: values.fix ?? false,
    ...(values.output === undefined ? {} : { output: values.output }),
    ...(jurisdiction === undefined ? {} : { jurisdiction }),
  };
  if (values.version) return { ...base, command: 'version', paths: [] };
  const [first, ...rest] = positionals;
  if (values.help || first === 'help') return { ...base, command: 'help', paths: [] };
  if (first === undefined) return { ...base, command: 'usage', paths: [] };
  if (!COMMANDS.has(first)) {
    const [hint, hintZh] = didYouMean(first, ALL_COMMANDS);
    throw new UsageError(
      `Unknown command "${first}"${hint}; the commands are validate, rates, fix, report, extract, catalog and schema (see fazhi --help)`,
      `未知命令“${first}”${hintZh}；可用命令为 validate、rates、fix、report、extract、catalog、schema（参见 fazhi --help）`,
    );
  }
  const command = first as Command;
  if (
    (command === 'validate' || command === 'rates' || command === 'fix' || command === 'report') &&
    rest.length === 0
  ) {
    throw new UsageError(
      `fazhi ${command} needs at least one file or folder, e.g. fazhi ${command} data/`,
      `fazhi ${command} 至少需要一个文件或文件夹，例如 fazhi ${command} data/`,
    );
  }
  if ((command === 'catalog' || command === 'schema') && rest.length > 0) {
    throw new UsageError(`fazhi ${command} takes no arguments`, `fazhi ${command} 不接受参数`);
  }
  if (command !== 'report' && (values.output !== undefined || jurisdiction !== undefined)) {
    throw new UsageError(
      `${values.output !== undefined ? '-o/--output' : '--jurisdiction'} is for fazhi report`,
      `${values.output !== undefined ? '-o/--output' : '--jurisdiction'} 只用于 fazhi report`,
    );
  }
  if (command === 'report' && values.format !== undefined) {
    throw new UsageError(
      'fazhi report writes HTML; it takes no --format',
      'fazhi report 输出 HTML，不接受 --format',
    );
  }
  if ((command === 'rates' || command === 'catalog' || command === 'fix') && format === 'github') {
    throw new UsageError(
      `--format github is for validate; use text or json with ${command}`,
      `--format github 只用于 validate；${command} 请使用 text 或 json`,
    );
  }
  if (base.fix && command !== 'validate') {
    throw new UsageError(
      `--fix is an option of validate; fazhi fix <files> rewrites files without validating them`,
      `--fix 是 validate 的选项；fazhi fix <文件> 只改写文件、不做校验`,
    );
  }
  return { ...base, command, paths: rest };
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  format: { type: 'string', short: 'f' },
  locale: { type: 'string', short: 'l' },
  'max-json-bytes': { type: 'string' },
  'max-issues': { type: 'string' },
  'no-rule': { type: 'string', multiple: true },
  'ignore-code': { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  encoding: { type: 'string' },
  sheet: { type: 'string' },
  'stdin-format': { type: 'string' },
  ignore: { type: 'string', multiple: true },
  'ignore-path': { type: 'string' },
  fix: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  jurisdiction: { type: 'string' },
} as const;

/** The long names of every option, for help and docs checks. */
export const OPTION_NAMES: readonly string[] = Object.keys(OPTIONS);

function parse(argv: readonly string[]) {
  return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
}

/** Node's parseArgs errors are English only and name its own syntax; say the same in both languages. */
function optionError(error: unknown): UsageError {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  // Node quotes the option as '--name' or as '-f, --name <value>'; the long name is the one to show.
  const quoted = /'([^']+)'/.exec(text)?.[1] ?? '';
  const flag = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const [hint, hintZh] = flag.startsWith('--')
      ? didYouMean(
          flag,
          Object.keys(OPTIONS).map((o) => `--${o}`),
        )
      : ['', ''];
    return new UsageError(
      `Unknown option ${flag}${hint}; see fazhi --help (a path that starts with "-" goes after --)`,
      `未知选项 ${flag}${hintZh}；参见 fazhi --help（以“-”开头的路径请写在 -- 之后）`,
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(text)) {
      return new UsageError(`Option ${flag} takes no value`, `选项 ${flag} 不接受值`);
    }
    return new UsageError(
      `Option ${flag} needs a value (write a value starting with "-" as ${flag}=<value>)`,
      `选项 ${flag} 需要一个值（以“-”开头的值请写作 ${flag}=<值>）`,
    );
  }
  return new UsageError(text, `命令行参数有误：${text}`);
}

function checkRule(rule: string): void {
  if ((RULE_NAMES as readonly string[]).includes(rule)) return;
  const [hint, hintZh] = didYouMean(rule, RULE_NAMES);
  throw new UsageError(
    `--no-rule: unknown rule "${rule}"${hint}; the rules are ${RULE_NAMES.join(', ')}`,
    `--no-rule：未知规则“${rule}”${hintZh}；可用规则为 ${RULE_NAMES.join('、')}`,
  );
}

function checkCode(code: string): void {
  if (ISSUE_CODES.includes(code)) return;
  const [hint, hintZh] = didYouMean(code, ISSUE_CODES);
  throw new UsageError(
    `--ignore-code: unknown issue code "${code}"${hint}; the codes are listed in docs/validation.md and docs/cli.md`,
    `--ignore-code：未知问题代码“${code}”${hintZh}；全部代码见 docs/validation.md 和 docs/cli.md`,
  );
}

function encodingOf(value: string | undefined): EncodingOption {
  if (value === undefined) return 'auto';
  const found = encodingOption(value);
  if (found !== undefined) return found;
  const names = ['auto', ...TEXT_ENCODINGS];
  const [hint, hintZh] = didYouMean(value, names);
  throw new UsageError(
    `--encoding must be one of ${names.join(', ')} (got "${value}")${hint}`,
    `--encoding 只能是 ${names.join('、')}（收到“${value}”）${hintZh}`,
  );
}

/** The " (did you mean x?)" hint in both languages, or empty strings. */
function didYouMean(word: string, candidates: Iterable<string>): [string, string] {
  const c = closest(word, candidates);
  return c === undefined ? ['', ''] : [` (did you mean ${c}?)`, `（是否想输入 ${c}？）`];
}

function oneOf<T extends string, F extends T | undefined>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: F,
): T | F {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const [hint, hintZh] = didYouMean(value, allowed);
  throw new UsageError(
    `${flag} must be one of ${allowed.join(', ')} (got "${value}")${hint}`,
    `${flag} 只能是 ${allowed.join('、')}（收到“${value}”）${hintZh}`,
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
