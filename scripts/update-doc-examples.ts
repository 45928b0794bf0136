// Rewrites the outputs of the `$ fazhi …` examples in the docs (see scripts/doc-examples.ts) with what the CLI prints
// now: run `npm run build` first, then `npx tsx scripts/update-doc-examples.ts`, and read the diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOCUMENTED, docExamples, runExample } from './doc-examples.js';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
for (const file of DOCUMENTED) {
  let text = readFileSync(file, 'utf8');
  // From the last example back, so that earlier offsets stay valid.
  for (const example of docExamples(file, text).reverse()) {
    const { exit, output } = await runExample('dist/cli/main.js', example);
    if (exit !== example.exit) process.stdout.write(`${file}: "${example.command}" now exits ${exit}\n`);
    text = text.slice(0, example.start) + output + text.slice(example.end);
  }
  writeFileSync(file, text);
}
process.stdout.write(`updated ${DOCUMENTED.join(', ')}\n`);
