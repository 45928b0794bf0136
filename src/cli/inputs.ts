import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { decodeBytes } from '../formats/encoding.js';
import type { DataFormat } from '../formats/format.js';
import type { CliArgs } from './args.js';
import { type Collected, collectDataFiles, type DataFile, unreadable } from './files.js';
import { UsageError } from './usage-error.js';

/** The ignore file read from the working directory when `--ignore-path` names none. */
export const DEFAULT_IGNORE_FILE = '.fazhiignore';

/** The files a command works on, and a function that removes the temporary copy of standard input. */
export interface Inputs extends Collected {
  cleanup(): Promise<void>;
}

/**
 * The files the command line names: standard input (`-`, copied to a temporary file so that it can be read twice),
 * files, folders and globs, minus the patterns of `--ignore` and the ignore file.
 *
 * @param args - the parsed command line
 * @param stdin - standard input (a parameter for tests)
 * @returns the files, what was ignored, and a cleanup function to call when done
 * @throws UsageError for paths that cannot be read, or `-` given twice
 * @example
 * ```ts
 * const inputs = await resolveInputs(args)
 * try { … } finally { await inputs.cleanup() }
 * ```
 */
export async function resolveInputs(
  args: CliArgs,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<Inputs> {
  const ignore = [...(await ignoreFilePatterns(args.ignorePath)), ...args.ignore];
  const named = args.paths.filter((p) => p !== '-');
  if (args.paths.length - named.length > 1) {
    throw new UsageError('Standard input (-) can be read only once', '标准输入（-）只能读取一次');
  }
  const collected =
    named.length > 0 ? await collectDataFiles(named, { ignore }) : { files: [], ignored: [], otherFiles: 0 };
  if (named.length === args.paths.length) return { ...collected, cleanup: async () => {} };
  const dir = await mkdtemp(join(tmpdir(), 'fazhi-stdin-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const path = join(dir, 'stdin');
    await pipeline(stdin, createWriteStream(path));
    const format = args.stdinFormat ?? (await sniffFormat(path));
    const file: DataFile = { path, format, name: '<stdin>' };
    return { ...collected, files: [file, ...collected.files], cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** The patterns of the ignore file: `--ignore-path`, else `.fazhiignore` when the working directory has one. */
async function ignoreFilePatterns(path: string | undefined): Promise<string[]> {
  const file = path ?? DEFAULT_IGNORE_FILE;
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (path === undefined && error.code === 'ENOENT') return '';
    throw unreadable(file, error);
  });
  // gitignore syntax: blank lines and # comments are dropped by the matcher itself.
  return text.split(/\r?\n/);
}

/**
 * The format of standard input told from its first bytes: a zip (`PK`) is a workbook; a first line holding a whole
 * JSON object is NDJSON unless that object has `observations`; other JSON is a dataset; anything else CSV.
 *
 * @param path - the copy of standard input
 * @returns its format
 */
async function sniffFormat(path: string): Promise<DataFormat> {
  const bytes = await readFile(path);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  const { text } = decodeBytes(bytes.subarray(0, 1 << 16));
  const start = text.search(/\S/);
  if (start === -1 || (text[start] !== '{' && text[start] !== '[')) return 'csv';
  const line = text.slice(start).split('\n', 1)[0] as string;
  try {
    const first = JSON.parse(line) as unknown;
    const isDataset =
      typeof first !== 'object' || first === null || Array.isArray(first) || 'observations' in first;
    return isDataset ? 'json' : 'ndjson';
  } catch {
    return 'json';
  }
}
