import { readFileSync } from 'node:fs';
import { fazhiPackage } from './package-root.js';

/**
 * The dataset JSON Schema, read from the file the package ships as `fazhi/dataset.schema.json`, so that the CLI
 * does not carry a second copy of it.
 *
 * @returns the parsed schema
 * @throws Error when the CLI runs outside its package
 * @example
 * ```ts
 * readDatasetSchema().$id // 'https://unpkg.com/fazhi/src/schema/dataset.schema.json'
 * ```
 */
export function readDatasetSchema(): unknown {
  const pkg = fazhiPackage();
  if (pkg === undefined)
    throw new Error('the fazhi package folder was not found / 找不到 fazhi 软件包的目录');
  return JSON.parse(readFileSync(new URL('src/schema/dataset.schema.json', pkg.root), 'utf8'));
}
