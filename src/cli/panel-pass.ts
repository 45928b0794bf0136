/** `fazhi validate` over several files: the panel checks across them, in two streaming passes. */
import { createPanelChecker } from '../validate/panel.js';
import type { ValidateOptions } from '../validate/types.js';
import { type DataFile, displayPath } from './files.js';
import { loadData } from './load-json.js';
import { type ReadSettings, readFileBatches } from './read-file.js';
import type { FileIssue, FileReport } from './validate-file.js';

/** What the panel pass needs to read the files again. */
export interface PanelPassOptions {
  readonly validate: ValidateOptions;
  readonly maxJsonBytes: number;
  readonly read: ReadSettings;
  readonly maxIssues: number | undefined;
  readonly ignoredCodes?: ReadonlySet<string>;
}

/**
 * Runs the panel checks over the files already validated one by one, and adds their findings to the reports of
 * the files they are about (a conflict to the file read later, a change to the file that prints it).
 *
 * @param files - the files, as validated
 * @param reports - their reports (same names)
 * @param options - how to read them, and the validation options
 * @returns the reports with the panel's findings added
 * @example
 * ```ts
 * reports = await panelPass(files, reports, options)
 * ```
 */
export async function panelPass(
  files: readonly DataFile[],
  reports: readonly FileReport[],
  options: PanelPassOptions,
): Promise<FileReport[]> {
  const names = new Set(reports.map((r) => r.file));
  const inPanel = files.filter((f) => names.has(nameOf(f)));
  const checker = createPanelChecker(options.validate);
  for (const f of inPanel)
    await eachObservation(f, options, (o, i, line) => checker.scan(nameOf(f), o, i, line));
  if (checker.needsSecondPass()) {
    for (const f of inPanel) {
      await eachObservation(f, options, (o, i, line) => checker.collect(nameOf(f), o, i, line));
    }
  }
  const found = checker.finish().filter((p) => options.ignoredCodes?.has(p.issue.code) !== true);
  if (found.length === 0) return [...reports];
  return reports.map((r) => {
    const mine = found.filter((p) => p.file === r.file);
    if (mine.length === 0) return r;
    const counts = { ...r.counts };
    const issues = [...r.issues];
    let omitted = r.omitted;
    for (const p of mine) {
      counts[p.issue.severity]++;
      if (options.maxIssues && issues.length >= options.maxIssues) omitted++;
      else
        issues.push({
          file: r.file,
          ...p.issue,
          ...(p.quote === undefined ? {} : { quote: p.quote }),
        } as FileIssue);
    }
    issues.sort((a, b) => (a.line ?? index(a)) - (b.line ?? index(b)));
    return { ...r, counts, issues, omitted };
  });
}

function nameOf(f: DataFile): string {
  return f.name ?? displayPath(f.path);
}

function index(i: FileIssue): number {
  const m = /^observations\[(\d+)\]/.exec(i.path);
  return m === null ? -1 : Number(m[1]);
}

async function eachObservation(
  f: DataFile,
  options: PanelPassOptions,
  visit: (raw: unknown, index: number, line: number | undefined) => void,
): Promise<void> {
  if (f.format === 'json') {
    const loaded = await loadData(f, options.maxJsonBytes, options.read.encoding);
    if (!loaded.ok) return;
    const list = (loaded.data as { observations?: unknown } | null)?.observations;
    if (Array.isArray(list)) for (let i = 0; i < list.length; i++) visit(list[i], i, undefined);
    return;
  }
  for await (const batch of readFileBatches(f, options.read)) {
    for (const record of batch)
      if (record.kind === 'observation') visit(record.observation, record.index, record.line);
  }
}
