import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { divisionLookup } from '../divisions/division-lookup.js';
import type { Issue } from '../errors.js';
import { createPanelBuilder } from '../panel/build-panel.js';
import { renderReport } from '../report/render.js';
import { collectMetadata, type ReportIssue } from '../report/report-input.js';
import { createValidator } from '../validate/create-validator.js';
import { validateDataset } from '../validate/validate-dataset.js';
import type { CliArgs } from './args.js';
import { type DataFile, displayPath, type SkippedFile } from './files.js';
import { resolveInputs } from './inputs.js';
import { loadData, notDatasetReason } from './load-json.js';
import { notDatasetFile, readFileBatches } from './read-file.js';
import { UsageError } from './usage-error.js';

/**
 * `fazhi report`: reads the files (JSON whole, NDJSON and CSV streamed), validates them, builds one panel (only
 * the `--jurisdiction` and what lies within it, so that a province of a national file fits in memory) and writes
 * the HTML report.
 *
 * @param args - the parsed command line
 * @returns the line to print: where the report went and what it holds
 * @throws UsageError for unreadable files or a jurisdiction without figures
 * @example
 * ```ts
 * await writeReport(parseCliArgs(['report', 'seeds', '-o', 'report.html']))
 * ```
 */
export async function writeReport(args: CliArgs): Promise<string> {
  const inputs = await resolveInputs(args);
  try {
    return await write(args, inputs.files, inputs.ignored);
  } finally {
    await inputs.cleanup();
  }
}

async function write(
  args: CliArgs,
  files: readonly DataFile[],
  ignored: readonly SkippedFile[],
): Promise<string> {
  const read = { encoding: args.encoding, ...(args.sheet === undefined ? {} : { sheet: args.sheet }) };
  const skipped: SkippedFile[] = [...ignored];
  const output = args.output ?? 'report.html';
  const within = args.jurisdiction;
  const prefix =
    within === undefined
      ? undefined
      : within.endsWith('0000')
        ? within.slice(0, 2)
        : within.endsWith('00')
          ? within.slice(0, 4)
          : within;
  const rules = Object.fromEntries(args.disabledRules.map((r) => [r, false]));
  const validate = { divisions: divisionLookup, rules };
  const builder = createPanelBuilder(within === undefined ? {} : { within });
  const meta = collectMetadata();
  const issues: ReportIssue[] = [];
  const names: string[] = [];
  for (const f of files) {
    const file = f.name ?? displayPath(f.path);
    const onIssue = (i: Issue): void => {
      issues.push({ ...i, file });
    };
    if (f.format === 'json') {
      const loaded = await loadData(f, args.maxJsonBytes, read.encoding);
      const reason = f.scanned && loaded.ok ? notDatasetReason(loaded.text) : undefined;
      if (reason !== undefined) {
        skipped.push({ file, reason: reason[0], reasonZh: reason[1] });
        continue;
      }
      names.push(file);
      for (const i of loaded.issues) issues.push({ ...i, file });
      if (!loaded.ok) continue;
      builder.addDataset(loaded.data, file);
      meta.add(loaded.data, file);
      validateDataset(loaded.data, { ...validate, onIssue });
      continue;
    }
    const reason = f.scanned ? await notDatasetFile(f, read) : undefined;
    if (reason !== undefined) {
      skipped.push({ file, reason: reason[0], reasonZh: reason[1] });
      continue;
    }
    names.push(file);
    // Line files are streamed: only the observations within the jurisdiction are kept and validated.
    const validator = createValidator({ ...validate, onIssue });
    for await (const batch of readFileBatches(f, read)) {
      for (const r of batch) {
        if (r.kind === 'issue') {
          issues.push({ ...r.issue, file });
          continue;
        }
        const j = (r.observation as { jurisdiction?: unknown } | null)?.jurisdiction;
        if (prefix !== undefined && !(typeof j === 'string' && j.startsWith(prefix))) continue;
        builder.add(r.observation, { file, index: r.index });
        validator.addObservation(r.observation, r);
      }
    }
    validator.finish();
  }
  const panel = builder.finish();
  const zh = args.locale === 'zh';
  for (const k of skipped) {
    process.stderr.write(
      zh ? `fazhi: 已跳过 ${k.file}：${k.reasonZh}\n` : `fazhi: skipped ${k.file}: ${k.reason}\n`,
    );
  }
  if (names.length === 0) {
    throw new UsageError(`No datasets in ${args.paths.join(', ')}`, `${args.paths.join('、')} 中没有数据集`);
  }
  if (within !== undefined && panel.series.size === 0) {
    throw new UsageError(
      `No figures for ${within} or the jurisdictions within it in ${names.join(', ')}`,
      `${names.join('、')} 中没有 ${within} 及其下级的数据`,
    );
  }
  const outDir = dirname(resolve(output));
  const html = renderReport(
    {
      panel,
      issues,
      reports: meta.reports,
      targets: meta.targets,
      jurisdictions: meta.jurisdictions,
      dimensions: meta.dimensions,
      files: names,
    },
    {
      locale: args.locale,
      divisions: divisionLookup,
      ...(within === undefined ? {} : { jurisdiction: within }),
      link: (report) => {
        if (report.file !== undefined && existsSync(report.file))
          return relative(outDir, resolve(report.file)).split(sep).join('/');
        return report.url;
      },
    },
  );
  await mkdir(outDir, { recursive: true })
    .then(() => writeFile(output, html))
    .catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(
        `Cannot write ${output}: ${error.message}`,
        `无法写入 ${output}：${error.message}`,
      );
    });
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  const kib = Math.round(Buffer.byteLength(html) / 1024);
  if (args.locale === 'zh')
    return `已写入 ${output}（${kib} KiB）：${panel.byJurisdiction.size} 个地区，${panel.observations} 项数据；错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}\n`;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `wrote ${output} (${kib} KiB): ${plural(panel.byJurisdiction.size, 'jurisdiction')}, ${plural(panel.observations, 'figure')}; ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')}\n`;
}
