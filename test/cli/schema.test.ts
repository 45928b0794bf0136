import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/model/dataset.js';
import { datasetJsonSchemaText } from '../../src/schema/dataset-json-schema.js';

describe('src/schema/dataset.schema.json', () => {
  it('is current: regenerate with `npx tsx scripts/generate-json-schema.ts`', async () => {
    // Compared as data: biome may lay the committed file out differently.
    const committed = JSON.parse(await readFile('src/schema/dataset.schema.json', 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(datasetJsonSchemaText()));
  });

  it('describes the dataset format: observations required, unknown fields refused, decimals as string or number', () => {
    const schema = JSON.parse(datasetJsonSchemaText()) as {
      required: string[];
      additionalProperties: boolean;
      properties: {
        observations: { items: { required: string[]; properties: { value: { anyOf: unknown[] } } } };
      };
    };
    expect(schema.required).toEqual(['observations']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.observations.items.required).toEqual([
      'jurisdiction',
      'year',
      'indicator',
      'value',
    ]);
    const value = schema.properties.observations.items.properties.value.anyOf;
    expect(value).toContainEqual({ type: 'number' });
    // The pattern accepts what the zod schema accepts, exponent in either case.
    const pattern = (value.find((v) => (v as { pattern?: string }).pattern) as { pattern: string }).pattern;
    for (const s of ['12', '96.52', '1E3', '1e-3', '.5']) {
      expect(new RegExp(pattern).test(s)).toBe(true);
      expect(DatasetSchema.shape.observations.element.shape.value.safeParse(s).success).toBe(true);
    }
  });
});
