// Walks the import graph of the sources, to check which files and packages an entry can load.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

// Static imports and re-exports (`import type` included: erased, but walking it too is the stricter check).
const STATIC = /\b(?:import|export)\b[^'";()]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
// import('…') with a literal specifier: what the CLI uses to load a command's code on demand.
const DYNAMIC = /\bimport\s*\(\s*(?:\/\*[^*]*\*\/\s*)?['"]([^'"]+)['"]\s*\)/g;

/** The dynamic `import('…')` specifiers of a source file, in order. */
export function dynamicImports(file: string): string[] {
  return [...readFileSync(join(root, file), 'utf8').matchAll(DYNAMIC)].map((m) => m[1] as string);
}

/** Resolves a relative specifier of `from` (repo-relative) to a repo-relative .ts file, if it is one. */
export function resolveSource(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(join(root, from)), specifier);
  const found = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')].find((c) =>
    existsSync(c),
  );
  return found === undefined ? undefined : relative(root, found);
}

/**
 * Source files and packages reachable from entries through static imports, and also through dynamic ones when
 * `followDynamic` says so for a specifier (a command's code the CLI loads on demand).
 *
 * @param entries - repo-relative source files
 * @param followDynamic - which `import('…')` specifiers to follow (none by default)
 * @returns the files (repo-relative) and package specifiers reached
 */
export function reachable(
  entries: string | readonly string[],
  followDynamic: (specifier: string, from: string) => boolean = () => false,
): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = typeof entries === 'string' ? [entries] : [...entries];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(join(root, file), 'utf8');
    const specifiers = [...source.matchAll(STATIC)].map((m) => m[1] ?? m[2] ?? '');
    for (const m of source.matchAll(DYNAMIC)) {
      if (followDynamic(m[1] as string, file)) specifiers.push(m[1] as string);
    }
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const next = resolveSource(file, specifier);
      if (next !== undefined) queue.push(next);
    }
  }
  return { files, packages };
}
