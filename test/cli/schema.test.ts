import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultCatalog, getIndicator } from '../../src/catalog/default-catalog.js';
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

describe('indicator ids in the JSON Schema', () => {
  const schema = JSON.parse(datasetJsonSchemaText()) as {
    properties: {
      observations: { items: { properties: { indicator: { anyOf: Record<string, unknown>[] } } } };
    };
    if: unknown;
    then: { properties: { observations: { items: { properties: { indicator: { enum: string[] } } } } } };
  };
  const ids = defaultCatalog.indicators.map((i) => i.id).sort();

  it('lists every catalog indicator, with its names for editors to show beside each completion', () => {
    const [listed, pattern] = schema.properties.observations.items.properties.indicator.anyOf;
    expect(listed?.enum).toEqual(ids);
    const described = listed?.markdownEnumDescriptions as string[];
    const i = ids.indexOf('mediation.successRate');
    expect(described[i]).toContain(getIndicator('mediation.successRate')?.name);
    // A dataset's own indicators stay possible by the pattern…
    expect(pattern).toMatchObject({ type: 'string', pattern: expect.any(String) });
    // …but a dataset without `indicators` may only name catalog ids, so a typo is flagged.
    expect(schema.if).toEqual({ not: { required: ['indicators'] } });
    expect(schema.then.properties.observations.items.properties.indicator.enum).toEqual(ids);
  });

  it('accepts every indicator the datasets in seeds/ name', async () => {
    for (const dir of ['seeds/data', 'seeds/corpus/data']) {
      const files = await readdir(dir).catch(() => [] as string[]);
      for (const f of files.filter((n) => n.endsWith('.json'))) {
        const ds = JSON.parse(await readFile(`${dir}/${f}`, 'utf8')) as {
          observations: { indicator: string }[];
          indicators?: { id: string }[];
        };
        const own = new Set((ds.indicators ?? []).map((i) => i.id));
        for (const o of ds.observations) expect(ids.includes(o.indicator) || own.has(o.indicator)).toBe(true);
      }
    }
  });
});
