import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors.js';
import { createValidator } from '../../src/validate/create-validator.js';
import { ob, opts } from './fixtures.js';

describe('createValidator (streaming)', () => {
  it('checks a group when the input moves on, carrying line numbers', () => {
    const seen: Issue[] = [];
    const v = createValidator({ ...opts, onIssue: (i) => seen.push(i) });
    v.addObservation(ob('concluded', 50), { index: 0, line: 1 });
    v.addObservation(ob('lost', 60), { index: 1, line: 2 });
    expect(seen).toEqual([]);
    v.addObservation(ob('cases', 5, { year: 2023 }), { index: 2, line: 3 });
    expect(seen.map((i) => [i.code, i.line])).toEqual([['part_exceeds_whole', 2]]);
    v.addObservation(ob('cases', 'x', { year: 2023 }), { index: 3, line: 4 });
    expect(seen.map((i) => [i.code, i.line])).toEqual([
      ['part_exceeds_whole', 2],
      ['invalid_decimal', 4],
    ]);
    const r = v.finish();
    expect(r.issues).toEqual([]);
    expect(r).toMatchObject({ ok: false, counts: { error: 2, warning: 0, info: 0 }, observations: 4 });
  });

  it('warns when a group reappears and checks the parts separately', () => {
    const v = createValidator(opts);
    v.addObservation(ob('cases', 5));
    v.addObservation(ob('cases', 5, { jurisdiction: '433125' }));
    v.addObservation(ob('cases', 6));
    v.addObservation(ob('cases', 7));
    const r = v.finish();
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['group_not_contiguous', 'observations[2]'],
      ['conflicting_observation', 'observations[3].value'],
    ]);
  });

  it('in buffered mode, order does not matter', () => {
    const v = createValidator({ ...opts, grouping: 'buffered' });
    v.addObservation(ob('cases', 5));
    v.addObservation(ob('cases', 5, { jurisdiction: '433125' }));
    v.addObservation(ob('cases', 6));
    expect(v.finish().issues.map((i) => i.code)).toEqual(['conflicting_observation']);
  });

  it('takes metadata first, and issues from outside', () => {
    const v = createValidator(opts);
    v.addMetadata({ reports: [{ id: 'r', jurisdiction: '433126', year: 2024, kind: 'annual-report' }] });
    v.addObservation(ob('cases', 1, { source: { report: 'q', quote: '1件' } }), { index: 0, line: 7 });
    v.addIssue({ code: 'invalid_json', severity: 'error', path: '', message: 'm', messageZh: 'm', line: 9 });
    const r = v.finish();
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([
      ['unknown_report', 7],
      ['invalid_json', 9],
    ]);
    expect(v.finish()).toEqual(r);
  });

  it('remembers only last year per jurisdiction for plausibility', () => {
    const v = createValidator(opts);
    for (const [y, n] of [
      [2020, 100],
      [2021, 110],
      [2022, 990],
    ] as const) {
      v.addObservation(ob('cases', n, { year: y }));
    }
    expect(v.finish().issues.map((i) => [i.code, i.details?.previous])).toEqual([['implausible_jump', 110]]);
  });
});
