// The seed datasets as a report's input, shared by the report tests.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { divisionLookup } from '../../src/divisions/index.js';
import { type ReportInput, reportInput } from '../../src/report/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The five seed datasets, as `seeds/data/<file>`. */
export function seedDatasets(): { file: string; data: unknown }[] {
  return readdirSync(`${root}seeds/data`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      file: `seeds/data/${f}`,
      data: JSON.parse(readFileSync(`${root}seeds/data/${f}`, 'utf8')),
    }));
}

/** The seeds as a report input, validated with the division table. */
export function seedInput(): ReportInput {
  return reportInput(seedDatasets(), { validate: { divisions: divisionLookup, today: '2025-06-01' } });
}
