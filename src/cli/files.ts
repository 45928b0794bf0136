import { createReadStream } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { type DataFormat, detectFormat } from '../formats/format.js';
import { UsageError } from './usage-error.js';

/** A data file to process: its path, its format, and how it was found. */
export interface DataFile {
  readonly path: string;
  readonly format: DataFormat;
  /**
   * Found by a folder scan or a glob rather than named: such a file is read only when its shape is a dataset's
   * (a `package.json` in the data folder is skipped, and said to be).
   */
  readonly scanned?: boolean;
  /** The name shown instead of the path (`<stdin>` for standard input read into a temporary file). */
  readonly name?: string;
}

/** A file a scan found but did not read, and why (in both languages). */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
  readonly reasonZh: string;
}

/** Where {@link collectDataFiles} looks, and what it leaves out. */
export interface CollectOptions {
  /** gitignore-style patterns of files and folders to leave out (`--ignore`, and the ignore file's lines). */
  readonly ignore?: readonly string[];
}

/** What {@link collectDataFiles} found. */
export interface Collected {
  readonly files: DataFile[];
  /** Files named or matched that the ignore patterns left out. */
  readonly ignored: SkippedFile[];
  /** How many files of other types the folder scans passed over (`README.md`, images …). */
  readonly otherFiles: number;
}

/** Characters that make an argument a glob pattern when no file of that name exists. */
const GLOB_CHARS = /[*?[\]{}]/;

/**
 * The data files named by the arguments: files as given, glob patterns (`'data/*.json'`, quoted so that fazhi
 * expands them) and folders searched recursively for `.json`, `.ndjson`, `.jsonl`, `.csv`, `.tsv` and `.xlsx` (skipping
 * hidden files and folders, `node_modules` and Excel's `~$` lock files, following symbolic links), each folder's
 * files sorted by name; minus what the ignore patterns name.
 *
 * @param paths - files, folders and glob patterns from the command line
 * @param options - ignore patterns
 * @returns the files, in argument order, each once however it is named
 * @throws UsageError for a path that does not exist or cannot be read, a file of another type, a glob that matches
 *   nothing, or a folder with no data files
 * @example
 * ```ts
 * (await collectDataFiles(['seeds/data'])).files // [{ path: 'seeds/data/120102-2024.json', format: 'json', scanned: true }, …]
 * ```
 */
export async function collectDataFiles(
  paths: readonly string[],
  options: CollectOptions = {},
): Promise<Collected> {
  const out: DataFile[] = [];
  const ignored: SkippedFile[] = [];
  const seen = new Set<string>();
  const isIgnored = await ignoreMatcher(options.ignore ?? []);
  const scan = { otherFiles: 0 };
  for (const path of paths) {
    const info = await stat(path).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' && GLOB_CHARS.test(path)) return undefined;
      throw unreadable(path, error);
    });
    if (info === undefined) {
      const matched = await expandGlob(path);
      if (matched.length === 0) {
        throw new UsageError(`No files match ${path}`, `没有与 ${path} 匹配的文件`);
      }
      let kept = 0;
      for (const m of matched) {
        const format = detectFormat(m);
        if (format === undefined) {
          scan.otherFiles++;
          continue;
        }
        if (isIgnored(m, false)) ignored.push(ignoredFile(m));
        else {
          kept++;
          add({ path: m, format, scanned: true });
        }
      }
      if (kept === 0 && matched.every((m) => !isIgnored(m, false))) {
        throw new UsageError(
          `No data files match ${path}: fazhi reads ${EXTENSIONS} files`,
          `没有与 ${path} 匹配的数据文件：fazhi 读取 ${EXTENSIONS_ZH} 文件`,
        );
      }
    } else if (info.isDirectory()) {
      const found: DataFile[] = [];
      const before = ignored.length;
      await walk(path, found, { isIgnored, ignored, scan });
      if (found.length === 0 && ignored.length === before) {
        throw new UsageError(
          `No data files in folder ${path}: fazhi reads ${EXTENSIONS} files`,
          `文件夹 ${path} 中没有数据文件：fazhi 读取 ${EXTENSIONS_ZH} 文件`,
        );
      }
      for (const f of found) add(f);
    } else if (!info.isFile()) {
      throw notRegular(path);
    } else {
      const format = detectFormat(path);
      if (format === undefined) {
        throw new UsageError(
          `Cannot tell the format of ${path}: name it ${EXTENSIONS_OR}`,
          `无法判断 ${path} 的格式：文件名应以 ${EXTENSIONS_ZH} 结尾`,
        );
      }
      if (isIgnored(path, false)) ignored.push(ignoredFile(path));
      else add({ path, format });
    }
  }
  return { files: out, ignored, otherFiles: scan.otherFiles };

  function add(f: DataFile): void {
    // `data/x.json`, `./data/x.json` and an absolute path name the same file: validate it once.
    const key = resolve(f.path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(f);
  }
}

const EXTENSIONS = '.json, .ndjson, .jsonl, .csv, .tsv and .xlsx';
const EXTENSIONS_OR = '.json, .ndjson, .jsonl, .csv, .tsv or .xlsx';
const EXTENSIONS_ZH = '.json、.ndjson、.jsonl、.csv、.tsv、.xlsx';

function ignoredFile(path: string, isDirectory = false): SkippedFile {
  return {
    file: `${displayPath(path)}${isDirectory ? '/' : ''}`,
    reason: 'ignored (--ignore or ignore file)',
    reasonZh: '已按忽略规则跳过',
  };
}

/** Expands a glob pattern against the working directory, as the shell would have (hidden files and `node_modules` left out). */
async function expandGlob(pattern: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const found = await glob(pattern, {
    dot: false,
    onlyFiles: true,
    expandDirectories: false,
    ignore: ['**/node_modules/**'],
  });
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A test of paths against gitignore-style patterns, relative to the working directory (a path outside it is
 * never ignored, since the patterns cannot name it).
 */
async function ignoreMatcher(
  patterns: readonly string[],
): Promise<(path: string, isDirectory: boolean) => boolean> {
  if (patterns.length === 0) return () => false;
  const { default: ignore } = await import('ignore');
  const matcher = ignore().add([...patterns]);
  return (path, isDirectory) => {
    const rel = relative(process.cwd(), resolve(path)).split(sep).join('/');
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    return matcher.ignores(isDirectory ? `${rel}/` : rel);
  };
}

interface WalkState {
  readonly isIgnored: (path: string, isDirectory: boolean) => boolean;
  readonly ignored: SkippedFile[];
  readonly scan: { otherFiles: number };
}

async function walk(
  dir: string,
  out: DataFile[],
  state: WalkState,
  visited = new Set<string>(),
): Promise<void> {
  // A symbolic link back up the tree would otherwise be walked forever.
  const real = await realpath(dir).catch(() => dir);
  if (visited.has(real)) return;
  visited.add(real);
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw unreadable(dir, error);
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // `~$name.xlsx` is the lock file Excel keeps beside an open workbook.
    if (entry.name.startsWith('.') || entry.name.startsWith('~$') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    const format = detectFormat(entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Follow links, as for paths given on the command line; a broken link to a data file is not skipped quietly.
      const target = await stat(path).catch((error: NodeJS.ErrnoException) => {
        if (format !== undefined) throw unreadable(path, error);
        return undefined;
      });
      isDirectory = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDirectory) {
      if (state.isIgnored(path, true)) state.ignored.push(ignoredFile(path, true));
      else await walk(path, out, state, visited);
    } else if (!isFile) {
      // A device, pipe or socket named like a data file is not skipped quietly.
      if (format !== undefined) throw notRegular(path);
    } else if (format === undefined) state.scan.otherFiles++;
    else if (state.isIgnored(path, false)) state.ignored.push(ignoredFile(path));
    else out.push({ path, format, scanned: true });
  }
}

/** A device, pipe or socket may never end (a link to /dev/zero): only regular files are read. */
function notRegular(path: string): UsageError {
  return new UsageError(
    `${path} is not a regular file (a device, pipe or socket may never end): fazhi reads files and folders`,
    `${path} 不是普通文件（设备、管道或套接字可能没有尽头）：fazhi 只读取文件和文件夹`,
  );
}

/**
 * The error for a path that cannot be read, in words rather than an errno code.
 *
 * @param path - the path
 * @param error - the file-system error
 * @returns a usage error (exit status 2)
 * @example
 * ```ts
 * unreadable('x.json', Object.assign(new Error(), { code: 'ENOENT' })).message // 'No such file or folder: x.json'
 * ```
 */
export function unreadable(path: string, error: NodeJS.ErrnoException): UsageError {
  if (error.code === 'ENOENT')
    return new UsageError(`No such file or folder: ${path}`, `文件或文件夹不存在：${path}`);
  if (error.code === 'EACCES' || error.code === 'EPERM') {
    return new UsageError(`Permission denied: ${path}`, `没有读取权限：${path}`);
  }
  if (error.code === 'EISDIR') return new UsageError(`${path} is a folder`, `${path} 是文件夹`);
  return new UsageError(`Cannot read ${path}: ${error.message}`, `无法读取 ${path}：${error.message}`);
}

/**
 * The size of a file in bytes.
 *
 * @param path - the file
 * @returns its size
 * @throws UsageError when it cannot be read
 * @example
 * ```ts
 * await fileSize('data.json') // 1234
 * ```
 */
export async function fileSize(path: string): Promise<number> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw unreadable(path, error);
  });
  return info.size;
}

/**
 * Reads a whole file's bytes.
 *
 * @param path - the file
 * @returns its bytes
 * @throws UsageError when it cannot be read
 * @example
 * ```ts
 * decodeBytes(await readBytes('data.json'))
 * ```
 */
export async function readBytes(path: string): Promise<Uint8Array> {
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw unreadable(path, error);
  });
}

/**
 * A byte stream over a file, in 64 KiB chunks (small chunks keep the live heap small), for the streaming readers; read errors surface as usage errors.
 *
 * @param path - the file
 * @returns an async iterable of byte chunks
 * @example
 * ```ts
 * for await (const batch of readObservationBatches(fileChunks('big.ndjson'), 'ndjson')) …
 * ```
 */
export async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of stream) yield chunk as Uint8Array;
  } catch (error) {
    throw unreadable(path, error as NodeJS.ErrnoException);
  } finally {
    stream.destroy();
  }
}

/**
 * A path as shown to the user: relative to the working directory when inside it.
 *
 * @param path - a path
 * @returns the display form
 * @example
 * ```ts
 * displayPath('/work/main/seeds/data/x.json') // 'seeds/data/x.json' when run in /work/main
 * ```
 */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.length > 0 && !rel.startsWith('..') ? rel : path;
}
