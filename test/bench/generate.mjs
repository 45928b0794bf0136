// Seeded generator of realistic fazhi data for the benchmark and the 100 MB CLI test: figures that satisfy the
// catalog's relations (breakdowns add up, parts fit their wholes, stock-flow identities hold) and printed rates
// that recompute, with a small seeded share of real-world faults (truncated rates, a part above its whole).

/** A small fast seeded PRNG (mulberry32). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNIT_ZH = {
  cases: '件',
  people: '人',
  personTimes: '人次',
  times: '次',
  items: '项',
  documents: '件',
  organisations: '个',
  yuan: '元',
  percent: '%',
  days: '天',
  hours: '小时',
};

/**
 * Plans which indicators to generate: every indicator the catalog's relations and rate formulas tie together
 * (so that those rules have work), topped up with other counts and percentages, `count` in all.
 */
export function planIndicators(catalog, count = 100) {
  const byId = new Map(catalog.indicators.map((i) => [i.id, i]));
  const usable = (id) => {
    const i = byId.get(id);
    return i !== undefined && i.kind !== 'change' && i.kind !== 'other' && i.unit !== 'per100k';
  };
  const chosen = new Set();
  const relations = [];
  const members = (r) =>
    r.kind === 'sum'
      ? [r.total, ...r.parts]
      : r.kind === 'partOf'
        ? [r.part, r.whole]
        : [r.end, r.start, ...r.inflows, ...r.outflows];
  for (const r of catalog.relations) {
    const ids = members(r);
    if (!ids.every(usable)) continue;
    const extra = ids.filter((id) => !chosen.has(id)).length;
    if (chosen.size + extra > count * 0.8) continue;
    for (const id of ids) chosen.add(id);
    relations.push(r);
  }
  const rates = [];
  for (const i of catalog.indicators) {
    const f = i.formulas?.[0];
    if (!f || !usable(i.id)) continue;
    const inputs = [
      ...f.numerator.plus,
      ...(f.numerator.minus ?? []),
      ...f.denominator.plus,
      ...(f.denominator.minus ?? []),
    ];
    if (!inputs.every((id) => chosen.has(id))) continue;
    if (chosen.size >= count) break;
    chosen.add(i.id);
    rates.push({ indicator: i, formula: f });
  }
  for (const i of catalog.indicators) {
    if (chosen.size >= count) break;
    if (usable(i.id) && !chosen.has(i.id) && !(i.formulas?.length > 0)) chosen.add(i.id);
  }
  const rateIds = new Set(rates.map((r) => r.indicator.id));
  const plain = [...chosen].filter((id) => !rateIds.has(id)).map((id) => byId.get(id));
  return { indicators: [...chosen].map((id) => byId.get(id)), plain, relations, rates };
}

/** Raises an indicator by `delta`, pushing the increase into the last part when it is a breakdown's total. */
function raise(values, totals, id, delta) {
  const parts = totals.get(id);
  if (parts) raise(values, totals, parts[parts.length - 1], delta);
  values.set(id, (values.get(id) ?? 0) + delta);
}

/** Values for one jurisdiction-year that satisfy the planned relations. */
function figures(plan, rand, size, previous) {
  const values = new Map();
  const totals = new Map(plan.relations.filter((r) => r.kind === 'sum').map((r) => [r.total, r.parts]));
  for (const i of plan.plain) {
    if (i.unit === 'percent') continue;
    const prev = previous?.get(i.id);
    // Year on year the figures drift by at most ±20%, so plausibility checks stay quiet.
    const v = prev !== undefined ? Math.round(prev * (0.85 + rand() * 0.3)) : Math.floor(rand() * size) + 1;
    values.set(i.id, v);
  }
  for (let pass = 0; pass < 12; pass++) {
    let changed = false;
    for (const r of plan.relations) {
      if (r.kind === 'sum') {
        const s = r.parts.reduce((a, p) => a + (values.get(p) ?? 0), 0);
        if (values.get(r.total) !== s) {
          values.set(r.total, s);
          changed = true;
        }
      } else if (r.kind === 'partOf') {
        const part = values.get(r.part) ?? 0;
        const whole = values.get(r.whole) ?? 0;
        if (part > whole) {
          raise(values, totals, r.whole, part - whole);
          changed = true;
        }
      } else {
        const target =
          (values.get(r.start) ?? 0) +
          r.inflows.reduce((a, p) => a + (values.get(p) ?? 0), 0) -
          r.outflows.reduce((a, p) => a + (values.get(p) ?? 0), 0);
        const end = values.get(r.end) ?? 0;
        // Mend the identity by raising (never lowering) a figure, so breakdowns stay whole.
        if (target > end) raise(values, totals, r.end, target - end);
        else if (target < end) raise(values, totals, r.inflows[0] ?? r.start, end - target);
        if (target !== end) changed = true;
      }
    }
    if (!changed) break;
  }
  return values;
}

/** A percentage with 2 places, rounded half-up (or truncated), from whole numbers; `undefined` when undefined. */
function percent(num, den, truncate) {
  if (den <= 0 || num < 0) return undefined;
  const scaled = truncate ? Math.floor((num * 10000) / den) : Math.floor((num * 20000 + den) / (2 * den));
  return `${Math.floor(scaled / 100)}.${String(scaled % 100).padStart(2, '0')}`;
}

const sum = (values, ids = []) => ids.reduce((a, id) => a + (values.get(id) ?? 0), 0);

/** Whether a catalog dimension breaks an indicator down (its id, or `domain.*`). */
const appliesTo = (d, id) =>
  d.indicators.some((p) => p === id || (p.endsWith('.*') && id.startsWith(p.slice(0, -1))));

/**
 * The breakdown the generator writes: the catalog dimension with an `other` member (so that three named members and
 * 其他 make a complete breakdown) that applies to most of the plan's counts, and those counts. Indicators that are
 * themselves a cell (legalAid.criminalCases) are not broken down again.
 */
export function planBreakdown(catalog, plan) {
  const counts = plan.plain.filter(
    (i) => i.unit !== 'percent' && (i.kind === 'count' || i.kind === 'stock') && !i.sliceOf,
  );
  let best;
  for (const d of catalog.dimensions ?? []) {
    const other = d.members.find((m) => m.id === 'other');
    const inParts = new Set(d.members.flatMap((m) => m.parts ?? []));
    const named = d.members.filter((m) => m.id !== 'other' && !m.parts && !inParts.has(m.id));
    if (d.exhaustive === false || other === undefined || named.length < 3) continue;
    const indicators = counts.filter((i) => appliesTo(d, i.id));
    if (indicators.length > (best?.indicators.length ?? 0))
      best = { dimension: d, members: [...named.slice(0, 3), other], indicators };
  }
  return best;
}

/**
 * The cells of complete breakdowns of a group's counts — each member's figures, which satisfy every relation on
 * their own, so that relations hold inside each cell as in the totals they add up to — with their shares (占比,
 * one decimal, half-up), whole breakdowns until `share` of the group's observations carry `dimensions`.
 */
function breakdownCells(bd, values, memberValues, base, share, code, year, report) {
  const wanted = Math.round((base * share) / (1 - share));
  const out = [];
  const breakdowns = Math.min(bd.indicators.length, Math.round(wanted / (2 * bd.members.length)));
  for (let k = 0; k < breakdowns; k++) {
    const i = bd.indicators[(k + year) % bd.indicators.length];
    const total = values.get(i.id) ?? 0;
    bd.members.forEach((m, n) => {
      const v = memberValues[n].get(i.id) ?? 0;
      const dimensions = { [bd.dimension.id]: m.id };
      const quote = `${m.name}${i.name}${v}${UNIT_ZH[i.unit] ?? ''}`;
      out.push({
        jurisdiction: code,
        year,
        indicator: i.id,
        value: String(v),
        unit: i.unit,
        dimensions,
        source: { report, quote },
      });
      if (total === 0) return;
      // Per cent with one decimal, half-up, in integers: tenths = floor((2000·v + total) / (2·total)).
      const tenths = Math.floor((v * 2000 + total) / (2 * total));
      const value = `${Math.floor(tenths / 10)}.${tenths % 10}`;
      out.push({
        jurisdiction: code,
        year,
        indicator: i.id,
        value,
        unit: 'percent',
        measure: 'share',
        dimensions,
        source: { report, quote: `${m.name}占${value}%` },
      });
    });
  }
  return out;
}

/**
 * Yields NDJSON-ready observations, grouped by jurisdiction then year (the order streaming validation wants).
 * `faults` is the share of jurisdiction-years given one real-world fault; `dimensions` the share of observations
 * that are cells of complete breakdowns (counts by a catalog dimension, with their shares), 0 by default.
 */
export function* observations({
  catalog,
  jurisdictions,
  years,
  indicators = 100,
  seed = 42,
  faults = 0.001,
  dimensions = 0,
}) {
  const plan = planIndicators(catalog, indicators);
  const rand = prng(seed);
  const bd = dimensions > 0 ? planBreakdown(catalog, plan) : undefined;
  for (const code of jurisdictions) {
    const size = 20 + Math.floor(rand() * 2000);
    let previous;
    for (const year of years) {
      let values;
      let memberValues;
      if (bd === undefined) values = figures(plan, rand, size, previous);
      else {
        // With breakdowns, each member's figures are drawn whole and the totals are their sums.
        memberValues = bd.members.map((_, n) =>
          figures(plan, rand, Math.ceil(size / bd.members.length), previous?.[n]),
        );
        values = new Map();
        for (const m of memberValues) for (const [id, v] of m) values.set(id, (values.get(id) ?? 0) + v);
      }
      previous = memberValues ?? values;
      const report = `${code}-${year}`;
      const faulty = rand() < faults;
      const out = [];
      for (const i of plan.plain) {
        let value;
        if (i.unit === 'percent') value = (80 + rand() * 20).toFixed(1);
        else value = String(values.get(i.id) ?? 0);
        const quote = `${i.name}${value}${UNIT_ZH[i.unit] ?? ''}`;
        out.push({
          jurisdiction: code,
          year,
          indicator: i.id,
          value,
          unit: i.unit,
          source: { report, quote },
        });
      }
      for (const { indicator, formula } of plan.rates) {
        const num = sum(values, formula.numerator.plus) - sum(values, formula.numerator.minus);
        const den = sum(values, formula.denominator.plus) - sum(values, formula.denominator.minus);
        // Some reports truncate instead of rounding half-up: a realistic warning.
        const value = percent(num, den, rand() < 0.01);
        if (value === undefined || (Number(value) > 100 && !indicator.allowsOver100)) continue;
        const quote = `${indicator.name}${value}%`;
        out.push({
          jurisdiction: code,
          year,
          indicator: indicator.id,
          value,
          unit: 'percent',
          basis: formula.basis,
          source: { report, quote },
        });
      }
      if (faulty) {
        // A part typed larger than its whole (an extra digit): the error the validator must catch.
        const r = plan.relations.find((x) => x.kind === 'partOf');
        const o = r && out.find((x) => x.indicator === r.part);
        if (o) o.value = String(Number(o.value) * 10 + 10000);
      }
      if (bd !== undefined)
        out.push(...breakdownCells(bd, values, memberValues, out.length, dimensions, code, year, report));
      yield* out;
    }
  }
}

/** The dataset-level metadata of the JSON benchmark file: jurisdictions and one report per jurisdiction-year. */
export function metadata(divisions, years) {
  return {
    jurisdictions: divisions.map((d) => ({
      code: d.code,
      name: d.name,
      level: d.level,
      ...(d.parent ? { parent: d.parent } : {}),
    })),
    reports: divisions.flatMap((d) =>
      years.map((year) => ({
        id: `${d.code}-${year}`,
        jurisdiction: d.code,
        year,
        kind: 'annual-report',
        published: `${year + 1}-03-31`,
      })),
    ),
  };
}

/** Writes text to a stream, waiting when it is full (bounded memory). */
export async function writeAll(stream, lines) {
  let buffer = '';
  for (const line of lines) {
    buffer += line;
    if (buffer.length > 1 << 20) {
      if (!stream.write(buffer)) await new Promise((r) => stream.once('drain', r));
      buffer = '';
    }
  }
  if (buffer) stream.write(buffer);
  await new Promise((resolve, reject) => stream.end((e) => (e ? reject(e) : resolve())));
}

/** NDJSON lines of observations. */
export function* ndjsonLines(list) {
  for (const o of list) yield `${JSON.stringify(o)}\n`;
}

/** The JSON dataset text in pieces: metadata, then the observations array. */
export function* jsonDatasetPieces(meta, list) {
  yield `{\n  "name": "fazhi benchmark",\n  "jurisdictions": ${JSON.stringify(meta.jurisdictions)},\n  "reports": ${JSON.stringify(meta.reports)},\n  "observations": [\n`;
  let first = true;
  for (const o of list) {
    yield `${first ? '' : ',\n'}    ${JSON.stringify(o)}`;
    first = false;
  }
  yield '\n  ]\n}\n';
}
