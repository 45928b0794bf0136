// What importing an entry really loads, seen by Node itself: a load hook (test/support/record-loads.mjs) records
// every module URL while a child process imports the entry. The main entry must load nothing of the extractor.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-loads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The URLs of the modules Node loads when a fresh process imports `entry` (a path under src/). */
function loadsOf(entry: string): string[] {
  const file = join(dir, `${entry.replace(/\W/g, '_')}.txt`);
  execFileSync(
    process.execPath,
    ['--import', 'tsx', '--import', './test/support/record-loads.mjs', '-e', `await import('./${entry}')`],
    { env: { ...process.env, FAZHI_LOADS: file }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

const isExtract = (url: string) =>
  url.includes('/src/extract/') || /\/(htmlparser2|domhandler|pdfjs-dist)\//.test(url);

describe('importing the main entry at run time', () => {
  it('loads the library but no module of fazhi/extract and none of its parsers', () => {
    const loads = loadsOf('src/index.ts');
    expect(loads.some((u) => u.endsWith('/src/rate.ts'))).toBe(true);
    expect(loads.filter(isExtract)).toEqual([]);
  }, 60_000);

  it('while importing fazhi/extract does load them (the hook sees what it should)', () => {
    const loads = loadsOf('src/extract/index.ts');
    expect(loads.some((u) => u.endsWith('/src/extract/extract.ts'))).toBe(true);
    expect(loads.some((u) => u.includes('/htmlparser2/'))).toBe(true);
  }, 60_000);
});
