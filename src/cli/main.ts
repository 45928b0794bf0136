// The `fazhi` command: validate datasets, list their rates, print the catalog or the JSON Schema.
import type { CliArgs, Locale } from './args.js';
import { palette, useColour } from './colour.js';
import { UsageError } from './usage-error.js';
import { visible } from './visible.js';

/**
 * Runs the CLI and returns its exit status: 0 no errors, 1 errors found, 2 bad usage or an unreadable file.
 *
 * @param argv - the arguments after `node cli.js`
 * @returns the exit status
 * @example
 * ```ts
 * process.exitCode = await run(['validate', 'data'])
 * ```
 */
export async function run(argv: readonly string[]): Promise<number> {
  // `extract` parses its own options and is the only command that loads the HTML and PDF readers.
  if (argv[0] === 'extract') {
    // `fazhi extract … --help` answers like every other command instead of refusing an unknown option.
    if (argv.some((a) => a === '--help' || a === '-h')) return printHelp(guessLocale(argv));
    try {
      const { runExtract } = await import('./extract-command.js');
      return await runExtract(argv.slice(1));
    } catch (error) {
      return fail(error, guessLocale(argv));
    }
  }
  // `fazhi --version` and `fazhi --help` alone skip the argument parser, which loads the code lists of every rule.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) return printVersion();
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) return printHelp('en');
  let args: CliArgs;
  try {
    const { parseCliArgs } = await import('./args.js');
    args = parseCliArgs(argv);
  } catch (error) {
    return fail(error, guessLocale(argv));
  }
  try {
    return await dispatch(args);
  } catch (error) {
    return fail(error, args.locale);
  }
}

async function dispatch(args: CliArgs): Promise<number> {
  const out = (s: string) => process.stdout.write(s);
  const colours = palette(args.format === 'text' && useColour(process.stdout, process.env));
  switch (args.command) {
    case 'version':
      return printVersion();
    case 'help':
      return printHelp(args.locale);
    case 'usage': {
      const { helpText } = await import('./help.js');
      process.stderr.write(helpText(args.locale));
      return 2;
    }
    case 'schema': {
      const { readDatasetSchema } = await import('./schema-command.js');
      out(`${JSON.stringify(readDatasetSchema(), null, 2)}\n`);
      return 0;
    }
    case 'catalog': {
      const { renderCatalog } = await import('./catalog-command.js');
      out(renderCatalog(args.format, args.locale));
      return 0;
    }
    case 'validate': {
      const { runValidate } = await import('./validate-command.js');
      return runValidate(args, colours, out);
    }
    case 'fix': {
      const { runFix } = await import('./fix-command.js');
      return runFix(args, out);
    }
    case 'report': {
      // The charting library loads here and nowhere else.
      const { writeReport } = await import('./report-command.js');
      const summary = await writeReport(args);
      out(summary);
      return 0;
    }
    case 'rates': {
      const [{ resolveInputs }, { computeRates, renderRates }, { noDatasets }] = await Promise.all([
        import('./inputs.js'),
        import('./rates-command.js'),
        import('./validate-command.js'),
      ]);
      const inputs = await resolveInputs(args);
      try {
        const read = { encoding: args.encoding, ...(args.sheet === undefined ? {} : { sheet: args.sheet }) };
        const result = await computeRates(inputs.files, args.maxJsonBytes, read);
        const skipped = [...inputs.ignored, ...result.skipped];
        if (result.files.length === 0) throw noDatasets(args.paths, skipped);
        out(renderRates(result.rates, args.format, args.locale, colours, result.files));
        const zh = args.locale === 'zh';
        for (const k of skipped) {
          const file = visible(k.file);
          process.stderr.write(
            zh ? `fazhi: 已跳过 ${file}：${k.reasonZh}\n` : `fazhi: skipped ${file}: ${k.reason}\n`,
          );
        }
        for (const p of result.problems) {
          // Reading messages already name their line; text from data is shown, not obeyed.
          const text = zh
            ? `${p.severity === 'error' ? '错误' : '警告'}：${p.messageZh}`
            : `${p.severity === 'error' ? 'error' : 'warning'}: ${p.message}`;
          process.stderr.write(`fazhi: ${visible(p.file)}: ${visible(text)} (${p.code})\n`);
        }
        for (const o of result.omitted) {
          process.stderr.write(
            zh
              ? `fazhi: ${visible(o.file)}：另有 ${o.count} 个读取问题未显示（fazhi validate 列出全部）\n`
              : `fazhi: ${visible(o.file)}: ${o.count} more reading problems not shown (fazhi validate lists them all)\n`,
          );
        }
        return result.hasErrors ? 1 : 0;
      } finally {
        await inputs.cleanup();
      }
    }
  }
}

async function printVersion(): Promise<number> {
  const { packageVersion } = await import('./version.js');
  process.stdout.write(`${packageVersion()}\n`);
  return 0;
}

async function printHelp(locale: Locale): Promise<number> {
  const { helpText } = await import('./help.js');
  process.stdout.write(helpText(locale));
  return 0;
}

/** Reports a usage error in one line, or an unexpected failure without a stack trace; exit status 2. */
function fail(error: unknown, locale: Locale): number {
  if (error instanceof UsageError) {
    // A path found in a folder may hold control characters: shown, not obeyed.
    process.stderr.write(`fazhi: ${visible(locale === 'zh' ? error.messageZh : error.message)}\n`);
  } else {
    const text = visible(error instanceof Error ? error.message : String(error));
    process.stderr.write(
      locale === 'zh'
        ? `fazhi: 内部错误：${text}（请报告此问题）\n`
        : `fazhi: internal error: ${text} (please report this)\n`,
    );
    if (process.env.FAZHI_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  }
  return 2;
}

function guessLocale(argv: readonly string[]): Locale {
  const i = argv.findIndex((a) => a === '--locale' || a === '-l');
  if (i >= 0 && argv[i + 1] === 'zh') return 'zh';
  return argv.some((a) => a === '--locale=zh' || a === '-lzh' || a === '-l=zh') ? 'zh' : 'en';
}

// `| head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = fail(error, 'en');
  },
);
