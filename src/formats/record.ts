import type { Issue } from '../errors.js';
import type { DecodeOptions } from './encoding.js';

/** One observation read from a file: the raw value (not yet validated), its 0-based index and 1-based line. */
export interface ObservationRecord {
  readonly kind: 'observation';
  /** The observation as read: an unvalidated JSON value. */
  readonly observation: unknown;
  /** 0-based position among the observations of the file (`observations[index]`). */
  readonly index: number;
  /** 1-based line where the observation starts. */
  readonly line: number;
}

/** A problem met while reading a file (a malformed line or row), with its line number. */
export interface ReadIssueRecord {
  readonly kind: 'issue';
  /** The problem; `issue.line` says where. */
  readonly issue: Issue;
}

/** What the streaming readers yield: observations in file order, interleaved with reading problems. */
export type ReadRecord = ObservationRecord | ReadIssueRecord;

/** Text in chunks: a string, an async iterable of strings or bytes (a Node stream, a web `ReadableStream`). */
export type TextSource = string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** Options shared by the streaming readers; `encoding` and `onEncoding` apply to byte input. */
export interface ReadOptions extends DecodeOptions {
  /**
   * The longest line (or CSV record) kept in memory, in characters; a longer one is skipped with a
   * `line_too_long` issue so memory stays bounded. Default 16 MiB.
   */
  readonly maxLineLength?: number;
}

/** Default {@link ReadOptions.maxLineLength}: 16 Mi characters. */
export const DEFAULT_MAX_LINE_LENGTH = 16 * 1024 * 1024;
