import { createReadStream } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { type DataFormat, detectFormat } from '../formats/format.js';
import { UsageError } from './usage-error.js';

/** A data file to process: its path as the user will read it, and its format. */
export interface DataFile {
  readonly path: string;
  readonly format: DataFormat;
}

/**
 * The data files named by the arguments: files as given, folders searched recursively for `.json`, `.ndjson`,
 * `.jsonl` and `.csv` (skipping hidden files and folders and `node_modules`, following symbolic links), each
 * folder's files sorted by name.
 *
 * @param paths - files and folders from the command line
 * @returns the files, in argument order, each once however it is named
 * @throws UsageError for a path that does not exist or cannot be read, a file of another type, or a folder with
 *   no data files
 * @example
 * ```ts
 * await collectDataFiles(['seeds/data']) // [{ path: 'seeds/data/120102-2024.json', format: 'json' }, …]
 * ```
 */
export async function collectDataFiles(paths: readonly string[]): Promise<DataFile[]> {
  const out: DataFile[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw unreadable(path, error);
    });
    if (info.isDirectory()) {
      const found: DataFile[] = [];
      await walk(path, found);
      if (found.length === 0) {
        throw new UsageError(
          `No data files in folder ${path}: fazhi reads .json, .ndjson, .jsonl and .csv files`,
          `文件夹 ${path} 中没有数据文件：fazhi 读取 .json、.ndjson、.jsonl 和 .csv 文件`,
        );
      }
      for (const f of found) add(f);
    } else if (!info.isFile()) {
      throw notRegular(path);
    } else {
      const format = detectFormat(path);
      if (format === undefined) {
        throw new UsageError(
          `Cannot tell the format of ${path}: name it .json, .ndjson, .jsonl or .csv`,
          `无法判断 ${path} 的格式：文件名应以 .json、.ndjson、.jsonl 或 .csv 结尾`,
        );
      }
      add({ path, format });
    }
  }
  return out;

  function add(f: DataFile): void {
    // `data/x.json`, `./data/x.json` and an absolute path name the same file: validate it once.
    const key = resolve(f.path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(f);
  }
}

async function walk(dir: string, out: DataFile[], visited = new Set<string>()): Promise<void> {
  // A symbolic link back up the tree would otherwise be walked forever.
  const real = await realpath(dir).catch(() => dir);
  if (visited.has(real)) return;
  visited.add(real);
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw unreadable(dir, error);
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
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
    if (isDirectory) await walk(path, out, visited);
    else if (format !== undefined && isFile) out.push({ path, format });
    else if (format !== undefined) throw notRegular(path);
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
 * await readBytes('data.json')
 * ```
 */
export async function readBytes(path: string): Promise<Buffer> {
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
