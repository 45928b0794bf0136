import { readFileSync } from 'node:fs';

/**
 * The package version, read at run time from the package.json next to the built CLI (`dist/cli.js` →
 * `../package.json`) or, when run from source, two folders up.
 *
 * @returns the version, or `unknown`
 * @example
 * ```ts
 * packageVersion() // '0.1.0'
 * ```
 */
export function packageVersion(): string {
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'fazhi' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // Not there: try the next candidate.
    }
  }
  return 'unknown';
}
