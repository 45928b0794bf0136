import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VALIDATION_CODES } from '../../src/validate/codes.js';
import { RULE_NAMES } from '../../src/validate/types.js';

const doc = readFileSync(new URL('../../docs/validation.md', import.meta.url), 'utf8');

describe('issue codes', () => {
  it('every code is documented in docs/validation.md', () => {
    for (const code of Object.keys(VALIDATION_CODES)) expect(doc).toContain(`\`${code}\``);
  });

  it('every rule is documented with how to switch it off', () => {
    for (const rule of RULE_NAMES) expect(doc).toContain(`rules: { ${rule}: false }`);
  });

  it('the codes fixed by the public contract exist', () => {
    for (const code of [
      'schema_invalid',
      'unknown_indicator',
      'unknown_jurisdiction',
      'invalid_count',
      'percent_out_of_range',
      'unit_mismatch',
      'conflicting_observation',
      'part_exceeds_whole',
      'breakdown_mismatch',
      'reported_rate_rounding',
      'reported_rate_mismatch',
      'date_out_of_period',
    ]) {
      expect(Object.keys(VALIDATION_CODES)).toContain(code);
    }
  });
});
