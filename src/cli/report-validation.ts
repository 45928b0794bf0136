import type { Locale, OutputFormat } from './args.js';
import type { Palette } from './colour.js';
import type { FileIssue, FileReport } from './validate-file.js';
import { visible, visibleBreaks, visibleLines } from './visible.js';

/**
 * Renders validation reports in the chosen format: `text` grouped by file with quotes, `json` as one object
 * `{ ok, files, issues }`, `github` as workflow annotations.
 *
 * @param reports - one report per file
 * @param format - output format
 * @param locale - message language
 * @param colours - terminal styles (no-ops when colour is off)
 * @returns the output text
 * @example
 * ```ts
 * renderValidation(reports, 'github', 'en', palette(false))
 * ```
 */
export function renderValidation(
  reports: readonly FileReport[],
  format: OutputFormat,
  locale: Locale,
  colours: Palette,
): string {
  if (format === 'json') return renderJson(reports, locale);
  if (format === 'github') return renderGithub(reports, locale);
  return renderText(reports, locale, colours);
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

function message(i: FileIssue, locale: Locale): string {
  return locale === 'zh' ? i.messageZh : i.message;
}

function renderJson(reports: readonly FileReport[], locale: Locale): string {
  const issues = reports.flatMap((r) =>
    r.issues.map((i) => {
      const { file, code, severity, path, line, quote, details } = i;
      return {
        file,
        code,
        severity,
        message: message(i, locale),
        path,
        ...(line === undefined ? {} : { line }),
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
  }));
  return `${JSON.stringify({ ok: !hasErrors(reports), files, issues }, null, 2)}\n`;
}

/** Escapes annotation data per the workflow-command rules (other control characters shown as escapes). */
function escapeData(s: string): string {
  return visibleBreaks(s).replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(visible(s)).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

function renderGithub(reports: readonly FileReport[], locale: Locale): string {
  let out = '';
  for (const r of reports) {
    for (const i of r.issues) {
      const command = i.severity === 'error' ? 'error' : i.severity === 'warning' ? 'warning' : 'notice';
      const props = [`file=${escapeProperty(i.file)}`];
      if (i.line !== undefined) props.push(`line=${i.line}`);
      // Syntax errors know their column; GitHub then marks the very character.
      const column = i.details?.column;
      if (i.line !== undefined && typeof column === 'number') props.push(`col=${column}`);
      props.push(`title=${escapeProperty(`fazhi ${i.code}`)}`);
      const where = i.path ? `${i.path}: ` : '';
      const quote = i.quote === undefined ? '' : ` — “${i.quote}”`;
      out += `::${command} ${props.join(',')}::${escapeData(`${where}${message(i, locale)}${quote}`)}\n`;
    }
    if (r.omitted > 0) {
      out += `::notice file=${escapeProperty(r.file)}::${escapeData(
        locale === 'zh' ? `另有 ${r.omitted} 条问题未显示` : `${r.omitted} more issues not shown`,
      )}\n`;
    }
  }
  out += `${summary(reports, locale)}\n`;
  return out;
}

function renderText(reports: readonly FileReport[], locale: Locale, c: Palette): string {
  const zh = locale === 'zh';
  let out = '';
  for (const r of reports) {
    const n = zh
      ? `${r.observations} 条观测`
      : `${r.observations} observation${r.observations === 1 ? '' : 's'}`;
    const status = r.counts.error > 0 ? c.red('✖') : c.green('✔');
    out += `${status} ${c.bold(visible(r.file))} ${c.dim(`(${n})`)}\n`;
    for (const i of r.issues) {
      // Chinese labels are two wide characters each: padded to the width of "warning".
      const sev =
        i.severity === 'error'
          ? c.red(zh ? '错误   ' : 'error  ')
          : i.severity === 'warning'
            ? c.yellow(zh ? '警告   ' : 'warning')
            : c.cyan(zh ? '提示   ' : 'info   ');
      const where = [visible(i.path), i.line === undefined ? '' : zh ? `第 ${i.line} 行` : `line ${i.line}`]
        .filter((s) => s.length > 0)
        .join(zh ? '，' : ', ');
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
  const s = summary(reports, locale);
  out += `\n${hasErrors(reports) ? c.red(s) : c.green(s)}\n`;
  return out;
}

/** Indents every line of a block, so a quote that spans lines (a quoted CSV field may) stays under its issue. */
function indent(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => `          ${l}`)
    .join('\n');
}

function summary(reports: readonly FileReport[], locale: Locale): string {
  const total = { error: 0, warning: 0, info: 0, observations: 0 };
  for (const r of reports) {
    total.error += r.counts.error;
    total.warning += r.counts.warning;
    total.info += r.counts.info;
    total.observations += r.observations;
  }
  if (locale === 'zh') {
    return `${total.error} 个错误，${total.warning} 个警告，${total.info} 条提示 —— 共 ${reports.length} 个文件、${total.observations} 条观测`;
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(total.error, 'error')}, ${plural(total.warning, 'warning')}, ${plural(total.info, 'info')} in ${plural(reports.length, 'file')} (${plural(total.observations, 'observation')})`;
}
