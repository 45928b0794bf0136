import { readFileSync } from 'node:fs';

/**
 * The folder of the nearest package.json named `fazhi` above the running file and that package's version
 * (`dist/cli/*.js` → `../../`; from source, two folders up; the test build in node_modules/.cache, three).
 *
 * @returns the package's root folder and version, or `undefined` when there is none
 * @example
 * ```ts
 * fazhiPackage()?.version // '0.1.0'
 * ```
 */
export function fazhiPackage(): { readonly root: URL; readonly version: string } | undefined {
  let dir = new URL('./', import.meta.url);
  for (let depth = 0; depth < 5; depth++) {
    dir = new URL('../', dir);
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'fazhi' && typeof pkg.version === 'string') return { root: dir, version: pkg.version };
    } catch {
      // No package.json here: look one folder up.
    }
  }
  return undefined;
}
