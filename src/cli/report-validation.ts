import { ENCODING_LABELS } from '../formats/encoding.js';
import type { Locale, OutputFormat } from './args.js';
import type { Palette } from './colour.js';
import type { SkippedFile } from './files.js';
import type { FileIssue, FileReport } from './validate-file.js';
import { visible, visibleBreaks, visibleLines } from './visible.js';

/** Everything one `fazhi validate` run has to say: the reports, the files left out, the warning limit. */
export interface ValidationRun {
  readonly reports: readonly FileReport[];
  /** Files found but not validated: ignored, or not datasets. */
  readonly skipped?: readonly SkippedFile[];
  /** Files of other types the folder scans passed over. */
  readonly otherFiles?: number;
  /** `--max-warnings`: more warnings than this fail the run. */
  readonly maxWarnings?: number;
}

/**
 * Renders a validation run in the chosen format: `text` grouped by file with quotes, `json` as one object
 * `{ ok, files, issues, skipped }`, `github` as workflow annotations.
 *
 * @param run - the reports, skipped files and warning limit
 * @param format - output format
 * @param locale - message language
 * @param colours - terminal styles (no-ops when colour is off)
 * @returns the output text
 * @example
 * ```ts
 * renderValidation({ reports }, 'github', 'en', palette(false))
 * ```
 */
export function renderValidation(
  run: ValidationRun,
  format: OutputFormat,
  locale: Locale,
  colours: Palette,
): string {
  if (format === 'json') return renderJson(run, locale);
  if (format === 'github') return renderGithub(run, locale);
  return renderText(run, locale, colours);
}

/**
 * Whether the reports contain an error (exit status 1).
 *
 * @param reports - the reports
 * @returns true when any file has an error
 * @example
 * ```ts
 * hasErrors([{ counts: { error: 1, warning: 0, info: 0 } } as FileReport]) // true
 * ```
 */
export function hasErrors(reports: readonly FileReport[]): boolean {
  return reports.some((r) => r.counts.error > 0);
}

/**
 * Whether the run has more warnings than `--max-warnings` allows (exit status 1, as ESLint).
 *
 * @param run - the run
 * @returns true when a limit is set and exceeded
 * @example
 * ```ts
 * tooManyWarnings({ reports, maxWarnings: 0 }) // true when any file has a warning
 * ```
 */
export function tooManyWarnings(run: ValidationRun): boolean {
  return run.maxWarnings !== undefined && warnings(run.reports) > run.maxWarnings;
}

/**
 * The exit status of a run: 1 for errors or too many warnings, else 0.
 *
 * @param run - the run
 * @returns 0 or 1
 * @example
 * ```ts
 * exitStatus({ reports }) // 0
 * ```
 */
export function exitStatus(run: ValidationRun): 0 | 1 {
  return hasErrors(run.reports) || tooManyWarnings(run) ? 1 : 0;
}

function warnings(reports: readonly FileReport[]): number {
  return reports.reduce((n, r) => n + r.counts.warning, 0);
}

/** The words after a file's name: how it was read, when not plainly (another encoding, a sheet). */
function readAs(r: FileReport, zh: boolean): string | undefined {
  if (r.encoding !== undefined) {
    return zh ? `按 ${ENCODING_LABELS[r.encoding]} 编码读取` : `read as ${ENCODING_LABELS[r.encoding]}`;
  }
  if (r.sheet !== undefined) return zh ? `工作表“${r.sheet}”` : `sheet "${r.sheet}"`;
  return undefined;
}

/** Where an issue is: its path, and its workbook cell or its line. */
function place(i: FileIssue, zh: boolean): string {
  const at =
    i.sheet !== undefined
      ? i.cell !== undefined
        ? `${i.sheet}!${i.cell}`
        : i.line === undefined
          ? ''
          : zh
            ? `${i.sheet} 第 ${i.line} 行`
            : `${i.sheet} row ${i.line}`
      : i.line === undefined
        ? ''
        : zh
          ? `第 ${i.line} 行`
          : `line ${i.line}`;
  return [i.path, at].filter((s) => s.length > 0).join(zh ? '，' : ', ');
}

/** The line that fails a run on warnings, in both languages (ESLint says "too many warnings" too). */
function warningLimitLine(run: ValidationRun, zh: boolean): string {
  const n = warnings(run.reports);
  return zh
    ? `警告过多：共 ${n} 个，超过 --max-warnings ${run.maxWarnings} 的上限`
    : `Too many warnings: ${n}, more than --max-warnings ${run.maxWarnings} allows`;
}

function message(i: FileIssue, locale: Locale): string {
  return locale === 'zh' ? i.messageZh : i.message;
}

function renderJson(run: ValidationRun, locale: Locale): string {
  const { reports } = run;
  const issues = reports.flatMap((r) =>
    r.issues.map((i) => {
      const { file, code, severity, path, line, quote, details, sheet, cell } = i;
      return {
        file,
        code,
        severity,
        message: message(i, locale),
        path,
        ...(line === undefined ? {} : { line }),
        ...(sheet === undefined ? {} : { sheet }),
        ...(cell === undefined ? {} : { cell }),
        ...(quote === undefined ? {} : { quote }),
        messageEn: i.message,
        messageZh: i.messageZh,
        ...(details === undefined ? {} : { details }),
      };
    }),
  );
  const files = reports.map((r) => ({
    file: r.file,
    format: r.format,
    observations: r.observations,
    errors: r.counts.error,
    warnings: r.counts.warning,
    infos: r.counts.info,
    ...(r.omitted > 0 ? { omittedIssues: r.omitted } : {}),
    ...(r.ignored > 0 ? { ignoredIssues: r.ignored } : {}),
    ...(r.encoding === undefined ? {} : { encoding: r.encoding }),
    ...(r.sheet === undefined ? {} : { sheet: r.sheet }),
  }));
  const skipped = run.skipped ?? [];
  const limit =
    run.maxWarnings === undefined
      ? {}
      : { maxWarnings: run.maxWarnings, tooManyWarnings: tooManyWarnings(run) };
  return `${JSON.stringify({ ok: exitStatus(run) === 0, ...limit, files, issues, skipped }, null, 2)}\n`;
}

/** Escapes annotation data per the workflow-command rules (other control characters shown as escapes). */
function escapeData(s: string): string {
  return visibleBreaks(s).replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(visible(s)).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

function renderGithub(run: ValidationRun, locale: Locale): string {
  const { reports } = run;
  const zh = locale === 'zh';
  let out = '';
  for (const r of reports) {
    const how = readAs(r, zh);
    if (how !== undefined) out += `${visible(r.file)}: ${how}\n`;
    for (const i of r.issues) {
      const command = i.severity === 'error' ? 'error' : i.severity === 'warning' ? 'warning' : 'notice';
      const props = [`file=${escapeProperty(i.file)}`];
      // A workbook has no lines to annotate: its cell goes in the message instead.
      const line = i.sheet === undefined ? i.line : undefined;
      if (line !== undefined) props.push(`line=${line}`);
      // Syntax errors know their column; GitHub then marks the very character.
      const column = i.details?.column;
      if (line !== undefined && typeof column === 'number') props.push(`col=${column}`);
      props.push(`title=${escapeProperty(`fazhi ${i.code}`)}`);
      const at = i.sheet === undefined ? i.path : place(i, zh);
      const where = at ? `${at}: ` : '';
      const quote = i.quote === undefined ? '' : ` — “${i.quote}”`;
      out += `::${command} ${props.join(',')}::${escapeData(`${where}${message(i, locale)}${quote}`)}\n`;
    }
    if (r.omitted > 0) {
      out += `::notice file=${escapeProperty(r.file)}::${escapeData(
        locale === 'zh' ? `另有 ${r.omitted} 条问题未显示` : `${r.omitted} more issues not shown`,
      )}\n`;
    }
  }
  for (const k of run.skipped ?? []) out += `${skippedLine(k, zh)}\n`;
  if (tooManyWarnings(run)) out += `::error::${escapeData(warningLimitLine(run, zh))}\n`;
  out += `${summary(run, locale)}\n`;
  return out;
}

function skippedLine(k: SkippedFile, zh: boolean): string {
  return zh ? `已跳过 ${visible(k.file)}：${k.reasonZh}` : `skipped ${visible(k.file)}: ${k.reason}`;
}

function renderText(run: ValidationRun, locale: Locale, c: Palette): string {
  const { reports } = run;
  const zh = locale === 'zh';
  let out = '';
  for (const r of reports) {
    const n = zh
      ? `${r.observations} 条观测`
      : `${r.observations} observation${r.observations === 1 ? '' : 's'}`;
    const how = readAs(r, zh);
    const status = r.counts.error > 0 ? c.red('✖') : c.green('✔');
    const about = how === undefined ? n : zh ? `${n}，${how}` : `${n}, ${how}`;
    out += `${status} ${c.bold(visible(r.file))} ${c.dim(zh ? `（${about}）` : `(${about})`)}\n`;
    for (const i of r.issues) {
      // Chinese labels are two wide characters each: padded to the width of "warning".
      const sev =
        i.severity === 'error'
          ? c.red(zh ? '错误   ' : 'error  ')
          : i.severity === 'warning'
            ? c.yellow(zh ? '警告   ' : 'warning')
            : c.cyan(zh ? '提示   ' : 'info   ');
      const where = visible(place(i, zh));
      out += `  ${sev} ${c.dim(i.code)}${where ? c.dim(zh ? ` 位于 ${where}` : ` at ${where}`) : ''}\n`;
      // Text from data reaches the terminal with its control characters shown, not obeyed.
      out += `${indent(visible(message(i, locale)))}\n`;
      if (i.quote !== undefined) out += `${c.dim(indent(`“${visibleLines(i.quote)}”`))}\n`;
    }
    if (r.omitted > 0) {
      out += c.dim(
        zh
          ? `  另有 ${r.omitted} 条问题未显示（--max-issues 0 显示全部）\n`
          : `  … ${r.omitted} more issues not shown (--max-issues 0 shows all)\n`,
      );
    }
  }
  for (const k of run.skipped ?? []) out += c.dim(`${skippedLine(k, zh)}\n`);
  const s = summary(run, locale);
  out += `\n${exitStatus(run) === 1 ? c.red(s) : c.green(s)}\n`;
  if (tooManyWarnings(run)) out += `${c.red(warningLimitLine(run, zh))}\n`;
  return out;
}

/** Indents every line of a block, so a quote that spans lines (a quoted CSV field may) stays under its issue. */
function indent(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => `          ${l}`)
    .join('\n');
}

function summary(run: ValidationRun, locale: Locale): string {
  const { reports } = run;
  const total = { error: 0, warning: 0, info: 0, observations: 0, ignored: 0 };
  for (const r of reports) {
    total.error += r.counts.error;
    total.warning += r.counts.warning;
    total.info += r.counts.info;
    total.observations += r.observations;
    total.ignored += r.ignored;
  }
  const skipped = run.skipped?.length ?? 0;
  const other = run.otherFiles ?? 0;
  if (locale === 'zh') {
    const extra = [
      total.ignored > 0 ? `另有 ${total.ignored} 条问题按 --ignore-code 忽略` : '',
      skipped > 0 ? `跳过 ${skipped} 个文件` : '',
      other > 0 ? `略过 ${other} 个其他类型的文件` : '',
    ].filter(Boolean);
    return `${total.error} 个错误，${total.warning} 个警告，${total.info} 条提示 —— 共 ${reports.length} 个文件、${total.observations} 条观测${extra.length > 0 ? `（${extra.join('；')}）` : ''}`;
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const extra = [
    total.ignored > 0 ? `${plural(total.ignored, 'issue')} ignored by --ignore-code` : '',
    skipped > 0 ? `${plural(skipped, 'file')} skipped` : '',
    other > 0 ? `${plural(other, 'file')} of other types passed over` : '',
  ].filter(Boolean);
  return `${plural(total.error, 'error')}, ${plural(total.warning, 'warning')}, ${plural(total.info, 'info')} in ${plural(reports.length, 'file')} (${plural(total.observations, 'observation')})${extra.length > 0 ? `; ${extra.join('; ')}` : ''}`;
}
