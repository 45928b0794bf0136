import { readFileSync } from 'node:fs';

/**
 * The package version, read at run time from the nearest package.json named `fazhi` above the running file
 * (`dist/cli/version.js` → `../../package.json`; from source, two folders up).
 *
 * @returns the version, or `unknown`
 * @example
 * ```ts
 * packageVersion() // '0.1.0'
 * ```
 */
export function packageVersion(): string {
  let dir = new URL('./', import.meta.url);
  for (let depth = 0; depth < 5; depth++) {
    dir = new URL('../', dir);
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'fazhi' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // No package.json here: look one folder up.
    }
  }
  return 'unknown';
}
