import { defaultCatalog } from '../catalog/default-catalog.js';
import { zod } from '../internal/zod.js';
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
  const raw = JSON.stringify(zod().toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' }));
  // JSON Schema patterns have no flags: spell out the case-insensitive exponent of decimal strings.
  const generated = JSON.parse(raw.replaceAll('(e[+-]?\\\\d+)', '([eE][+-]?\\\\d+)')) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  const properties = rest.properties as Record<string, { items?: { properties?: Record<string, unknown> } }>;
  for (const list of ['observations', 'targets']) {
    const fields = properties[list]?.items?.properties;
    if (fields?.indicator !== undefined) fields.indicator = indicatorIds(fields.indicator);
  }
  return {
    $schema,
    $id: DATASET_SCHEMA_ID,
    title: 'fazhi dataset',
    description:
      'A dataset of rule-of-law (法治政府建设) indicator observations: figures with jurisdiction, year, indicator, value, unit, qualifier, scope and source quote.',
    ...rest,
    // Without indicators of its own, a dataset can only name the catalog's: editors then flag a misspelt id.
    if: { not: { required: ['indicators'] } },
    // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword here, not a thenable.
    then: {
      properties: {
        observations: { items: { properties: { indicator: { $ref: CATALOG_INDICATOR } } } },
        targets: { items: { properties: { indicator: { $ref: CATALOG_INDICATOR } } } },
      },
    },
    // The catalog's ids, listed once and referred to from the four places that name them.
    $defs: { catalogIndicator: catalogIndicator() },
  };
}

/** Where the schema keeps the list of catalog indicator ids. */
const CATALOG_INDICATOR = '#/$defs/catalogIndicator';

function catalogIds(): string[] {
  return defaultCatalog.indicators.map((i) => i.id).sort();
}

/** The catalog's indicator ids, with their names beside each (VS Code shows these beside each completion). */
function catalogIndicator(): Record<string, unknown> {
  const byId = new Map(defaultCatalog.indicators.map((i) => [i.id, i]));
  const ids = catalogIds();
  return {
    enum: ids,
    markdownEnumDescriptions: ids.map((id) => {
      const i = byId.get(id);
      return i === undefined ? id : `**${i.name}** — ${i.nameEn} (${i.unit})`;
    }),
  };
}

/**
 * An indicator id: one of the catalog's (listed, so that editors complete them, with their names as descriptions)
 * or, in a dataset that defines its own `indicators`, any well-formed id.
 */
function indicatorIds(pattern: unknown): Record<string, unknown> {
  return {
    anyOf: [
      { $ref: CATALOG_INDICATOR },
      { ...(pattern as object), description: 'An indicator the dataset defines in its own `indicators`' },
    ],
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
