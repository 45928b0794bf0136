// The fuzz targets of issue 13: each generates inputs with fast-check and says, for one input, whether fazhi threw
// (exception), reported `internal_error`, or gave a result its oracle disagrees with (wrong). test/fuzz/fuzz.test.ts
// runs them briefly inside `npm test`; scripts/fuzz.ts runs them long (`npm run fuzz`) and counts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  compareReported,
  createValidator,
  defaultCatalog,
  type Issue,
  LIMITS,
  type Observation,
  observationsToCsv,
  observationsToNdjson,
  parseDatasetJson,
  parseQuantity,
  type ReadRecord,
  type RoundingMode,
  rate,
  readCsv,
  readNdjson,
  roundDecimal,
  stringifyDataset,
  type TextSource,
  toDecimalString,
  validateDataset,
} from '../../src/index.js';
import { csvNormal, observationArb } from '../formats/arbitraries.js';
import { memorySpill } from '../validate/memory-spill.js';
import {
  digitCount,
  formatExact,
  MAGNITUDES,
  parseExact,
  printedPlaces,
  ratio,
  roundRatio,
  scaled,
} from './oracles.js';

/** What one input gave. */
export type Outcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly kind: 'exception' | 'internal_error' | 'wrong'; readonly detail: string };

/** A fuzz target: inputs, and how to judge one. */
export interface FuzzTarget<T = unknown> {
  readonly name: string;
  /** What it checks, for docs/reliability.md. */
  readonly checks: string;
  readonly arbitrary: fc.Arbitrary<T>;
  run(input: T): Outcome | Promise<Outcome>;
  /** Inputs in the long run (`npm run fuzz`); the test suite runs far fewer. */
  readonly longRuns: number;
}

const OK: Outcome = { ok: true };
const wrong = (detail: string): Outcome => ({ ok: false, kind: 'wrong', detail });
const TODAY = '2025-06-01';

/** Runs a check, turning an unexpected throw into an `exception` outcome. */
async function guarded(f: () => Outcome | Promise<Outcome>): Promise<Outcome> {
  try {
    return await f();
  } catch (error) {
    return {
      ok: false,
      kind: 'exception',
      detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}

/** The problems of a validation result as a whole: internal errors, and a result that is not well formed. */
function judge(r: { ok: boolean; issues: readonly Issue[]; counts: { error: number } }): Outcome {
  const internal = r.issues.find((i) => i.code === 'internal_error');
  if (internal) return { ok: false, kind: 'internal_error', detail: internal.message };
  if (r.ok !== (r.counts.error === 0)) return wrong(`ok is ${r.ok} with ${r.counts.error} errors`);
  for (const i of r.issues) {
    if (!/^[a-z][a-z0-9_]*$/.test(i.code) || !i.message || !i.messageZh || typeof i.path !== 'string') {
      return wrong(`malformed issue ${JSON.stringify(i).slice(0, 200)}`);
    }
  }
  JSON.stringify(r.issues); // throws on a BigInt or a cycle in details: an exception
  return OK;
}

const key = (i: Issue) => `${i.code}|${i.severity}|${i.path}`;
const codeKey = (i: Issue) => `${i.code}|${i.severity}`;
const sorted = (xs: string[]) => [...xs].sort();
const same = (a: string[], b: string[]) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

// ---------------------------------------------------------------------------------------------------------------
// Datasets: the five seed datasets, and observations with relations between them.

function seedDatasets(): unknown[] {
  const dir = join(process.cwd(), 'seeds', 'data');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown);
}
const SEEDS = seedDatasets();

/** Values and keys that hostile or careless input holds. */
const oddValue = fc.oneof(
  fc.constantFrom(
    '1e999999999',
    `${'1'.repeat(150)}`,
    '١٢',
    '１２',
    '12%',
    '1,234',
    ' 12',
    '-0',
    '0e5',
    '9.9e100',
    '\u0000',
    '\uFFFD',
    '__proto__',
    'constructor',
    '',
    null,
    true,
    -1,
    1.5,
    Number.MAX_VALUE,
    5e-324,
  ),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.anything({ maxDepth: 2, withBigInt: true, withNullPrototype: true }),
);
const fieldName = fc.constantFrom(
  'jurisdiction',
  'year',
  'indicator',
  'value',
  'upper',
  'unit',
  'qualifier',
  'basis',
  'asOf',
  'since',
  'cumulative',
  'includesCarriedOver',
  'source',
  'note',
  'dimensions',
  'measure',
  'period',
  'coverage',
  '__proto__',
  'constructor',
  'prototype',
  'colour',
);

type Mutation = { k: number; field: string; value: unknown; op: 'set' | 'delete' | 'copy' | 'swap' };
const mutation = fc.record({
  k: fc.nat(),
  field: fieldName,
  value: oddValue,
  op: fc.constantFrom('set', 'delete', 'copy', 'swap') as fc.Arbitrary<Mutation['op']>,
});

/** A seed dataset with a few mutations applied (deep copy first). */
function mutate(seed: unknown, ms: readonly Mutation[]): Record<string, unknown> {
  const d = structuredClone(seed) as Record<string, unknown> & { observations: Record<string, unknown>[] };
  const list = d.observations;
  for (const m of ms) {
    if (list.length === 0) break;
    const k = m.k % list.length;
    const o = list[k] as Record<string, unknown>;
    if (m.op === 'set')
      Object.defineProperty(o, m.field, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else if (m.op === 'delete') delete o[m.field];
    else if (m.op === 'copy') list.push({ ...o, value: m.value });
    else {
      const j = (m.k * 7 + 3) % list.length;
      [list[k], list[j]] = [list[j] as Record<string, unknown>, o];
    }
  }
  return d;
}

/** A permutation of a list by a seed (Fisher–Yates with a small PRNG). */
function shuffle<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Observations tied by relations and rates (litigation), with duplicates and odd orders. */
const relatedObservations = fc
  .array(
    fc.record({
      jurisdiction: fc.constantFrom('433126', '421200', '120102'),
      year: fc.integer({ min: 2020, max: 2024 }),
      indicator: fc.constantFrom(
        'litigation.cases',
        'litigation.concluded',
        'litigation.lost',
        'litigation.lossRate',
        'reconsideration.received',
        'reconsideration.concluded',
        'reconsideration.corrected',
        'mediation.cases',
        'mediation.succeeded',
        'mediation.successRate',
      ),
      value: fc.oneof(
        fc.integer({ min: 0, max: 200 }).map(String),
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom('5.5', '96.52', '100', '0'),
      ),
      qualifier: fc.constantFrom(undefined, undefined, undefined, 'moreThan', 'approx', 'atLeast'),
      asOf: fc.constantFrom(undefined, undefined, undefined, '2024-06-30'),
    }),
    { maxLength: 40 },
  )
  .map((list) =>
    list.map((o) => {
      const out: Record<string, unknown> = {
        jurisdiction: o.jurisdiction,
        year: o.year,
        indicator: o.indicator,
        value: o.value,
      };
      if (o.qualifier !== undefined) out.qualifier = o.qualifier;
      if (o.asOf !== undefined) out.asOf = o.asOf.replace('2024', String(o.year));
      return out;
    }),
  );

// ---------------------------------------------------------------------------------------------------------------
// Streaming validation as the CLI does it: contiguous, and if the input turns out unsorted, external grouping.

async function streamValidate(
  read: (s: TextSource) => AsyncGenerator<ReadRecord>,
  text: TextSource,
  budget: number,
  again: () => TextSource,
): Promise<{ issues: Issue[]; ok: boolean; counts: { error: number } }> {
  const once = async (grouping: 'contiguous' | 'external', source: TextSource) => {
    const issues: Issue[] = [];
    let unsorted = false;
    const v = createValidator({
      today: TODAY,
      grouping,
      ...(grouping === 'external' ? { spill: memorySpill(), spillBudget: budget } : {}),
      onIssue: (i) => issues.push(i),
      onUnsorted: () => {
        unsorted = true;
      },
    });
    for await (const r of read(source)) {
      if (r.kind === 'observation') v.addObservation(r.observation, r);
      else v.addIssue(r.issue);
    }
    const result = v.finish();
    return { issues, unsorted, ok: result.ok, counts: result.counts };
  };
  const first = await once('contiguous', text);
  return first.unsorted ? once('external', again()) : first;
}

// ---------------------------------------------------------------------------------------------------------------
// Readers: text that stresses them, read whole, in chunks, and as bytes.

const readerText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'jurisdiction,year,indicator,value,source.quote\n',
        '433126,2023,litigation.cases,12,"a,b"\n',
        '433126,2023,litigation.lost,"1\n2",x\n',
        '"unclosed,\n',
        'a"b,c\n',
        '"x"y\n',
        '\r\n',
        '\n',
        ',,,\n',
        '{"jurisdiction":"433126","year":2023,"indicator":"litigation.cases","value":1}\n',
        '{"value":1,"value":2}\n',
        '{"a":"x:y","a":1}\n',
        '{bad json\n',
        '\uFEFF',
        '\uFFFD',
        '😀',
        '法治',
        '"',
        '""',
        '\t',
        '\r',
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

function chunksOf<T extends string | Uint8Array>(whole: T, cuts: readonly number[]): T[] {
  const points = [...new Set(cuts.map((c) => Math.floor(c * whole.length)))].sort((a, b) => a - b);
  const out: T[] = [];
  let start = 0;
  for (const p of points) {
    out.push(whole.slice(start, p) as T);
    start = p;
  }
  out.push(whole.slice(start) as T);
  return out;
}

async function records(
  read: (s: TextSource) => AsyncGenerator<ReadRecord>,
  s: TextSource,
): Promise<string[]> {
  const out: string[] = [];
  for await (const r of read(s)) {
    out.push(
      r.kind === 'observation'
        ? `obs ${r.index}@${r.line} ${JSON.stringify(r.observation)}`
        : `${r.issue.code}@${r.issue.line ?? '-'} ${r.issue.path}`,
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers.

const digits = (max: number) => fc.stringMatching(new RegExp(`^[1-9]\\d{0,${max - 1}}$`));
const decimalText = fc.oneof(
  digits(30),
  fc.tuple(digits(20), fc.stringMatching(/^\d{1,20}$/)).map(([a, b]) => `${a}.${b}`),
  fc.tuple(digits(10), fc.integer({ min: -120, max: 120 })).map(([a, e]) => `${a}e${e}`),
  fc
    .tuple(
      fc.stringMatching(/^\d{0,5}$/),
      fc.stringMatching(/^\d{0,5}$/),
      fc.constantFrom('', 'e5', 'E-3', 'e+2'),
    )
    .map(([a, b, e]) => `${a}.${b}${e}`),
  fc.constantFrom('0', '-0', '+5', '.5', '5.', '0.000', '1e100', '1e-99', '9.9e99', '0e999', '1e101'),
  fc.integer({ min: 90, max: 110 }).map((n) => '7'.repeat(n)),
);

/** Whether the reference says a decimal text is within fazhi's limits. */
function withinLimits(text: string): boolean {
  if (text.length > LIMITS.maxDecimalLength) return false;
  const e = /[eE]([+-]?\d+)$/.exec(text);
  if (e && Math.abs(Number(e[1])) > LIMITS.maxDecimalExponent) return false;
  const x = parseExact(text);
  return x !== undefined && digitCount(formatExact(x)) <= LIMITS.maxDecimalDigits;
}

const MODES: readonly RoundingMode[] = ['half-up', 'half-even', 'truncate'];

// ---------------------------------------------------------------------------------------------------------------

/** Every fuzz target. */
export const FUZZ_TARGETS: readonly FuzzTarget<never>[] = [
  {
    name: 'validateDataset on arbitrary values',
    checks:
      'any JavaScript value (BigInts, null-prototype objects, sparse arrays, boxed values, dates, maps) as a dataset, an observation or a metadata field: no exception, no internal_error, a well-formed result',
    arbitrary: fc.oneof(
      fc.anything({
        withBigInt: true,
        withNullPrototype: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withSparseArray: true,
        withTypedArray: true,
        withObjectString: true,
        maxDepth: 4,
      }),
      fc.record({
        observations: fc.array(fc.anything({ withBigInt: true, withNullPrototype: true, maxDepth: 3 }), {
          maxLength: 5,
        }),
      }),
      fc.record({
        observations: fc.array(observationArb, { maxLength: 3 }),
        reports: fc.anything({ withBigInt: true, withNullPrototype: true }),
        indicators: fc.array(fc.jsonValue(), { maxLength: 2 }),
      }),
    ),
    run: (x: unknown) => guarded(() => judge(validateDataset(x, { today: TODAY }))),
    longRuns: 50_000,
  },
  {
    name: 'validateDataset on mutated seed datasets',
    checks:
      'the five seed datasets with fields set to odd values, deleted, copied or swapped: no exception, no internal_error; shuffling the observations keeps the verdict, and the findings too unless figures are given twice',
    arbitrary: fc.tuple(
      fc.nat({ max: SEEDS.length - 1 }),
      fc.array(mutation, { minLength: 1, maxLength: 4 }),
      fc.nat(),
    ),
    run: ([k, ms, seed]: [number, Mutation[], number]) =>
      guarded(() => {
        const d = mutate(SEEDS[k], ms);
        const r = validateDataset(d, { today: TODAY });
        const bad = judge(r);
        if (!bad.ok) return bad;
        const list = d.observations;
        if (!Array.isArray(list)) return OK;
        const s = validateDataset({ ...d, observations: shuffle(list, seed) }, { today: TODAY });
        if (s.ok !== r.ok) return wrong(`verdict changed with the order: ${r.ok} → ${s.ok}`);
        const twice = r.issues.some(
          (i) =>
            i.code === 'conflicting_observation' ||
            i.code === 'duplicate_observation' ||
            i.code === 'corroborated',
        );
        if (!twice && !same(r.issues.map(codeKey), s.issues.map(codeKey)))
          return wrong('findings changed with the order');
        return OK;
      }),
    longRuns: 10_000,
  },
  {
    name: 'one verdict: JSON, NDJSON and CSV, any order',
    checks:
      'related observations (parts, wholes, printed rates, duplicates, qualifiers, partial years) in any order: validateDataset, streamed NDJSON and streamed CSV (contiguous, then external grouping with a random spill budget when unsorted, as the CLI does) give the same findings (code, severity, path)',
    arbitrary: fc.tuple(
      relatedObservations.filter((l) => l.length > 0),
      fc.integer({ min: 50, max: 5_000 }),
    ),
    run: ([list, budget]: [Record<string, unknown>[], number]) =>
      guarded(async () => {
        const json = validateDataset({ observations: list }, { today: TODAY });
        const bad = judge(json);
        if (!bad.ok) return bad;
        const obs = list as unknown as Observation[];
        const nd = observationsToNdjson(obs);
        const csv = observationsToCsv(obs);
        const viaNd = await streamValidate(readNdjson, nd, budget, () => nd);
        const viaCsv = await streamValidate(readCsv, csv, budget, () => csv);
        const want = json.issues.map(key);
        if (!same(want, viaNd.issues.map(key)))
          return wrong(
            `NDJSON differs: ${sorted(viaNd.issues.map(key)).join(' ')} vs ${sorted(want).join(' ')}`,
          );
        if (!same(want, viaCsv.issues.map(key)))
          return wrong(
            `CSV differs: ${sorted(viaCsv.issues.map(key)).join(' ')} vs ${sorted(want).join(' ')}`,
          );
        return OK;
      }),
    longRuns: 10_000,
  },
  {
    name: 'readers: whole, in chunks, as bytes',
    checks:
      'text stressing CSV and NDJSON (quotes over lines, unclosed quotes, stray quotes, BOMs, U+FFFD, CRLF, duplicate keys, emoji) read as one string, in random string chunks and as UTF-8 bytes in random chunks (cut inside characters): no exception, the same records',
    arbitrary: fc.tuple(
      readerText,
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
      fc.boolean(),
    ),
    run: ([text, cuts, csv]: [string, number[], boolean]) =>
      guarded(async () => {
        const read = csv ? readCsv : readNdjson;
        const whole = await records(read, text);
        const chunked = await records(read, chunksOf(text, cuts));
        // Named UTF-8: what is checked here is decoding across chunk boundaries, not guessing the encoding.
        const bytes = await records(
          (s) => read(s, { encoding: 'utf8' }),
          chunksOf(new TextEncoder().encode(text), cuts),
        );
        if (JSON.stringify(whole) !== JSON.stringify(chunked))
          return wrong('string chunks differ from the whole text');
        if (JSON.stringify(whole) !== JSON.stringify(bytes)) return wrong('bytes differ from the string');
        return OK;
      }),
    longRuns: 50_000,
  },
  {
    name: 'writers and readers round trip',
    checks:
      'schema-valid observations (tricky text, numbers, every optional field) written as JSON, CSV and NDJSON and read back: the same observations (numbers from CSV as their decimal strings), no reading issue',
    arbitrary: fc.array(observationArb, { minLength: 1, maxLength: 10 }),
    run: (obs: Observation[]) =>
      guarded(async () => {
        const json = parseDatasetJson(stringifyDataset({ observations: obs }));
        if (!json.ok || !sameData((json.data as { observations: unknown }).observations, obs)) {
          return wrong('JSON round trip');
        }
        const back = async (read: typeof readCsv, text: string) => {
          const out: unknown[] = [];
          for await (const r of read(text)) {
            if (r.kind === 'issue') return undefined;
            out.push(r.observation);
          }
          return out;
        };
        const csv = await back(readCsv, observationsToCsv(obs));
        if (!sameData(csv, obs.map(csvNormal))) return wrong('CSV round trip');
        const nd = await back(readNdjson, observationsToNdjson(obs));
        if (!sameData(nd, obs)) return wrong('NDJSON round trip');
        return OK;
      }),
    longRuns: 20_000,
  },
  {
    name: 'parseQuantity against magnitudes',
    checks:
      'figures as reports print them — digits, 十/百/千/万/十万/百万/千万/亿/十亿/百亿/千亿/万亿, 余/多, 共/累计, a measure word — against digits × 10^power computed with BigInt',
    arbitrary: fc.tuple(
      fc.oneof(
        digits(6),
        fc.tuple(digits(4), fc.stringMatching(/^\d{1,3}$/)).map(([a, b]) => `${a}.${b}`),
      ),
      fc.constantFrom(...MAGNITUDES),
      fc.constantFrom('', '余', '多'),
      fc.constantFrom('', '件', '人', '元', '次', '人次', '户'),
      fc.constantFrom('', '共', '累计'),
    ),
    run: ([d, [word, power], more, unit, prefix]: [
      string,
      readonly [string, number],
      string,
      string,
      string,
    ]) =>
      guarded(() => {
        const text = `${prefix}${d}${word}${more}${unit}`;
        const p = parseQuantity(text);
        const want = {
          value: scaled(d, power),
          qualifier: more ? 'moreThan' : 'exact',
          ...(unit ? { unitText: unit } : {}),
        };
        return JSON.stringify(p) === JSON.stringify(want) ? OK : wrong(`${text}: ${JSON.stringify(p)}`);
      }),
    longRuns: 300_000,
  },
  {
    name: 'decimals within the limits',
    checks:
      'decimal text (long, exponent notation, many digits, signs, zeros) read by toDecimalString and rate(): the exact value of a BigInt reference when within the limits, undefined and a RangeError past them',
    arbitrary: fc.tuple(fc.constantFrom('', '-', '+'), decimalText),
    run: ([sign, t]: [string, string]) =>
      guarded(() => {
        const text = `${sign}${t}`;
        const got = toDecimalString(text);
        const x = parseExact(text);
        if (!withinLimits(text) || x === undefined) {
          if (got !== undefined) return wrong(`${text.slice(0, 40)} accepted as ${got.slice(0, 40)}`);
          if (x !== undefined) {
            try {
              rate(text, 1);
              return wrong('rate() accepted a decimal past the limits');
            } catch (e) {
              if (!(e instanceof RangeError)) throw e;
            }
          }
          return OK;
        }
        return got === formatExact(x) ? OK : wrong(`${text}: ${got} ≠ ${formatExact(x)}`);
      }),
    longRuns: 300_000,
  },
  {
    name: 'rates against BigInt',
    checks:
      'rate(n, d).toPercent / toDecimal for every rounding mode and 0–20 places, exact(), roundDecimal, and compareReported of a printed figure derived from the exact ratio (rounded, truncated or off by one unit): equal to BigInt arithmetic',
    arbitrary: fc.tuple(
      decimalText.filter(withinLimits),
      decimalText.filter((t) => withinLimits(t) && (parseExact(t) as { n: bigint }).n !== 0n),
      fc.integer({ min: 0, max: 20 }),
      fc.constantFrom(...MODES),
      fc.integer({ min: 0, max: 3 }),
      fc.constantFrom(-1, 0, 0, 0, 1),
    ),
    run: ([nt, dt, places, mode, printed, off]: [string, string, number, RoundingMode, number, number]) =>
      guarded(() => {
        const r = rate(nt, dt);
        const q = ratio(parseExact(nt) as never, parseExact(dt) as never);
        const pct = { n: q.n * 100n, d: q.d };
        if (r.toPercent(places, mode) !== roundRatio(pct.n, pct.d, places, mode))
          return wrong(`toPercent ${nt}/${dt}`);
        if (r.toDecimal(places, mode) !== roundRatio(q.n, q.d, places, mode))
          return wrong(`toDecimal ${nt}/${dt}`);
        const exact = r.exact();
        if (
          exact !== undefined &&
          roundRatio(q.n, q.d, 60, 'truncate').replace(/\.?0+$/, '') !== exact &&
          exact.length < 60
        ) {
          return wrong(`exact ${nt}/${dt} = ${exact}`);
        }
        if (
          roundDecimal(nt, places, mode) !==
          roundRatio(
            (parseExact(nt) as { n: bigint }).n,
            10n ** BigInt((parseExact(nt) as { scale: number }).scale),
            places,
            mode,
          )
        ) {
          return wrong(`roundDecimal ${nt}`);
        }
        // A printed percentage at `printed` places, as the exact ratio rounds half-up, then maybe one unit off.
        const base = parseExact(roundRatio(pct.n, pct.d, printed, 'half-up')) as { n: bigint; scale: number };
        const written = roundRatio(base.n + BigInt(off), 10n ** BigInt(base.scale), printed, 'truncate');
        if (!withinLimits(written)) {
          try {
            compareReported(r, written);
            return wrong(`compareReported accepted ${written.slice(0, 30)}… past the limits`);
          } catch (e) {
            return e instanceof RangeError ? OK : wrong(String(e));
          }
        }
        const c = compareReported(r, written);
        const places2 = printedPlaces(written);
        const want = MODES.filter(
          (m) => roundRatio(pct.n, pct.d, places2, m) === formatFixed(written, places2),
        );
        if (JSON.stringify(c.conventions) !== JSON.stringify(want)) {
          return wrong(`compareReported ${nt}/${dt} printed ${written}: ${c.conventions} vs ${want}`);
        }
        return OK;
      }),
    longRuns: 200_000,
  },
  {
    name: 'published-rates rule against BigInt',
    checks:
      'a loss rate printed beside its inputs (concluded, lost), rounded half-up, half-even, truncated or wrong: no finding, reported_rate_rounding or reported_rate_mismatch exactly as BigInt rounding says',
    arbitrary: fc.tuple(
      fc.integer({ min: 1, max: 100_000 }),
      fc.nat({ max: 100_000 }),
      fc.integer({ min: 0, max: 3 }),
      fc.constantFrom<RoundingMode | 'wrong'>('half-up', 'half-even', 'truncate', 'wrong'),
    ),
    run: ([concluded, lostRaw, places, how]: [number, number, number, RoundingMode | 'wrong']) =>
      guarded(() => {
        const lost = lostRaw % (concluded + 1);
        const n = BigInt(lost) * 100n;
        const d = BigInt(concluded);
        let printed = roundRatio(n, d, places, how === 'wrong' ? 'half-up' : how);
        if (how === 'wrong') printed = roundRatio(n + d * 3n, d, places, 'half-up');
        const observations = [
          { jurisdiction: '433126', year: 2023, indicator: 'litigation.concluded', value: String(concluded) },
          { jurisdiction: '433126', year: 2023, indicator: 'litigation.lost', value: String(lost) },
          {
            jurisdiction: '433126',
            year: 2023,
            indicator: 'litigation.lossRate',
            value: printed,
            basis: 'concluded',
          },
        ];
        const r = validateDataset({ observations }, { today: TODAY });
        const bad = judge(r);
        if (!bad.ok) return bad;
        const conventions = MODES.filter((m) => roundRatio(n, d, places, m) === printed);
        const want = conventions.includes('half-up')
          ? []
          : conventions.length > 0
            ? ['reported_rate_rounding']
            : ['reported_rate_mismatch'];
        const got = r.issues.filter((i) => i.code.startsWith('reported_rate')).map((i) => i.code);
        return JSON.stringify(got) === JSON.stringify(want)
          ? OK
          : wrong(`${lost}/${concluded} printed ${printed}: ${got} vs ${want}`);
      }),
    longRuns: 100_000,
  },
] as unknown as readonly FuzzTarget<never>[];

/** Deep equality of JSON data, whatever the key order and prototypes. */
function sameData(a: unknown, b: unknown): boolean {
  const sortedJson = (v: unknown): string =>
    JSON.stringify(v, (_k, x: unknown) =>
      typeof x === 'object' && x !== null && !Array.isArray(x)
        ? Object.fromEntries(
            Object.keys(x)
              .sort()
              .map((k) => [k, (x as Record<string, unknown>)[k]]),
          )
        : x,
    );
  return sortedJson(a) === sortedJson(b);
}

/** `written` as a fixed-point decimal string with exactly `places` places (the printed figure, canonically). */
function formatFixed(written: string, places: number): string {
  const x = parseExact(written) as { n: bigint; scale: number };
  return roundRatio(x.n, 10n ** BigInt(x.scale), places, 'truncate');
}

/** Never used for checks: a reminder that the default catalog is loaded once, outside the timed loop. */
export const CATALOG_SIZE = defaultCatalog.indicators.length;
