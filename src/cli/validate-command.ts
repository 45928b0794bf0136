import { divisionLookup } from '../divisions/index.js';
import type { CliArgs } from './args.js';
import type { Palette } from './colour.js';
import type { SkippedFile } from './files.js';
import { resolveInputs } from './inputs.js';
import { exitStatus, renderValidation } from './report-validation.js';
import { UsageError } from './usage-error.js';
import { type FileReport, validateFile } from './validate-file.js';

/**
 * `fazhi validate`: validates every file the arguments name (after `--fix` rewrote spreadsheet-formatted values,
 * when asked) and prints the findings.
 *
 * @param args - the parsed command line
 * @param colours - terminal styles
 * @param out - where the report goes
 * @returns the exit status: 0 no errors (and warnings within `--max-warnings`), 1 otherwise
 * @throws UsageError for unreadable paths, or arguments that hold no dataset at all
 * @example
 * ```ts
 * await runValidate(parseCliArgs(['validate', 'data']), palette(false), (s) => process.stdout.write(s))
 * ```
 */
export async function runValidate(
  args: CliArgs,
  colours: Palette,
  out: (s: string) => void,
): Promise<number> {
  const inputs = await resolveInputs(args);
  try {
    if (args.fix) {
      const { fixFiles, renderFixes } = await import('./fix-command.js');
      const fixes = await fixFiles(inputs.files, args);
      process.stderr.write(renderFixes(fixes, args.locale, true));
    }
    const rules = Object.fromEntries(args.disabledRules.map((r) => [r, false]));
    const maxIssues = args.maxIssues ?? (args.format === 'json' ? 0 : 200);
    const ignoredCodes = new Set(args.ignoredCodes);
    const reports: FileReport[] = [];
    const skipped: SkippedFile[] = [...inputs.ignored];
    for (const file of inputs.files) {
      const result = await validateFile(file, {
        validate: { divisions: divisionLookup, rules },
        maxJsonBytes: args.maxJsonBytes,
        maxIssues,
        read: { encoding: args.encoding, ...(args.sheet === undefined ? {} : { sheet: args.sheet }) },
        ignoredCodes,
      });
      if ('skipped' in result) skipped.push(result.skipped);
      else reports.push(result);
    }
    if (reports.length === 0) throw noDatasets(args.paths, skipped);
    // Several files are also one panel: what they say about each other (the same figure, last year's level).
    const checked =
      reports.length > 1
        ? await (await import('./panel-pass.js')).panelPass(inputs.files, reports, {
            validate: { rules },
            maxJsonBytes: args.maxJsonBytes,
            read: { encoding: args.encoding, ...(args.sheet === undefined ? {} : { sheet: args.sheet }) },
            maxIssues,
            ignoredCodes,
          })
        : reports;
    const run = {
      reports: checked,
      skipped,
      otherFiles: inputs.otherFiles,
      ...(args.maxWarnings === undefined ? {} : { maxWarnings: args.maxWarnings }),
    };
    out(renderValidation(run, args.format, args.locale, colours));
    return exitStatus(run);
  } finally {
    await inputs.cleanup();
  }
}

/**
 * The usage error for arguments among which no file is a dataset: what was skipped, and why.
 *
 * @param paths - the arguments
 * @param skipped - the files skipped
 * @returns the error (exit status 2)
 * @example
 * ```ts
 * throw noDatasets(['.'], skipped)
 * ```
 */
export function noDatasets(paths: readonly string[], skipped: readonly SkippedFile[]): UsageError {
  const list = skipped.slice(0, 5);
  const more = skipped.length - list.length;
  const en = list.map((k) => `${k.file} (${k.reason})`).join(', ') + (more > 0 ? ` and ${more} more` : '');
  const zh =
    list.map((k) => `${k.file}（${k.reasonZh}）`).join('、') + (more > 0 ? ` 等另外 ${more} 个` : '');
  return new UsageError(
    `No datasets in ${paths.join(' ')}: skipped ${en}`,
    `${paths.join(' ')} 中没有数据集：已跳过 ${zh}`,
  );
}
