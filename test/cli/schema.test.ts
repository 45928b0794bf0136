import { readdir, readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
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
  type Listed = { enum: string[]; markdownEnumDescriptions: string[] };
  const schema = JSON.parse(datasetJsonSchemaText()) as {
    properties: {
      observations: { items: { properties: { indicator: { anyOf: Record<string, unknown>[] } } } };
    };
    if: unknown;
    then: { properties: { observations: { items: { properties: { indicator: { $ref: string } } } } } };
    $defs: Record<string, Listed>;
  };
  /** What a `$ref` of the schema points at (`#/$defs/…`). */
  const resolve = (ref: unknown): Listed | undefined =>
    typeof ref === 'string' ? schema.$defs[ref.replace('#/$defs/', '')] : undefined;
  const ids = defaultCatalog.indicators.map((i) => i.id).sort();

  it('lists every catalog indicator once, with its names for editors to show beside each completion', () => {
    const [listed, pattern] = schema.properties.observations.items.properties.indicator.anyOf;
    const catalog = resolve(listed?.$ref);
    expect(catalog?.enum).toEqual(ids);
    const described = catalog?.markdownEnumDescriptions ?? [];
    const i = ids.indexOf('mediation.successRate');
    expect(described[i]).toContain(getIndicator('mediation.successRate')?.name);
    // A dataset's own indicators stay possible by the pattern…
    expect(pattern).toMatchObject({ type: 'string', pattern: expect.any(String) });
    // …but a dataset without `indicators` may only name catalog ids, so a typo is flagged.
    expect(schema.if).toEqual({ not: { required: ['indicators'] } });
    expect(resolve(schema.then.properties.observations.items.properties.indicator.$ref)?.enum).toEqual(ids);
    // Listed once: the ids are not repeated where they are referred to.
    expect(datasetJsonSchemaText().split('"mediation.successRate"').length - 1).toBe(1);
  });

  it('works in a JSON Schema validator: seeds and corpus datasets pass, a misspelt id is flagged', async () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    for (const dir of ['seeds/data', 'seeds/corpus/data']) {
      const files = (await readdir(dir)).filter((n) => n.endsWith('.json'));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const ok = validate(JSON.parse(await readFile(`${dir}/${f}`, 'utf8')));
        expect([f, ok, ok ? [] : validate.errors?.slice(0, 3)]).toEqual([f, true, []]);
      }
    }
    // The example of docs/editors.md: the misspelt id is underlined, where the dataset names it.
    expect(validate(JSON.parse(await readFile('examples/data/typos.json', 'utf8')))).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/observations/0/indicator');
    // A dataset that defines indicators of its own may name any well-formed id.
    const own = {
      indicators: [],
      observations: [{ jurisdiction: '433126', year: 2024, indicator: 'x.y', value: 1 }],
    };
    expect(validate(own)).toBe(true);
  });
});
