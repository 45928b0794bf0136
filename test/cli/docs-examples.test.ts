// Every `$ fazhi …` example in the README and the docs prints what the docs say (scripts/doc-examples.ts);
// after a change of messages: `npm run build && npx tsx scripts/update-doc-examples.ts`.
import { describe, expect, it } from 'vitest';
import { DOCUMENTED, docExamples, runExample } from '../../scripts/doc-examples.js';
import { cliPath } from './cli-path.js';

const examples = DOCUMENTED.flatMap((file) => docExamples(file));

describe('documented commands', () => {
  it('are there: the README and docs/cli.md show a CSV and an .xlsx file validated', () => {
    const readme = examples.filter((e) => e.file === 'README.md').map((e) => e.command);
    expect(readme.some((c) => /validate \S+\.csv/.test(c))).toBe(true);
    expect(readme.some((c) => /validate \S+\.xlsx/.test(c))).toBe(true);
  });

  it.each(examples.map((e) => [`${e.file}: $ ${e.command}`, e] as const))('%s', async (_, example) => {
    const r = await runExample(cliPath(), example);
    expect({ exit: r.exit, output: r.output }).toEqual({ exit: example.exit, output: example.output });
  });
});
