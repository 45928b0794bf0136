import { readFile, writeFile } from 'node:fs/promises';
import { divisionLookup } from '../divisions/index.js';
import { bomEncoding, decodeBytes, ENCODING_LABELS, type TextEncodingName } from '../formats/encoding.js';
import { locateJsonValues } from '../formats/json-lines.js';
import { RULE_NAMES } from '../validate/types.js';
import type { CliArgs, Locale } from './args.js';
import { type DataFile, unreadable } from './files.js';
import { resolveInputs } from './inputs.js';
import { type FileIssue, validateFile } from './validate-file.js';

/** One value rewritten (or to rewrite) in canonical form. */
export interface Fix {
  /** Where the value is: `observations[3].value`. */
  readonly path: string;
  /** The line (the row, in a workbook) of its observation. */
  readonly line?: number;
  /** The cell, in a workbook. */
  readonly cell?: string;
  readonly from: string;
  readonly to: string;
}

/** What `fazhi fix` did to one file. */
export interface FileFixes {
  readonly file: string;
  readonly fixes: readonly Fix[];
  /** Whether the file was rewritten (false when there was nothing to fix, or it could not be rewritten). */
  readonly written: boolean;
  /** Why fixes found were not written, in both languages. */
  readonly notWritten?: readonly [string, string];
  /** The fixed text's bytes, for standard input (printed rather than written back). */
  readonly output?: Uint8Array;
}

/** Only the structure rule finds values to fix; the others would cost time for nothing. */
const STRUCTURE_ONLY = Object.fromEntries(RULE_NAMES.map((r) => [r, r === 'structure']));

/** The fields whose values `fix` rewrites: figures and dates. */
const FIXABLE = /^observations\[\d+\]\.(value|upper|asOf|since)$/;

/**
 * Finds the values written as spreadsheets show them (`45,771`, `96.5%`, ` 44180 `, `４５７７１`, `2024/6/30`) in each
 * file and rewrites them in canonical form, leaving every other byte as it was: same encoding and byte order mark,
 * same line ends, same quoting, no observation, quote or note touched. Workbooks are not rewritten (that would
 * lose their formatting): the cells to change are listed instead.
 *
 * @param files - the files
 * @param args - encoding, sheet and limits
 * @returns what was (or would be) fixed in each file
 * @throws UsageError when a file cannot be read or written
 * @example
 * ```ts
 * const fixes = await fixFiles([{ path: 'data/a.csv', format: 'csv' }], args)
 * ```
 */
export async function fixFiles(files: readonly DataFile[], args: CliArgs): Promise<FileFixes[]> {
  const out: FileFixes[] = [];
  for (const file of files) {
    const report = await validateFile(file, {
      // Only the structure rule writes fixes; the others would only cost time.
      validate: { divisions: divisionLookup, rules: STRUCTURE_ONLY },
      maxJsonBytes: args.maxJsonBytes,
      maxIssues: 0,
      read: { encoding: args.encoding, ...(args.sheet === undefined ? {} : { sheet: args.sheet }) },
    });
    if ('skipped' in report) continue;
    const fixes = report.issues.flatMap((i) => fixOf(i));
    const name = report.file;
    if (fixes.length === 0) {
      out.push({ file: name, fixes, written: false });
      continue;
    }
    if (file.format === 'xlsx') {
      out.push({
        file: name,
        fixes,
        written: false,
        notWritten: [
          'fazhi does not rewrite workbooks (their formatting would be lost): change the cells listed',
          'fazhi 不改写工作簿（否则会丢失其格式）：请修改所列单元格',
        ],
      });
      continue;
    }
    const bytes = await readFile(file.path).catch((error: NodeJS.ErrnoException) => {
      throw unreadable(file.path, error);
    });
    const rewritten = await rewrite(bytes, file, fixes, args);
    if (typeof rewritten === 'object' && 'reason' in rewritten) {
      out.push({ file: name, fixes, written: false, notWritten: rewritten.reason });
      continue;
    }
    if (file.name !== undefined) {
      out.push({ file: name, fixes, written: false, output: rewritten });
      continue;
    }
    await writeFile(file.path, rewritten).catch((error: NodeJS.ErrnoException) => {
      throw unreadable(file.path, error);
    });
    out.push({ file: name, fixes, written: true });
  }
  return out;
}

/** The fix an issue carries, when it is about a value `fix` rewrites. */
function fixOf(i: FileIssue): Fix[] {
  const to = i.details?.fix;
  const from = i.details?.value;
  if (typeof to !== 'string' || typeof from !== 'string' || !FIXABLE.test(i.path)) return [];
  return [
    {
      path: i.path,
      ...(i.line === undefined ? {} : { line: i.line }),
      ...(i.cell === undefined ? {} : { cell: i.cell }),
      from,
      to,
    },
  ];
}

/**
 * The file's bytes with the fixes applied, or why they cannot be: text that does not come back byte for byte from
 * its encoding (damaged bytes) is left alone rather than changed where nobody asked.
 */
async function rewrite(
  bytes: Uint8Array,
  file: DataFile,
  fixes: readonly Fix[],
  args: CliArgs,
): Promise<Uint8Array | { reason: [string, string] }> {
  const { text, encoding } = decodeBytes(bytes, args.encoding);
  const bom = bomEncoding(bytes);
  const mark =
    typeof bom === 'object' && bom.encoding === encoding ? bytes.subarray(0, bom.length) : new Uint8Array();
  const encode = await encoder(encoding);
  if (!sameBytes(concat(mark, encode(text)), bytes)) {
    const name = ENCODING_LABELS[encoding];
    return {
      reason: [
        `the file has bytes that are not valid ${name}, so it was not rewritten; fix the values by hand`,
        `文件含有不符合 ${name} 编码的字节，未改写；请手工修改这些数值`,
      ],
    };
  }
  const edits = file.format === 'json' ? jsonEdits(text, fixes) : lineEdits(text, file.format, fixes);
  if (edits.length < fixes.length) {
    return {
      reason: [
        'some values could not be found where the issues place them, so the file was not rewritten',
        '部分数值未能在问题所指位置找到，未改写文件',
      ],
    };
  }
  let fixed = text;
  // From the end, so that earlier offsets stay valid.
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    fixed = fixed.slice(0, e.start) + e.text + fixed.slice(e.end);
  }
  return concat(mark, encode(fixed));
}

/** A replacement of the text between two offsets. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Edits of a JSON dataset: each string token replaced by the canonical value, still a string. */
function jsonEdits(text: string, fixes: readonly Fix[]): Edit[] {
  const offsets = locateJsonValues(
    text,
    fixes.map((f) => f.path),
  );
  return fixes.flatMap((f) => {
    const start = offsets.get(f.path);
    return start === undefined ? [] : stringEdit(text, start, f);
  });
}

/** The edit replacing the JSON string token at `start`, when it holds the value the fix is about. */
function stringEdit(text: string, start: number, f: Fix): Edit[] {
  if (text[start] !== '"') return [];
  let end = start + 1;
  while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
  end++;
  try {
    if (JSON.parse(text.slice(start, end)) !== f.from) return [];
  } catch {
    return [];
  }
  return [{ start, end, text: JSON.stringify(f.to) }];
}

/** Edits of an NDJSON or CSV file: the value on its observation's line. */
function lineEdits(text: string, format: DataFile['format'], fixes: readonly Fix[]): Edit[] {
  const starts = lineStarts(text);
  if (format === 'ndjson') {
    return fixes.flatMap((f) => {
      const at = f.line === undefined ? undefined : starts[f.line - 1];
      if (at === undefined) return [];
      const end = text.indexOf('\n', at);
      const line = text.slice(at, end === -1 ? text.length : end);
      const field = f.path.replace(/^observations\[\d+\]/, '').replace(/^\./, '');
      const offset = locateJsonValues(line, [field]).get(field);
      return offset === undefined ? [] : stringEdit(line, offset, f).map((e) => shiftEdit(e, at));
    });
  }
  const header = csvFields(text, 0);
  const separator = header.separator;
  return fixes.flatMap((f) => {
    const at = f.line === undefined ? undefined : starts[f.line - 1];
    const column = header.names.indexOf(f.path.replace(/^observations\[\d+\]\./, ''));
    if (at === undefined || column === -1) return [];
    const span = csvFields(text, at, separator).spans[column];
    if (span === undefined || unquote(text.slice(span.start, span.end)) !== f.from) return [];
    return [{ start: span.start, end: span.end, text: f.to }];
  });
}

function shiftEdit(e: Edit, by: number): Edit {
  return { start: e.start + by, end: e.end + by, text: e.text };
}

/** The offset where each line starts (index 0 is line 1). */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/**
 * The fields of the CSV record at `start`, as spans of the text. The CSV reader yields values, not where they are,
 * and a fix must leave every other byte as it was: hence this small RFC 4180 scan of the few records fixed.
 */
function csvFields(
  text: string,
  start: number,
  separator?: string,
): { names: string[]; spans: { start: number; end: number }[]; separator: string } {
  const lineEnd = text.indexOf('\n', start);
  const first = text.slice(start, lineEnd === -1 ? text.length : lineEnd);
  const sep = separator ?? (!first.includes(',') && first.includes('\t') ? '\t' : ',');
  const spans: { start: number; end: number }[] = [];
  let i = start;
  for (;;) {
    const from = i;
    if (text[i] === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) i += text[i] === '"' ? 2 : 1;
      i++;
    }
    while (i < text.length && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') i++;
    spans.push({ start: from, end: i });
    if (text[i] !== sep) break;
    i++;
  }
  return { names: spans.map((s) => unquote(text.slice(s.start, s.end)).trim()), spans, separator: sep };
}

function unquote(field: string): string {
  return field.startsWith('"') && field.endsWith('"') && field.length >= 2
    ? field.slice(1, -1).replaceAll('""', '"')
    : field;
}

/** An encoder back to the file's encoding: Node's own for UTF-8 and UTF-16, iconv-lite for GB18030. */
async function encoder(encoding: TextEncodingName): Promise<(text: string) => Uint8Array> {
  if (encoding === 'utf8') return (t) => Buffer.from(t, 'utf8');
  if (encoding === 'utf16le') return (t) => Buffer.from(t, 'utf16le');
  if (encoding === 'utf16be') return (t) => Buffer.from(t, 'utf16le').swap16();
  const { default: iconv } = await import('iconv-lite');
  return (t) => iconv.encode(t, 'gb18030');
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  return a.length === 0 ? b : Buffer.concat([a, b]);
}

/**
 * What `fix` did, as text: each file's fixes, then a summary line.
 *
 * @param results - the files' fixes
 * @param locale - language
 * @param beforeValidation - printed by `validate --fix` (only files with fixes are named)
 * @returns the text
 * @example
 * ```ts
 * renderFixes(await fixFiles(files, args), 'en', false)
 * ```
 */
export function renderFixes(
  results: readonly FileFixes[],
  locale: Locale,
  beforeValidation: boolean,
): string {
  const zh = locale === 'zh';
  let out = '';
  let values = 0;
  let files = 0;
  for (const r of results) {
    if (r.fixes.length === 0) {
      if (!beforeValidation) out += zh ? `${r.file}：无需修改\n` : `${r.file}: nothing to fix\n`;
      continue;
    }
    const n = r.fixes.length;
    if (r.written || r.output !== undefined) {
      values += n;
      files++;
      out += zh ? `${r.file}：已改写 ${n} 个值\n` : `${r.file}: fixed ${n} value${n === 1 ? '' : 's'}\n`;
    } else {
      const [why, whyZh] = r.notWritten ?? ['', ''];
      out += zh
        ? `${r.file}：${n} 个值未改写：${whyZh}\n`
        : `${r.file}: ${n} value${n === 1 ? '' : 's'} not fixed: ${why}\n`;
    }
    for (const f of r.fixes) {
      const where = f.cell ?? (f.line === undefined ? '' : zh ? `第 ${f.line} 行` : `line ${f.line}`);
      out += `  ${[where, f.path].filter(Boolean).join(' ')}: ${JSON.stringify(f.from)} → ${f.to}\n`;
    }
  }
  out += zh
    ? `共改写 ${values} 个值、${files} 个文件\n`
    : `${values} value${values === 1 ? '' : 's'} fixed in ${files} file${files === 1 ? '' : 's'}\n`;
  return out;
}

/**
 * `fazhi fix <files>`: rewrites spreadsheet-formatted values in place (standard input, `-`, is printed fixed on
 * standard output instead) and says what changed.
 *
 * @param args - the parsed command line
 * @param out - where the report goes (standard output, or standard error when standard input is fixed)
 * @returns 0, or 1 when values to fix were left unwritten (a workbook, damaged bytes)
 * @example
 * ```ts
 * await runFix(parseCliArgs(['fix', 'data']), (s) => process.stdout.write(s))
 * ```
 */
export async function runFix(args: CliArgs, out: (s: string) => void): Promise<number> {
  const inputs = await resolveInputs(args);
  try {
    const results = await fixFiles(inputs.files, args);
    const piped = results.find((r) => r.output !== undefined);
    const unchangedStdin = inputs.files.find(
      (f) => f.name !== undefined && !results.some((r) => r.output !== undefined && r.file === f.name),
    );
    if (piped?.output !== undefined) process.stdout.write(piped.output);
    else if (unchangedStdin !== undefined) process.stdout.write(await readFile(unchangedStdin.path));
    const report =
      args.format === 'json'
        ? `${JSON.stringify(
            results.map(({ output, ...r }) => r),
            null,
            2,
          )}\n`
        : renderFixes(results, args.locale, false);
    // With standard input, standard output carries the fixed data: the report goes to standard error.
    if (inputs.files.some((f) => f.name !== undefined)) process.stderr.write(report);
    else out(report);
    return results.some((r) => r.fixes.length > 0 && !r.written && r.output === undefined) ? 1 : 0;
  } finally {
    await inputs.cleanup();
  }
}
