// docs/validation.md shows each code of the model's rules with the messages the validator really prints.
import { describe, expect, it } from 'vitest';
import { documentedExamples, EXAMPLES, renderExamples, run } from './code-examples.js';

describe('docs/validation.md code examples', () => {
  it.each(EXAMPLES.map((x) => [x.code, x.title, x] as const))('%s: %s gives its code', (code, _title, x) => {
    const issues = run(x);
    expect(issues.map((i) => i.code)).toContain(code);
    for (const i of issues) expect(i.messageZh, i.code).toMatch(/[\u4e00-\u9fff]/);
  });

  it('are what the docs print (regenerate: npx tsx scripts/validation-examples.ts --write)', () => {
    expect(documentedExamples()).toBe(renderExamples());
  });
});
