// Types of package-size.mjs, for test/package/size.test.ts.
export interface Bundled {
  readonly minified: number;
  readonly gzip: number;
  readonly files: readonly string[];
}
export interface PackageSize {
  readonly tarball: { readonly bytes: number };
  readonly entries: Readonly<Record<string, Bundled>>;
  readonly probes: Readonly<Record<string, Bundled>>;
}
export interface Ceilings {
  readonly tarball?: number;
  readonly entries: Readonly<Record<string, number>>;
  readonly probes: Readonly<Record<string, number>>;
}
export const PROBES: Readonly<Record<string, string>>;
export const BUNDLE_OPTIONS: Readonly<Record<string, unknown>>;
export function codeSubpaths(): string[];
export function measurePackage(): Promise<PackageSize>;
export function sizeTable(m: PackageSize, ceilings?: Ceilings): string;
