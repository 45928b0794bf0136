// `fazhi extract <file>`: a report (text or HTML) to a draft dataset, loaded only for this command.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { divisionLookup } from '../divisions/division-lookup.js';
import { type ExtractResult, extractObservations } from '../extract/extract.js';
import { htmlToText } from '../extract/html.js';
import { observationsToCsv } from '../formats/csv.js';
import { observationsToNdjson } from '../formats/ndjson.js';
import { DivisionCodeSchema } from '../model/division-code.js';
import { IsoDateSchema } from '../model/iso-date.js';
import { UsageError } from './usage-error.js';

const OPTIONS = {
  jurisdiction: { type: 'string', short: 'j' },
  year: { type: 'string', short: 'y' },
  format: { type: 'string', short: 'f' },
  'min-confidence': { type: 'string' },
  report: { type: 'string' },
  'as-of': { type: 'string' },
  locale: { type: 'string', short: 'l' },
} as const;

/** The parsed `fazhi extract` command line. */
export interface ExtractArgs {
  readonly file: string;
  readonly jurisdiction: string;
  readonly year: number;
  readonly format: 'json' | 'ndjson' | 'csv' | 'text';
  readonly minConfidence: number;
  readonly report: string | undefined;
  readonly asOf: string | undefined;
  readonly locale: 'en' | 'zh';
}

/**
 * Parses `fazhi extract <file> --jurisdiction CODE --year YYYY [--format json|ndjson|csv|text] [--min-confidence N]`.
 *
 * @param argv - the arguments after `extract`
 * @returns the options
 * @throws UsageError for a missing file, jurisdiction or year, or a bad value
 */
export function parseExtractArgs(argv: readonly string[]): ExtractArgs {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    throw new UsageError(`fazhi extract: ${text}`, `fazhi extract：选项有误：${text}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new UsageError(
      'fazhi extract needs exactly one report file, e.g. fazhi extract report.txt --jurisdiction 433126 --year 2024',
      'fazhi extract 需要且只需要一个报告文件，例如 fazhi extract report.txt --jurisdiction 433126 --year 2024',
    );
  }
  const jurisdiction = values.jurisdiction ?? '';
  if (!DivisionCodeSchema.safeParse(jurisdiction).success) {
    throw new UsageError(
      `--jurisdiction needs a six-digit division code (got "${jurisdiction}")`,
      `--jurisdiction 需要六位行政区划代码（收到“${jurisdiction}”）`,
    );
  }
  const year = Number(values.year);
  if (!/^\d{4}$/.test(values.year ?? '') || year < 1949 || year > 2100) {
    throw new UsageError(
      `--year needs the year the report covers, e.g. --year 2024 (got "${values.year ?? ''}")`,
      `--year 需要报告所属年度，例如 --year 2024（收到“${values.year ?? ''}”）`,
    );
  }
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'ndjson' && format !== 'csv' && format !== 'text') {
    throw new UsageError(
      `--format must be json, ndjson, csv or text (got "${format}")`,
      `--format 只能是 json、ndjson、csv 或 text（收到“${format}”）`,
    );
  }
  const minConfidence = values['min-confidence'] === undefined ? 0.5 : Number(values['min-confidence']);
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw new UsageError(
      `--min-confidence must be a number from 0 to 1 (got "${values['min-confidence']}")`,
      `--min-confidence 必须是 0 到 1 之间的数（收到“${values['min-confidence']}”）`,
    );
  }
  const asOf = values['as-of'];
  if (asOf !== undefined && !IsoDateSchema.safeParse(asOf).success) {
    throw new UsageError(
      `--as-of needs a date YYYY-MM-DD (got "${asOf}")`,
      `--as-of 需要日期 YYYY-MM-DD（收到“${asOf}”）`,
    );
  }
  return {
    file: positionals[0] as string,
    jurisdiction,
    year,
    format,
    minConfidence,
    report: values.report,
    asOf,
    locale: values.locale === 'zh' ? 'zh' : 'en',
  };
}

/** Reads a report as text: HTML pages through the HTML reader, anything else as UTF-8 text. */
export async function readReport(file: string): Promise<string> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`cannot read ${file} (${code})`, `无法读取 ${file}（${code}）`);
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.pdf' || buffer.subarray(0, 5).toString('latin1') === '%PDF-') {
    const { pdfToText } = await import('../extract/pdf.js');
    return pdfToText(new Uint8Array(buffer));
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer).replace(/^\uFEFF/, '');
  if (ext === '.html' || ext === '.htm' || /^\s*<(?:!doctype html|html)/i.test(text)) return htmlToText(text);
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Runs `fazhi extract`: writes the draft dataset to stdout and a one-line summary to stderr.
 *
 * @param argv - the arguments after `extract`
 * @returns the exit status (0)
 */
export async function runExtract(argv: readonly string[]): Promise<number> {
  const args = parseExtractArgs(argv);
  const text = await readReport(args.file);
  const report = args.report ?? args.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const result = extractObservations(text, {
    jurisdiction: args.jurisdiction,
    year: args.year,
    report,
    file: args.file,
    minConfidence: args.minConfidence,
    divisions: divisionLookup,
    ...(args.asOf === undefined ? {} : { asOf: args.asOf }),
  });
  process.stdout.write(render(result, args));
  const n = result.dataset.observations.length;
  const u = result.unmatched.length;
  process.stderr.write(
    args.locale === 'zh'
      ? `fazhi extract：${result.figures.length} 个数字：${n} 个观测值，${u} 个未匹配（均已列出）\n`
      : `fazhi extract: ${result.figures.length} figures: ${n} observations, ${u} unmatched (all listed)\n`,
  );
  return 0;
}

function render(result: ExtractResult, args: ExtractArgs): string {
  const obs = result.dataset.observations;
  switch (args.format) {
    case 'json':
      return `${JSON.stringify(result.dataset, null, 2)}\n`;
    case 'ndjson':
      return observationsToNdjson(obs);
    case 'csv':
      return observationsToCsv(obs);
    case 'text':
      return renderText(result, args.locale);
  }
}

/** Each figure in its clause with where it went, for review. */
function renderText(result: ExtractResult, locale: 'en' | 'zh'): string {
  const zh = locale === 'zh';
  const lines: string[] = [];
  for (const f of result.figures) {
    if (f.observation !== undefined) {
      const o = result.dataset.observations[f.observation];
      if (o === undefined) continue;
      const extra = ['qualifier', 'measure', 'asOf', 'cumulative', 'since', 'period', 'includesCarriedOver']
        .map((k) => [k, (o as Record<string, unknown>)[k]] as const)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
      lines.push(
        `${f.span[0]}\t${f.text}\t→ ${o.indicator} = ${o.value}${o.unit ? ` ${o.unit}` : ''}${extra.length ? ` (${extra.join(', ')})` : ''}` +
          `  [${o.source?.rule ?? ''}, ${o.source?.confidence ?? ''}]\n\t「${o.source?.quote ?? ''}」`,
      );
    } else if (f.unmatched !== undefined) {
      const u = result.unmatched[f.unmatched];
      if (u === undefined) continue;
      const cands = u.candidates?.length
        ? `; ${u.candidates.map((c) => `${c.indicator} ${c.confidence}`).join(', ')}`
        : '';
      lines.push(
        `${f.span[0]}\t${f.text}\t✗ ${u.reason}: ${zh ? u.messageZh : u.message}${cands}\n\t「${u.quote}」`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
