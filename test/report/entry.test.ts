import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Static imports and re-exports only: a dynamic import() loads on demand, which is what the CLI does for `report`.
const STATIC = /\b(?:import|export)\b[^'";()]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

/** Source files and packages reachable from an entry through static imports. */
function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [join(root, entry)];
  for (let file = queue.pop(); file; file = queue.pop()) {
    const rel = relative(root, file);
    if (files.has(rel)) continue;
    files.add(rel);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC)) {
      const specifier = m[1] ?? m[2] ?? '';
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const base = resolve(dirname(file), specifier);
      const next = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')].find((c) =>
        existsSync(c),
      );
      if (next !== undefined) queue.push(next);
    }
  }
  return { files, packages };
}

const CHARTS = ['@observablehq/plot', 'linkedom'];

describe('the charting library stays out of the main entry and of the CLI until `fazhi report`', () => {
  it('src/index.ts reaches neither the report nor the charting library', () => {
    const { files, packages } = reachable('src/index.ts');
    expect(files.has('src/panel/roll-up.ts')).toBe(true);
    expect([...files].filter((f) => f.startsWith('src/report/'))).toEqual([]);
    for (const p of CHARTS) expect(packages.has(p)).toBe(false);
  });

  it('src/cli/main.ts loads it only through the dynamic import of the report command', () => {
    const { files, packages } = reachable('src/cli/main.ts');
    expect(
      [...files].filter((f) => f.startsWith('src/report/') || f === 'src/cli/report-command.ts'),
    ).toEqual([]);
    for (const p of CHARTS) expect(packages.has(p)).toBe(false);
    expect(readFileSync(join(root, 'src/cli/main.ts'), 'utf8')).toContain(
      "await import('./report-command.js')",
    );
  });

  it('while src/report/index.ts does reach it (so the walk can see it)', () => {
    const { packages } = reachable('src/report/index.ts');
    for (const p of CHARTS) expect(packages.has(p)).toBe(true);
  });
});
