// The rates step of `npm run bench`: 1 M pairs of whole counts through fazhi's rate functions, each beside an
// integer floor that computes the same figures (and decimal.js), all in this one process, in alternating
// repetitions (floor, subject, floor, subject …), medians reported. Every output is checked against the floor.
// Usage: node test/bench/rates.mjs [--pairs N] [--reps R]  (prints one JSON line)
import Decimal from 'decimal.js';
import { compareReported, ppChange, rate, yoyChange } from 'fazhi';
import { prng } from './generate.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const PAIRS = arg('--pairs', 1_000_000);
const REPS = arg('--reps', 5);

// Whole counts spread over six orders of magnitude, as reports print them: d in [1, 10^6], n in [0, d]
// (a part of its whole), b in [0, 2a] (next year's figure), and a printed percent: the exact one decimal,
// truncated, or one tenth off, so that compareReported meets every outcome.
const random = prng(20240601);
const n = new Float64Array(PAIRS);
const d = new Float64Array(PAIRS);
const b = new Float64Array(PAIRS);
const printed = new Array(PAIRS);
for (let i = 0; i < PAIRS; i++) {
  d[i] = Math.max(1, Math.floor(10 ** (random() * 6)));
  n[i] = Math.floor(random() * (d[i] + 1));
  b[i] = Math.floor(random() * (2 * d[i] + 1));
  const tenths = Math.floor((n[i] * 1000) / d[i]) + Math.floor(random() * 3) - 1;
  printed[i] = fmt1(Math.max(0, tenths), false);
}

/** A whole number of tenths as "12.3", by hand. */
function fmt1(q, negative) {
  const s = `${Math.floor(q / 10)}.${q % 10}`;
  return negative && q !== 0 ? `-${s}` : s;
}

/** Every output goes through this: the strings must really be built, and they are compared afterwards. */
let sink = 0;
const use = (s) => {
  sink = (sink + s.length + s.charCodeAt(s.length - 1)) | 0;
};

// The floors: integer arithmetic, (2·n·1000 + d) / (2·d) floored (half-up to one decimal), formatted by hand.
const percentFloor = (i) => fmt1(Math.floor((2 * n[i] * 1000 + d[i]) / (2 * d[i])), false);
const yoyFloor = (i) => {
  const diff = b[i] - d[i];
  const a = diff < 0 ? -diff : diff;
  return fmt1(Math.floor((2 * a * 1000 + d[i]) / (2 * d[i])), diff < 0);
};
// 100·(b/(2d) − n/d) in points: the change from rate n/d to rate b/(2d), half-up to one decimal.
const ppFloor = (i) => {
  const num = b[i] - 2 * n[i];
  const den = 2 * d[i];
  const a = num < 0 ? -num : num;
  return fmt1(Math.floor((2 * a * 1000 + den) / (2 * den)), num < 0);
};
/** Which roundings (1 half-up, 2 half-even, 4 truncate) reproduce the printed tenths, and the half-up figure. */
const compareFloor = (i) => {
  const s = printed[i];
  const dot = s.indexOf('.');
  const target = Number(s.slice(0, dot)) * 10 + (s.charCodeAt(dot + 1) - 48);
  const a = n[i] * 1000;
  const q = Math.floor(a / d[i]);
  const r2 = 2 * (a - q * d[i]);
  const up = r2 >= d[i] ? q + 1 : q;
  const even = r2 > d[i] || (r2 === d[i] && q % 2 === 1) ? q + 1 : q;
  const bits = (up === target ? 1 : 0) | (even === target ? 2 : 0) | (q === target ? 4 : 0);
  return `${bits}${fmt1(up, false)}`;
};
const BIT = { 'half-up': 1, 'half-even': 2, truncate: 4 };
const compareSubject = (i) => {
  const c = compareReported(rate(n[i], d[i]), printed[i]);
  let bits = 0;
  for (const m of c.conventions) bits |= BIT[m];
  return `${bits}${c.computed}`;
};

const tasks = {
  'floor: integer rate': percentFloor,
  'decimal.js': (i) => new Decimal(n[i]).div(d[i]).mul(100).toFixed(1),
  'rate(n, d).toPercent(1)': (i) => rate(n[i], d[i]).toPercent(1),
  'floor: integer yoy': yoyFloor,
  'yoyChange(a, b).toPercent(1)': (i) => yoyChange(d[i], b[i]).toPercent(1),
  'floor: integer compare': compareFloor,
  'compareReported(rate(n, d), printed)': compareSubject,
  'floor: integer pp': ppFloor,
  'ppChange(rate, rate).toFixed(1)': (i) => ppChange(rate(n[i], d[i]), rate(b[i], 2 * d[i])).toFixed(1),
};
// Each subject is set beside the floor that computes the same figures.
const floorOf = {
  'decimal.js': 'floor: integer rate',
  'rate(n, d).toPercent(1)': 'floor: integer rate',
  'yoyChange(a, b).toPercent(1)': 'floor: integer yoy',
  'compareReported(rate(n, d), printed)': 'floor: integer compare',
  'ppChange(rate, rate).toFixed(1)': 'floor: integer pp',
};

function time(task) {
  const t = process.hrtime.bigint();
  for (let i = 0; i < PAIRS; i++) use(task(i));
  return Number(process.hrtime.bigint() - t) / 1e6;
}

// One warm-up pass each (compilation), then REPS alternating repetitions.
for (const task of Object.values(tasks)) time(task);
const ms = Object.fromEntries(Object.keys(tasks).map((k) => [k, []]));
for (let r = 0; r < REPS; r++) for (const [name, task] of Object.entries(tasks)) ms[name].push(time(task));

// Exactness: every output against its floor's.
const disagreements = {};
for (const [subject, floor] of Object.entries(floorOf)) {
  let count = 0;
  for (let i = 0; i < PAIRS; i++) if (tasks[subject](i) !== tasks[floor](i)) count++;
  disagreements[subject] = count;
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, k = 2) => Number(x.toFixed(k));
const steps = {};
for (const [name, list] of Object.entries(ms)) {
  const floor = floorOf[name];
  // The ratio of each repetition to the floor run just before it, then the median of those.
  const ratios = floor === undefined ? undefined : list.map((t, r) => t / ms[floor][r]);
  steps[name] = {
    medianMs: round(median(list), 1),
    rangeMs: [round(Math.min(...list), 1), round(Math.max(...list), 1)],
    ...(ratios === undefined
      ? {}
      : {
          floor,
          ratio: round(median(ratios)),
          ratioRange: [round(Math.min(...ratios)), round(Math.max(...ratios))],
          disagreements: disagreements[name],
        }),
  };
}
process.stdout.write(`${JSON.stringify({ count: PAIRS, reps: REPS, sink, steps })}\n`);
