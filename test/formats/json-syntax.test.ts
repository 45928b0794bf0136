import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../../src/formats/json.js';
import { findJsonSyntaxError } from '../../src/formats/json-syntax.js';
import { readNdjson } from '../../src/formats/ndjson.js';

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on whether a text is JSON', () => {
    const texts = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v, null, 1)),
      fc.string(),
      // Valid JSON with one character deleted or inserted: near misses, where scanners go wrong.
      fc
        .tuple(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.nat(),
          fc.constantFrom('', ',', '"', ']', '}', 'x'),
        )
        .map(([t, k, c]) => {
          const at = t.length === 0 ? 0 : k % t.length;
          return t.slice(0, at) + c + t.slice(at + (c === '' ? 1 : 0));
        }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === undefined).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['[\n  {"a": 1},\n]', 'trailing_comma', 2, 11],
    ['{"a": tru}', 'unexpected_character', 1, 7],
    ["{'a': 1}", 'expected_property_name', 1, 2],
    ['{"a": 1 "b": 2}', 'expected_comma_or_brace', 1, 9],
    ['{"a": [1, 2}', 'expected_comma_or_bracket', 1, 12],
    ['{"a": "x\ny"}', 'control_character', 1, 9],
    ['{"a": 1', 'unexpected_end', 1, 8],
    ['{} {}', 'trailing_text', 1, 4],
  ])('places %j: %s at line %i, column %i', (text, reason, line, column) => {
    expect(findJsonSyntaxError(text)).toMatchObject({ reason, line, column });
  });

  it('survives deep nesting', () => {
    expect(findJsonSyntaxError('['.repeat(1_000_000))?.reason).toBe('unexpected_end');
  });
});

describe('invalid JSON issues', () => {
  it('give the line of a trailing comma in an array, which V8 does not place', () => {
    const read = parseDatasetJson('{\n  "observations": [\n    {"a": 1},\n  ]\n}\n');
    expect(read.ok).toBe(false);
    const [i] = read.ok ? [] : read.issues;
    expect(i).toMatchObject({
      code: 'invalid_json',
      line: 3,
      details: { reason: 'trailing_comma', column: 13 },
    });
    expect(i?.message).toContain('trailing comma');
    expect(i?.messageZh).toMatch(/末尾逗号.*第 3 行第 13 列/);
    expect(i?.messageZh).not.toMatch(/[A-Z][a-z]+ /);
  });

  it('give an NDJSON line its column, in both languages', async () => {
    const records = [];
    for await (const r of readNdjson('{"a": 1}\n{a: 1}\n')) records.push(r);
    const bad = records.find((r) => r.kind === 'issue');
    expect(bad?.kind === 'issue' && bad.issue).toMatchObject({
      code: 'invalid_json_line',
      line: 2,
      message: 'Line 2 is not valid JSON: "a" where a property name in double quotes should be (column 2)',
      messageZh: '第 2 行不是有效的 JSON：此处应为双引号括起的属性名，却是“a”（第 2 列）',
    });
  });
});

describe('a JSON dataset and NDJSON under each other’s names', () => {
  it('an NDJSON text read as a JSON dataset says to name it .ndjson', () => {
    const read = parseDatasetJson('{"a": 1}\n{"a": 2}\n');
    const [i] = read.ok ? [] : read.issues;
    expect(i?.message).toMatch(
      /after the end of the JSON value \(line 2, column 1\); .*name the file \.ndjson$/,
    );
    expect(i?.messageZh).toMatch(/请把文件命名为 \.ndjson$/);
  });

  it('a pretty-printed dataset read as NDJSON says to name it .json, at its first line', async () => {
    const issues = [];
    for await (const r of readNdjson('{\n  "observations": []\n}\n'))
      if (r.kind === 'issue') issues.push(r.issue);
    expect(issues[0]?.message).toMatch(
      /^Line 1 is not valid JSON: .*; is this a JSON dataset spread over lines\? Name it \.json$/,
    );
    expect(issues[0]?.messageZh).toMatch(/请把文件命名为 \.json$/);
    expect(issues[1]?.message).not.toContain('.json');
  });
});
