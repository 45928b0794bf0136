import { type Issue, issue } from '../errors.js';
import { ENCODING_LABELS, type TextEncodingName } from './encoding.js';

/** Codes of the problems met while reading a file, before any validation rule runs. */
export const READ_ISSUE_CODES = [
  'invalid_json',
  'invalid_json_line',
  'csv_malformed_row',
  'csv_unknown_column',
  'csv_missing_column',
  'line_too_long',
  'empty_file',
  'file_too_large_for_json',
  'not_utf8',
  'sheet_not_found',
  'cell_error',
  'invalid_xlsx',
  'duplicate_key',
] as const;

/** A code from {@link READ_ISSUE_CODES}. */
export type ReadIssueCode = (typeof READ_ISSUE_CODES)[number];

/**
 * Builds a reading issue (always an error: the data cannot be read as written).
 *
 * @param code - one of {@link READ_ISSUE_CODES}
 * @param line - 1-based line number, when known
 * @param message - English message
 * @param messageZh - Chinese message
 * @param details - machine-readable details
 * @returns the issue, with an empty path (it is about the file, not a field)
 * @example
 * ```ts
 * readIssue('invalid_json_line', 3, 'Line 3 is not valid JSON', '第 3 行不是有效的 JSON')
 * ```
 */
export function readIssue(
  code: ReadIssueCode,
  line: number | undefined,
  message: string,
  messageZh: string,
  details?: Record<string, unknown>,
): Issue {
  const base = issue(code, 'error', '', message, messageZh, details);
  return line === undefined ? base : { ...base, line };
}

/**
 * The issue for a line longer than the reader keeps in memory.
 *
 * @param line - the line's number
 * @param max - the limit, in characters
 * @returns a `line_too_long` issue
 * @example
 * ```ts
 * lineTooLong(7, 16777216).code // 'line_too_long'
 * ```
 */
export function lineTooLong(line: number, max: number): Issue {
  return readIssue(
    'line_too_long',
    line,
    `Line ${line} is longer than ${max} characters and was skipped; is the file really one record per line?`,
    `第 ${line} 行超过 ${max} 个字符，已跳过；该文件确实是每行一条记录吗？`,
    { maxLineLength: max },
  );
}

/**
 * The issue for a file with no data at all, or (CSV) only a header.
 *
 * @param headerOnly - the file has a CSV header and nothing after it
 * @returns an `empty_file` issue
 * @example
 * ```ts
 * emptyFile().severity // 'error'
 * ```
 */
export function emptyFile(headerOnly = false): Issue {
  return headerOnly
    ? readIssue(
        'empty_file',
        undefined,
        'The file has a header but no rows: it holds no observations',
        '文件只有表头、没有数据行：没有任何观测数据',
      )
    : readIssue(
        'empty_file',
        undefined,
        'The file is empty: it holds no observations',
        '文件为空：没有任何观测数据',
      );
}

/**
 * The issue for bytes that are not valid in the file's encoding: decoding turns them into U+FFFD, so quotes would be
 * silently garbled. The code is `not_utf8` whatever the encoding (most such files are UTF-8 with a damaged part).
 *
 * @param line - the first line with such a character
 * @param encoding - the encoding the file was read in (UTF-8 by default)
 * @returns a `not_utf8` issue
 * @example
 * ```ts
 * notUtf8(2).code // 'not_utf8'
 * ```
 */
export function notUtf8(line: number, encoding: TextEncodingName = 'utf8'): Issue {
  const name = ENCODING_LABELS[encoding];
  return readIssue(
    'not_utf8',
    line,
    `Line ${line} holds bytes that are not valid ${name} (read as �): the file mixes encodings or is damaged; save it in one encoding — in Excel, "CSV UTF-8" — or name its encoding with --encoding (utf8, utf16le, utf16be, gb18030)`,
    `第 ${line} 行含有不符合 ${name} 编码的字节（读作 �）：文件混用了多种编码或已损坏；请以单一编码保存（Excel 中选择“CSV UTF-8”），或用 --encoding 指明编码（utf8、utf16le、utf16be、gb18030）`,
    { encoding },
  );
}

/**
 * The message of a `JSON.parse` error without V8's quoted copy of the input, which can be megabytes long.
 *
 * @param error - what `JSON.parse` threw
 * @returns a short message
 * @example
 * ```ts
 * jsonErrorMessage(new SyntaxError('Unexpected end of JSON input')) // 'Unexpected end of JSON input'
 * ```
 */
export function jsonErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // V8 writes `Unexpected token 'x', "...input..." is not valid JSON`; the excerpt can be huge.
  const cut = text.replace(/, ".*"(?:\.\.\.)? is not valid JSON$/s, '');
  return cut.length > 300 ? `${cut.slice(0, 300)}…` : cut;
}

/**
 * The issue for a JSON dataset too large to parse in one piece (Node caps a string at ~512 MiB, and a parsed
 * dataset takes several times its text in memory); it names NDJSON, which streams.
 *
 * @param size - the file's size in bytes
 * @param max - the largest size read whole
 * @returns a `file_too_large_for_json` issue
 * @example
 * ```ts
 * fileTooLargeForJson(600 * 2 ** 20, 256 * 2 ** 20).message // 'The file is 600 MiB, more than …'
 * ```
 */
export function fileTooLargeForJson(size: number, max: number): Issue {
  const mb = (n: number) => (n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MiB` : `${n} bytes`);
  return readIssue(
    'file_too_large_for_json',
    undefined,
    `The file is ${mb(size)}, more than the ${mb(max)} a JSON dataset can be read in one piece; write the observations as NDJSON (one per line, .ndjson), which fazhi streams in bounded memory`,
    `文件大小为 ${mb(size)}，超过 JSON 数据集一次读取的上限 ${mb(max)}；请把观测数据写成 NDJSON（每行一条，.ndjson），fazhi 会以有限内存流式读取`,
    { size, maxJsonBytes: max },
  );
}
