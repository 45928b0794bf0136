// The rule names and reading codes users type or grep for are listed in the help and the docs; keep them in step.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
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
});
