import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reachable, root } from '../support/import-graph.js';

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
