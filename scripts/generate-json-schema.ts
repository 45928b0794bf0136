// Writes src/schema/dataset.schema.json from the zod DatasetSchema; test/cli/schema.test.ts checks it is current.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchemaText } from '../src/schema/dataset-json-schema.js';

const target = fileURLToPath(new URL('../src/schema/dataset.schema.json', import.meta.url));
writeFileSync(target, datasetJsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
