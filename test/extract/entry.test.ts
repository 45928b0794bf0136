// `fazhi/extract` and its parsers (HTML, PDF) load only for `fazhi extract`: never from the main entry, never for
// another command of the CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dynamicImports, reachable, root } from '../support/import-graph.js';

const PARSERS = ['htmlparser2', 'domhandler', 'pdfjs-dist'];
const isExtract = (f: string) => f.startsWith('src/extract/') || f === 'src/cli/extract-command.ts';

describe('the extractor stays out of the main entry and of the other commands', () => {
  it('src/index.ts reaches neither src/extract nor its parsers', () => {
    const { files, packages } = reachable('src/index.ts');
    expect(files.has('src/rate.ts')).toBe(true); // the walk follows real imports
    expect([...files].filter(isExtract)).toEqual([]);
    for (const p of PARSERS) expect(packages.has(p)).toBe(false);
  });

  it('src/cli/main.ts loads it only through the dynamic import of the extract command', () => {
    const { files, packages } = reachable('src/cli/main.ts');
    expect([...files].filter(isExtract)).toEqual([]);
    for (const p of PARSERS) expect(packages.has(p)).toBe(false);
    expect(readFileSync(join(root, 'src/cli/main.ts'), 'utf8')).toContain(
      "await import('./extract-command.js')",
    );
  });

  it('no other command of the CLI, with everything it loads on demand, reaches it', () => {
    const commands = dynamicImports('src/cli/main.ts').filter(
      (s) => s.startsWith('./') && s !== './extract-command.js',
    );
    // validate, fix, rates, report, catalog, help, version … (the walk below must have something to walk)
    expect(commands).toEqual(expect.arrayContaining(['./validate-command.js', './fix-command.js']));
    for (const command of commands) {
      const entry = `src/cli/${command.slice(2).replace(/\.js$/, '.ts')}`;
      // Follow every dynamic import of the command too (xlsx, report charts): on demand is still "loaded".
      const { files, packages } = reachable(entry, (s) => s.startsWith('.'));
      expect([...files].filter(isExtract), entry).toEqual([]);
      for (const p of PARSERS) expect(packages.has(p), `${entry} reaches ${p}`).toBe(false);
    }
  });

  it('while the extract command does reach them (so the walk can see them)', () => {
    const { files, packages } = reachable('src/cli/extract-command.ts', (s) => s.startsWith('.'));
    expect(files.has('src/extract/extract.ts')).toBe(true);
    expect(files.has('src/extract/pdf.ts')).toBe(true);
    expect(packages.has('htmlparser2')).toBe(true);
  });
});
