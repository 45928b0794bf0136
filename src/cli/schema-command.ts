import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The dataset JSON Schema, read from the file the package ships as `fazhi/dataset.schema.json` (resolved through
 * the package's own exports), so that the CLI does not carry a second copy of it.
 *
 * @returns the parsed schema
 * @example
 * ```ts
 * readDatasetSchema().$id // 'https://unpkg.com/fazhi/src/schema/dataset.schema.json'
 * ```
 */
export function readDatasetSchema(): unknown {
  const file = createRequire(import.meta.url).resolve('fazhi/dataset.schema.json');
  return JSON.parse(readFileSync(file, 'utf8'));
}
