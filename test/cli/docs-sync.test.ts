// The rule names and reading codes users type or grep for are listed in the help and the docs; keep them in step.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { docExamples } from '../../scripts/doc-examples.js';
import { OPTION_NAMES } from '../../src/cli/args.js';
import { helpText } from '../../src/cli/help.js';
import { READ_ISSUE_CODES } from '../../src/formats/read-issues.js';
import { RULE_NAMES } from '../../src/validate/types.js';

describe('help and docs/cli.md', () => {
  it('name every rule --no-rule accepts, in both languages of the help', async () => {
    const docs = await readFile('docs/cli.md', 'utf8');
    for (const rule of RULE_NAMES) {
      expect(helpText('en')).toMatch(new RegExp(`\\b${rule}\\b`));
      expect(helpText('zh')).toMatch(new RegExp(`\\b${rule}\\b`));
      expect(docs).toContain(`\`${rule}\``);
    }
  });

  it('list every reading issue code', async () => {
    const docs = await readFile('docs/cli.md', 'utf8');
    for (const code of READ_ISSUE_CODES) expect(docs).toContain(`\`${code}\``);
  });

  it('name every option in the help, and show each option of validate run in docs/cli.md or docs/ci.md', async () => {
    const docs = await readFile('docs/cli.md', 'utf8');
    const commands = ['docs/cli.md', 'docs/ci.md']
      .flatMap((f) => docExamples(f))
      .map((e) => ` ${e.command} `);
    // Options of another command (report), and the two that only print the help or the version.
    const shownElsewhere = new Set(['help', 'version', 'output', 'jurisdiction']);
    for (const option of OPTION_NAMES) {
      expect(helpText('en')).toContain(`--${option}`);
      expect(helpText('zh')).toContain(`--${option}`);
      if (!shownElsewhere.has(option)) {
        expect(docs).toContain(`--${option}`);
        expect([option, commands.some((c) => c.includes(` --${option} `))]).toEqual([option, true]);
      }
    }
  });
});
