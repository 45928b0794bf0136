// Writes src/schema/dataset.schema.json from the zod DatasetSchema; test/cli/schema.test.ts checks it is current.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchemaText } from '../src/schema/dataset-json-schema.js';

const target = fileURLToPath(new URL('../src/schema/dataset.schema.json', import.meta.url));
writeFileSync(target, datasetJsonSchemaText());
// Lay it out as `npm run format` would, so that formatting never shows up as a change.
execFileSync(
  fileURLToPath(new URL('../node_modules/.bin/biome', import.meta.url)),
  ['format', '--write', target],
  {
    stdio: 'ignore',
  },
);
process.stdout.write(`wrote ${target}\n`);
