import { defaultCatalog } from '../catalog/default-catalog.js';
import { createRateDeriver, deriveRates } from '../derive/derive-rates.js';
import { type Issue, issue } from '../errors.js';
import { createFastCache, isValidObservation } from '../validate/fast-observation.js';
import type { DerivedRate } from '../validate/rate-row.js';
import type { Locale, OutputFormat } from './args.js';
import type { Palette } from './colour.js';
import { type DataFile, displayPath, type SkippedFile } from './files.js';
import { loadData, notDatasetReason } from './load-json.js';
import { notDatasetFile, type ReadSettings, readFileBatches } from './read-file.js';
import { createTempSpillStore, type TempSpillStore } from './spill-store.js';
import { visible } from './visible.js';

/** A derived rate with the file it came from. */
export type FileRate = DerivedRate & { readonly file: string };

/** What `fazhi rates` computed: the rates, and files that could not be read. */
export interface RatesResult {
  /** Every file read, as displayed, in order (also those that gave no rate). */
  readonly files: readonly string[];
  readonly rates: readonly FileRate[];
  /** Reading problems, at most {@link MAX_PROBLEMS} per file. */
  readonly problems: readonly (Issue & { readonly file: string })[];
  /** Problems past {@link MAX_PROBLEMS} in a file, counted but not kept. */
  readonly omitted: readonly { readonly file: string; readonly count: number }[];
  /** Whether any problem, kept or not, is an error (exit status 1). */
  readonly hasErrors: boolean;
  /** Files a scan found that are not datasets. */
  readonly skipped: readonly SkippedFile[];
}

/** Reading problems kept per file: a file of a million malformed rows must not print a million lines. */
export const MAX_PROBLEMS = 200;

/**
 * Derives every rate the data of each file allows.
 *
 * @param files - the data files
 * @param maxJsonBytes - largest JSON file read whole
 * @param read - encoding and sheet
 * @returns the rates, the reading problems, and the scanned files that are not datasets
 * @throws UsageError when a file cannot be read
 * @example
 * ```ts
 * const { rates } = await computeRates([{ path: 'x.json', format: 'json' }], 1 << 28, { encoding: 'auto' })
 * ```
 */
export async function computeRates(
  files: readonly DataFile[],
  maxJsonBytes: number,
  read: ReadSettings,
): Promise<RatesResult> {
  const rates: FileRate[] = [];
  const kept: (Issue & { file: string })[] = [];
  const omitted: { file: string; count: number }[] = [];
  let hasErrors = false;
  const names: string[] = [];
  const notDatasets: SkippedFile[] = [];
  for (const f of files) {
    const file = f.name ?? displayPath(f.path);
    let count = 0;
    const problems = {
      push(i: Issue & { file: string }): void {
        if (i.severity === 'error') hasErrors = true;
        if (++count <= MAX_PROBLEMS) kept.push(i);
      },
    };
    // The deriver skips invalid observations without a word; count them so that the user hears of it.
    const cache = createFastCache();
    let skipped = 0;
    const check = (raw: unknown): void => {
      if (!isValidObservation(raw, cache)) skipped++;
    };
    if (f.format === 'json') {
      const loaded = await loadData(f, maxJsonBytes, read.encoding);
      const reason = f.scanned && loaded.text !== undefined ? notDatasetReason(loaded.text) : undefined;
      if (reason !== undefined) {
        notDatasets.push({ file, reason: reason[0], reasonZh: reason[1] });
        continue;
      }
      names.push(file);
      for (const i of loaded.issues) problems.push({ ...i, file });
      if (loaded.ok) {
        const list = observationsOf(loaded.data);
        if (list === undefined) problems.push({ ...notADataset(loaded.data), file });
        else {
          for (const o of list) check(o);
          for (const r of deriveRates(loaded.data as object)) rates.push({ file, ...r });
        }
      }
    } else {
      const reason = f.scanned ? await notDatasetFile(f, read) : undefined;
      if (reason !== undefined) {
        notDatasets.push({ file, reason: reason[0], reasonZh: reason[1] });
        continue;
      }
      names.push(file);
      // Derived group by group in one pass when the file is sorted by jurisdiction and year; an unsorted file is
      // read again with its groups brought together through temporary files (bounded memory either way).
      let pass = await derivePass(f, read, 'contiguous');
      if (pass === 'unsorted') {
        const spill = createTempSpillStore();
        try {
          pass = await derivePass(f, read, 'external', spill);
        } finally {
          spill.dispose();
        }
        if (pass !== 'unsorted') pass.rows.sort(byJurisdictionAndYear);
      }
      if (pass === 'unsorted') throw new Error('external grouping reported unsorted input');
      for (const r of pass.rows) rates.push({ file, ...r });
      for (const i of pass.problems) problems.push({ ...i, file });
      count += pass.moreProblems;
      if (pass.problemErrors) hasErrors = true;
      skipped += pass.skipped;
    }
    if (skipped > 0) problems.push({ ...skippedObservations(skipped, file), file });
    if (count > MAX_PROBLEMS) omitted.push({ file, count: count - MAX_PROBLEMS });
  }
  return { files: names, rates, problems: kept, omitted, hasErrors, skipped: notDatasets };
}

/** What one pass of the rate deriver over a streamed file gave. */
interface DerivePass {
  readonly rows: DerivedRate[];
  /** The first reading problems (at most {@link MAX_PROBLEMS}), and how many more there were. */
  readonly problems: Issue[];
  readonly moreProblems: number;
  readonly problemErrors: boolean;
  /** Invalid observations, which the deriver leaves out. */
  readonly skipped: number;
}

/** One pass of the deriver; with `contiguous` grouping it stops at the first sign that the file is unsorted. */
async function derivePass(
  f: DataFile,
  read: ReadSettings,
  grouping: 'contiguous' | 'external',
  spill?: TempSpillStore,
): Promise<DerivePass | 'unsorted'> {
  const rows: DerivedRate[] = [];
  const problems: Issue[] = [];
  let moreProblems = 0;
  let problemErrors = false;
  const cache = createFastCache();
  let skipped = 0;
  let unsorted = false;
  const deriver = createRateDeriver({
    grouping,
    ...(spill === undefined ? {} : { spill }),
    ...(spill?.budget === undefined ? {} : { spillBudget: spill.budget }),
    onRow: (r) => rows.push(r),
    onUnsorted: () => {
      unsorted = true;
    },
  });
  for await (const batch of readFileBatches(f, read)) {
    for (const r of batch) {
      if (r.kind === 'observation') {
        if (!isValidObservation(r.observation, cache)) skipped++;
        deriver.add(r.observation, r);
      } else {
        // Kept up to the display limit only: a file of a million malformed rows stays small in memory.
        if (r.issue.severity === 'error') problemErrors = true;
        if (problems.length < MAX_PROBLEMS) problems.push(r.issue);
        else moreProblems++;
      }
    }
    if (unsorted) return 'unsorted';
  }
  deriver.finish();
  return { rows, problems, moreProblems, problemErrors, skipped };
}

/** Rows of an unsorted file in jurisdiction and year order (the sort is stable: scopes and formulas keep theirs). */
function byJurisdictionAndYear(a: DerivedRate, b: DerivedRate): number {
  return a.jurisdiction < b.jurisdiction ? -1 : a.jurisdiction > b.jurisdiction ? 1 : a.year - b.year;
}

/**
 * Renders derived rates: `json` an array of rate rows, `text` a table per file (a file with none says so).
 *
 * @param rates - the rates
 * @param format - `text` or `json`
 * @param locale - language
 * @param c - terminal styles
 * @param files - every file read, so that text output can name those without rates
 * @returns the output text
 * @example
 * ```ts
 * renderRates(rates, 'json', 'en', palette(false))
 * ```
 */
export function renderRates(
  rates: readonly FileRate[],
  format: OutputFormat,
  locale: Locale,
  c: Palette,
  files: readonly string[] = [],
): string {
  if (format === 'json') return `${JSON.stringify(rates, null, 2)}\n`;
  const zh = locale === 'zh';
  const byFile = new Map<string, FileRate[]>(files.map((f) => [f, []]));
  for (const r of rates) {
    const list = byFile.get(r.file);
    if (list === undefined) byFile.set(r.file, [r]);
    else list.push(r);
  }
  let out = '';
  for (const [file, list] of byFile) {
    out += `${out ? '\n' : ''}${c.bold(visible(file))}\n`;
    if (list.length === 0)
      out += `  ${c.dim(zh ? '无可推算的比率' : 'no rate can be derived from this file')}\n`;
    for (const r of list) out += rateLines(r, zh, c);
  }
  out += `\n${zh ? `共 ${rates.length} 个比率` : `${rates.length} rate${rates.length === 1 ? '' : 's'}`}\n`;
  return out;
}

/** One rate as two lines of text: what it is, then the fraction, the result and the published figure. */
function rateLines(r: FileRate, zh: boolean, c: Palette): string {
  const ind = defaultCatalog.get(r.indicator);
  const name = ind ? (zh ? ind.name : ind.nameEn) : r.indicator;
  const scope = r.scope ? ` [${visible(r.scope)}]` : '';
  const head = `  ${r.jurisdiction} ${r.year} ${name}${c.dim(` ${r.indicator} · ${zh ? '口径' : 'basis'} ${visible(r.basis)}${scope}`)}`;
  const fraction =
    r.numerator !== undefined && r.denominator !== undefined ? `${r.numerator} / ${r.denominator}` : '';
  const computed =
    r.computed !== undefined
      ? `= ${r.computed}%`
      : c.dim(zh ? `无法计算（${reasonZh(r.reason)}）` : `not computable (${reasonEn(r.reason)})`);
  let published = '';
  if (r.published !== undefined) {
    const k = r.consistency;
    const verdict =
      k === undefined
        ? ''
        : k.conventions.includes('half-up')
          ? c.green(zh ? '一致' : 'consistent')
          : k.consistent
            ? c.yellow(zh ? `仅在 ${k.conventions.join('/')} 下一致` : `only by ${k.conventions.join('/')}`)
            : c.yellow(
                zh
                  ? `不一致（按公布精度应为 ${k.computed}%）`
                  : `mismatch (${k.computed}% at printed precision)`,
              );
    published = `  ${zh ? '公布' : 'published'} ${r.published}%${verdict ? ` ${verdict}` : ''}`;
  }
  return `${head}\n      ${[fraction, computed].filter(Boolean).join(' ')}${published}\n`;
}

/** The observations array of a parsed JSON dataset, or `undefined` when it is not a dataset. */
function observationsOf(data: unknown): readonly unknown[] | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const list = (data as { observations?: unknown }).observations;
  return Array.isArray(list) ? list : undefined;
}

function notADataset(data: unknown): Issue {
  const [what, whatZh] = Array.isArray(data)
    ? ['an array', '一个数组']
    : data === null
      ? ['null', 'null']
      : typeof data === 'object'
        ? ['an object without an "observations" array', '一个没有“observations”数组的对象']
        : [`a ${typeof data}`, typeof data === 'string' ? '一个字符串' : `一个 ${typeof data} 值`];
  return issue(
    'schema_invalid',
    'error',
    '',
    `Not a dataset: the file holds ${what}, where a dataset is a JSON object with an "observations" array`,
    `不是数据集：文件内容是${whatZh}，而数据集应是带有“observations”数组的 JSON 对象`,
  );
}

function skippedObservations(count: number, file: string): Issue {
  return issue(
    'invalid_observations_skipped',
    'warning',
    '',
    `${count} invalid observation${count === 1 ? ' was' : 's were'} left out of the rates; fazhi validate ${file} says what is wrong`,
    `${count} 条无效观测未参与比率计算；运行 fazhi validate ${file} 查看原因`,
    { skipped: count },
  );
}

function reasonEn(reason: DerivedRate['reason']): string {
  if (reason === 'zero_denominator') return 'zero denominator';
  if (reason === 'qualified_input') return 'an input is approximate or a range';
  return 'missing input';
}

function reasonZh(reason: DerivedRate['reason']): string {
  if (reason === 'zero_denominator') return '分母为零';
  if (reason === 'qualified_input') return '输入为约数或区间';
  return '缺少输入';
}
