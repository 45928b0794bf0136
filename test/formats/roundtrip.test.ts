import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observationsToCsv, readCsv } from '../../src/formats/csv.js';
import { parseDatasetJson, stringifyDataset } from '../../src/formats/json.js';
import { observationsToNdjson, readNdjson } from '../../src/formats/ndjson.js';
import type { ReadRecord, TextSource } from '../../src/formats/record.js';
import { DatasetSchema } from '../../src/model/dataset.js';
import { ObservationSchema } from '../../src/model/observation.js';
import { chunked, csvNormal, observationArb } from './arbitraries.js';

async function collect(
  records: AsyncIterable<ReadRecord>,
): Promise<{ observations: unknown[]; issues: string[] }> {
  const observations: unknown[] = [];
  const issues: string[] = [];
  for await (const r of records) {
    if (r.kind === 'observation') observations.push(r.observation);
    else issues.push(r.issue.code);
  }
  return { observations, issues };
}

const fromCsv = (s: TextSource) => collect(readCsv(s));
const fromNdjson = (s: TextSource) => collect(readNdjson(s));
const listArb = fc.array(observationArb, { minLength: 1, maxLength: 20 });

describe('lossless round trip JSON ↔ CSV ↔ NDJSON', () => {
  it('generated observations are schema-valid (the property below is about valid data)', () => {
    fc.assert(fc.property(observationArb, (o) => ObservationSchema.safeParse(o).success));
  });

  it('JSON → CSV → JSON gives the same observations (numbers as their decimal strings)', async () => {
    await fc.assert(
      fc.asyncProperty(listArb, async (obs) => {
        const json = parseDatasetJson(stringifyDataset({ observations: obs }));
        expect(json.ok).toBe(true);
        const back = await fromCsv(
          observationsToCsv((json as { data: { observations: typeof obs } }).data.observations),
        );
        expect(back.issues).toEqual([]);
        expect(back.observations).toEqual(obs.map(csvNormal));
        // Validity is preserved too.
        expect(DatasetSchema.safeParse({ observations: back.observations }).success).toBe(true);
      }),
    );
  });

  it('CSV → NDJSON → CSV is byte-identical', async () => {
    await fc.assert(
      fc.asyncProperty(listArb, async (obs) => {
        const csv = observationsToCsv(obs);
        const viaCsv = (await fromCsv(csv)).observations as typeof obs;
        const viaNd = (await fromNdjson(observationsToNdjson(viaCsv))).observations as typeof obs;
        expect(observationsToCsv(viaNd)).toBe(csv);
      }),
    );
  });

  it('NDJSON round trip is exact, numbers included', async () => {
    await fc.assert(
      fc.asyncProperty(listArb, async (obs) => {
        const back = await fromNdjson(observationsToNdjson(obs));
        expect(back.issues).toEqual([]);
        expect(back.observations).toEqual(obs.map((o) => JSON.parse(JSON.stringify(o))));
      }),
    );
  });

  it('reading in arbitrary chunks gives the same result as reading whole', async () => {
    await fc.assert(
      fc.asyncProperty(
        listArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
        async (obs, cuts) => {
          const csv = observationsToCsv(obs, { bom: true });
          expect((await fromCsv(chunked(csv, cuts))).observations).toEqual(obs.map(csvNormal));
          const nd = observationsToNdjson(obs);
          expect((await fromNdjson(chunked(nd, cuts))).observations).toEqual(
            (await fromNdjson(nd)).observations,
          );
        },
      ),
    );
  });

  it('reading UTF-8 bytes split inside multi-byte characters gives the same result', async () => {
    await fc.assert(
      fc.asyncProperty(
        listArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
        async (obs, cuts) => {
          const bytes = new TextEncoder().encode(`\uFEFF${observationsToCsv(obs)}`);
          expect((await fromCsv(chunked(bytes, cuts))).observations).toEqual(obs.map(csvNormal));
        },
      ),
    );
  });
});
