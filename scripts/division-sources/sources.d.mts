// Types of sources.mjs (plain JavaScript so that the generators run under node without a build), for the tests.

/** A pinned source: the year its table describes, the npm package version and the files read inside it. */
export interface DivisionSourcePin {
  readonly year: number;
  readonly package: string;
  readonly version: string;
  /** Paths of the JSON files read, inside the package. */
  readonly files: readonly string[];
  /** README lines kept (the release the package was built from). */
  readonly readme?: RegExp;
}

/** Every row of one JSON file of the package, and how to write them back to its exact bytes. */
export interface ExtractedFile {
  path: string;
  sha256: string;
  bytes: number;
  /** An array of objects with the keys `fields`, or an object of code → name. */
  layout: 'array-of-objects' | 'object';
  fields: string[];
  count: number;
  indent: number;
  finalNewline: boolean;
  rows: unknown[][];
}

/** A vendored extract: provenance of the package version and the files read from it. */
export interface Extract {
  year: number;
  package: string;
  version: string;
  tarball: string;
  integrity: string;
  licence: string;
  licenceFile: { path: string; sha256: string; is: string; text: string } | null;
  packageJson: { path: string; sha256: string; name: string; version: string; license: string } & Record<
    string,
    unknown
  >;
  readme?: { path: string; sha256: string; lines: string[] };
  files: ExtractedFile[];
}

export const SOURCES: readonly DivisionSourcePin[];
export const EXTRACTS_DIR: string;
export function sha256(bytes: string | Uint8Array): string;
export function tarballUrl(pkg: string, version: string): string;
export function buildExtract(
  source: DivisionSourcePin,
  read: (path: string) => Buffer | undefined,
  dist: { integrity: string; tarball: string },
): Extract;
export function serialiseExtract(extract: Extract): string;
export function extractPath(year: number): string;
export function checkExtract(extract: Extract, source: DivisionSourcePin): string[];
export function readSource(year: number): Extract;
export function fileValue(extract: Extract, path: string): unknown;
