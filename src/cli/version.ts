import { fazhiPackage } from './package-root.js';

/**
 * The package version, read at run time from the nearest package.json named `fazhi` above the running file.
 *
 * @returns the version, or `unknown`
 * @example
 * ```ts
 * packageVersion() // '0.1.0'
 * ```
 */
export function packageVersion(): string {
  return fazhiPackage()?.version ?? 'unknown';
}
