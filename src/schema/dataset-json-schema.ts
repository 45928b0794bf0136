import { z } from 'zod';
import { DatasetSchema } from '../model/dataset.js';

/** Where the generated schema says it lives, so that editors can fetch it by `$schema`. */
export const DATASET_SCHEMA_ID = 'https://unpkg.com/fazhi/src/schema/dataset.schema.json';

/**
 * The JSON Schema (draft 2020-12) of the dataset format, generated from {@link DatasetSchema} — the input side, so
 * optional fields stay optional and values may be decimal strings or numbers.
 *
 * @returns the JSON Schema as a plain object
 * @example
 * ```ts
 * datasetJsonSchema().required // ['observations']
 * ```
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const raw = JSON.stringify(z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' }));
  // JSON Schema patterns have no flags: spell out the case-insensitive exponent of decimal strings.
  const generated = JSON.parse(raw.replaceAll('(e[+-]?\\\\d+)', '([eE][+-]?\\\\d+)')) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: DATASET_SCHEMA_ID,
    title: 'fazhi dataset',
    description:
      'A dataset of rule-of-law (法治政府建设) indicator observations: figures with jurisdiction, year, indicator, value, unit, qualifier, scope and source quote.',
    ...rest,
  };
}

/**
 * The schema file's text: two-space indented JSON with a final newline.
 *
 * @returns the text of `src/schema/dataset.schema.json`
 * @example
 * ```ts
 * JSON.parse(datasetJsonSchemaText()).title // 'fazhi dataset'
 * ```
 */
export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
