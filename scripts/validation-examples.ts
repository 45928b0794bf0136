/**
 * Prints the examples of docs/validation.md's "Breakdowns, shares, changes and panels" section (each code of the
 * model's rules on corpus figures, with its English and Chinese messages); `--write` rewrites the section
 * (test/validate/code-examples.test.ts checks that it is current).
 *
 * Usage: npx tsx scripts/validation-examples.ts [--write]
 */
import { renderExamples, writeExamples } from '../test/validate/code-examples.js';

if (process.argv.includes('--write')) {
  writeExamples();
  console.log('docs/validation.md: code examples rewritten');
} else console.log(renderExamples());
