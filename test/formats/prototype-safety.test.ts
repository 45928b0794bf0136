// `__proto__`, `constructor` and `prototype` as JSON keys, CSV columns and NDJSON keys change nothing (issue 13,
// item 7): no prototype is polluted, and each is an unknown field like any other.
import { afterEach, describe, expect, it } from 'vitest';
import { parseDatasetJson, readCsv, readNdjson, validateDataset } from '../../src/index.js';

const KEYS = ['__proto__', 'constructor', 'prototype'];

afterEach(() => {
  // Nothing may have reached Object.prototype (or Array.prototype) whatever a test did.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).includes('polluted')).toBe(false);
  expect(([] as unknown as { polluted?: unknown }).polluted).toBeUndefined();
});

const base = '"jurisdiction":"433126","year":2023,"indicator":"litigation.cases","value":1';

describe('prototype keys', () => {
  it.each(KEYS)('%s in a JSON dataset: an unknown field, nothing polluted', (k) => {
    const text = `{"observations":[{${base},"${k}":{"polluted":true}}],"${k}":{"polluted":true}}`;
    const r = parseDatasetJson(text);
    expect(r.ok).toBe(true);
    const v = validateDataset(r.ok ? r.data : undefined, { today: '2025-06-01' });
    expect(v.issues.map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([
        ['unknown_field', `observations[0].${k}`],
        ['unknown_field', k],
      ]),
    );
  });

  it.each(KEYS)('%s in an NDJSON line: an unknown field, nothing polluted', async (k) => {
    const codes: string[] = [];
    const observations: unknown[] = [];
    for await (const r of readNdjson(`{${base},"${k}":{"polluted":true}}\n`)) {
      if (r.kind === 'observation') observations.push(r.observation);
      else codes.push(r.issue.code);
    }
    expect(codes).toEqual([]);
    const v = validateDataset({ observations }, { today: '2025-06-01' });
    expect(v.issues.map((i) => i.code)).toEqual(['unknown_field']);
  });

  it.each(KEYS)('%s as a CSV column: ignored as unknown, nothing polluted', async (k) => {
    const issues: string[] = [];
    const observations: Record<string, unknown>[] = [];
    for await (const r of readCsv(
      `jurisdiction,year,indicator,value,${k}\n433126,2023,litigation.cases,1,polluted\n`,
    )) {
      if (r.kind === 'observation') observations.push(r.observation as Record<string, unknown>);
      else issues.push(r.issue.code);
    }
    expect(issues).toEqual(['csv_unknown_column']);
    expect(Object.keys(observations[0] ?? {})).toEqual(['jurisdiction', 'year', 'indicator', 'value']);
    expect(Object.getPrototypeOf(observations[0])).toBe(Object.prototype);
  });

  it('a dataset that sets keys through a prototype-looking path validates the same', () => {
    const text = `{"observations":[{${base}}],"__proto__":{"observations":[]}}`;
    const r = parseDatasetJson(text);
    const v = validateDataset(r.ok ? r.data : undefined, { today: '2025-06-01' });
    expect(v.observations).toBe(1);
  });
});
