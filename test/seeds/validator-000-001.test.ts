import { describe, expect, it } from 'vitest';
import { getDivision } from '../../src/divisions/index.js';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { loadDataset } from './support.js';

// A fixed "today" keeps future-date checks independent of the clock.
const options = { divisions: { getDivision }, today: '2026-01-01' };

describe('validator on seeds 000 and 001', () => {
  it('000 咸宁市 2024: no errors; the one warning is the 96% mediation rate that only truncation explains', () => {
    const dataset = loadDataset('421200-2024.json');
    const result = validateDataset(dataset, options);
    expect(result.counts.error).toBe(0);
    const warnings = result.issues.filter((i) => i.severity === 'warning');
    expect(warnings.map((w) => w.code)).toEqual(['reported_rate_rounding']);
    const index = dataset.observations.findIndex((o) => o.indicator === 'mediation.successRate');
    expect(warnings[0]?.path).toBe(`observations[${index}].value`);
  });

  it('001 乳山市 2022: no errors and no warnings', () => {
    const result = validateDataset(loadDataset('371083-2022.json'), options);
    expect(result.counts.error).toBe(0);
    expect(result.issues.filter((i) => i.severity === 'warning')).toEqual([]);
  });
});
