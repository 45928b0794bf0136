/**
 * Rule `publishedRates`, for shares and changes: a printed share (占比) is recomputed from its part and whole,
 * a printed change (同比) from the level of its year and of its base year — found in the same group, the group
 * before, another group of the dataset, or another file of a panel — and compared like a printed rate, at its
 * printed precision.
 *
 * Codes (with `details.measure`):
 * - `reported_rate_rounding` (warning) — consistent only when rounded by truncation or half-even.
 * - `reported_rate_mismatch` (warning) — no rounding reproduces it; for a share, `details.alternativePart` names a
 *   figure of the same scope that does.
 * - `ambiguous_change` (warning) — the change matches only under another reading: "增长了N倍" that is ×N, not
 *   ×(N+1) (`details.reading: "ratio"`), a change of a rate printed in per cent that is its change in percentage
 *   points (`"percentagePoints"`), or one printed in points that is its change in per cent (`"percent"`); a rate's
 *   change names both readings (`details.readings: { percent, percentagePoints }`), mismatched or ambiguous.
 * - `approximate_value_far` (warning) — a 约/左右 share or change further from what the data give than one unit of
 *   its last printed digit.
 * @module
 */
import { compareReported, type ReportedComparison } from '../../compare-reported.js';
import { type Issue, issue } from '../../errors.js';
import * as arith from '../../internal/arith.js';
import type { Indicator } from '../../model/indicator.js';
import type { Observation } from '../../model/observation.js';
import { rate } from '../../rate.js';
import type { Entry } from '../context.js';
import type { MeasureKeys } from '../levels.js';
import { compareTo } from '../numeric.js';
import { withLine } from '../zod-issues.js';
import { approximateFar } from './approximate.js';

/** A level figure found for a share or change: the observation, where it is, and in which file. */
export interface Found {
  /** The observation. */
  readonly o: Observation;
  /** Its index in its file. */
  readonly i: number;
  /** Its line, for line-based files. */
  readonly line?: number | undefined;
  /** Its file, when it is not the checked observation's own. */
  readonly file?: string | undefined;
}

/** What the check needs around it. */
export interface MeasureContext {
  /** Finds the level figure at a key (see `levelKey`). */
  readonly lookup: (key: string) => Found | undefined;
  /** The dataset's target for a jurisdiction, year and indicator. */
  readonly target?: (jurisdiction: string, year: number, indicator: string) => string | number | undefined;
  /** Figures of the checked observation's scope, for the search of a part that reproduces a share. */
  readonly sameScope?: readonly Entry[];
  /** Receives each issue. */
  readonly emit: (i: Issue) => void;
}

/**
 * Checks one share or change.
 * @param e - the share or change
 * @param def - its indicator
 * @param keys - where its levels are (`measureKeys`)
 * @param mc - lookups and the sink
 * @returns `false` when a level it needs is not (yet) found, so that it can be tried again later
 * @example
 * ```ts
 * if (!checkMeasure(e, def, measureKeys(e, dims), mc)) pending.push(e)
 * ```
 */
export function checkMeasure(e: Entry, def: Indicator, keys: MeasureKeys, mc: MeasureContext): boolean {
  const o = e.o;
  const part = mc.lookup(keys.part);
  if (o.measure === 'share') {
    // A share of no cell and no shareOf other than a total row's 100 is an invalid_measure (values rule) already.
    const noWhole = o.shareOf === undefined && Object.keys(o.dimensions ?? {}).length === 0;
    if (noWhole && compareTo(o.value, 100) !== 0) return true;
    const whole =
      keys.whole === undefined ? targetFound(o, mc) : (mc.lookup(keys.whole) as Found | undefined);
    if (part === undefined || whole === undefined) return false;
    checkShare(e, def, part, whole, mc);
    return true;
  }
  let base = keys.whole === undefined ? undefined : mc.lookup(keys.whole);
  if (part === undefined) return false;
  if (base === undefined) {
    // 增加842件 beside 增幅18.38%: the base is the current level less the difference.
    base = derivedBase(o, part, mc);
    if (base === undefined) return false;
  }
  checkChange(e, def, part, base, mc);
  return true;
}

function targetFound(o: Observation, mc: MeasureContext): Found | undefined {
  const v = mc.target?.(o.jurisdiction, o.year, o.shareOf?.indicator ?? o.indicator);
  if (v === undefined) return undefined;
  return {
    o: { jurisdiction: o.jurisdiction, year: o.year, indicator: o.indicator, value: v },
    i: -1,
    file: 'target',
  };
}

function derivedBase(o: Observation, current: Found, mc: MeasureContext): Found | undefined {
  if (o.measure === 'yoyDifference' || mc.sameScope === undefined) return undefined;
  const diff = mc.sameScope.find(
    (x) =>
      x.o.measure === 'yoyDifference' &&
      x.o.indicator === o.indicator &&
      (x.o.baseYear ?? x.o.year - 1) === (o.baseYear ?? o.year - 1) &&
      sameCell(x.o, o),
  );
  const c = exactValue(current.o);
  const d = diff === undefined ? undefined : exactValue(diff.o);
  if (diff === undefined || c === undefined || d === undefined) return undefined;
  return { o: { ...current.o, value: arith.sub(c, d) }, i: diff.i, line: diff.line };
}

function sameCell(a: Observation, b: Observation): boolean {
  const x = a.dimensions ?? {};
  const y = b.dimensions ?? {};
  const kx = Object.keys(x);
  return kx.length === Object.keys(y).length && kx.every((k) => x[k] === y[k]);
}

/** The canonical value of an exact figure, `undefined` for a qualified one. */
function exactValue(o: Observation): string | undefined {
  if (o.qualifier !== undefined && o.qualifier !== 'exact') return undefined;
  return arith.canonical(o.value);
}

function where(f: Found): string {
  return f.i < 0 ? 'the target' : `${f.file === undefined ? '' : `${f.file} `}observations[${f.i}]`;
}

function checkShare(e: Entry, def: Indicator, part: Found, whole: Found, mc: MeasureContext): void {
  const n = exactValue(part.o);
  const d = exactValue(whole.o);
  if (n === undefined || d === undefined || arith.isZero(d)) return;
  const facts = {
    measure: 'share',
    part: where(part),
    partValue: n,
    whole: where(whole),
    wholeValue: d,
    ...(part.file === undefined ? {} : { partFile: part.file }),
    ...(whole.file === undefined || whole.i < 0 ? {} : { wholeFile: whole.file }),
  };
  const c = compare(e, n, d, mc, facts);
  if (c === undefined || c.consistent) return;
  // 申请人自愿撤回9件，占案件受理总数的17.8%: the share belongs to another figure of the scope (终止13件).
  const alt = mc.sameScope?.find((x) => {
    const v = x !== e && x.o.measure === undefined && x.o.unit === part.o.unit ? exactValue(x.o) : undefined;
    if (v === undefined || x.o.indicator.split('.')[0] !== def.id.split('.')[0]) return false;
    return compareReported(rate(v, d), e.o.value).consistent;
  });
  mismatch(e, def, c, n, d, mc, {
    ...facts,
    ...(alt === undefined
      ? {}
      : {
          alternativePart: `observations[${alt.i}]`,
          alternativeIndicator: alt.o.indicator,
          alternativeValue: alt.o.value,
        }),
  });
}

function checkChange(e: Entry, def: Indicator, current: Found, base: Found, mc: MeasureContext): void {
  const o = e.o;
  const c = exactValue(current.o);
  const b = exactValue(base.o);
  if (c === undefined || b === undefined) return;
  const facts = {
    measure: o.measure,
    baseYear: o.baseYear ?? o.year - 1,
    current: where(current),
    currentValue: c,
    base: where(base),
    baseValue: b,
    ...(base.file === undefined ? {} : { baseFile: base.file }),
    ...(current.file === undefined ? {} : { currentFile: current.file }),
  };
  const diff = arith.sub(c, b);
  switch (o.measure) {
    case 'yoyDifference': {
      if (o.qualifier === 'approx') {
        approximateFar(e, def, diff, mc.emit, facts);
        return;
      }
      if (exactValue(o) === undefined || arith.cmp(diff, arith.canonical(o.value) ?? diff) === 0) return;
      emitMismatch(
        e,
        mc,
        `${def.nameEn}: the change is printed as ${String(o.value)} but ${c} − ${b} = ${diff}`,
        `${def.name}：增减数公布为 ${String(o.value)}，但 ${c} − ${b} = ${diff}`,
        { indicator: def.id, reported: o.value, computed: diff, ...facts },
      );
      return;
    }
    case 'ppChange': {
      // "提高2.3个百分点" that is really a relative change of 2.3%: the other reading, tried when points fail.
      const asPercent =
        arith.isZero(b) || o.qualifier === 'approx' || exactValue(o) === undefined
          ? undefined
          : compareReported(rate(diff, b), o.value);
      checkPoints(e, def, current, base, diff, mc, facts, asPercent);
      return;
    }
    case 'yoyRatio':
      if (!arith.isZero(b)) compare(e, c, arith.mul(b, '100'), mc, facts, true);
      return;
    case 'yoyGrowthTimes': {
      if (arith.isZero(b)) return;
      const strict = compareTimes(e, diff, b);
      if (strict?.conventions.includes('half-up')) return;
      const loose = compareTimes(e, c, b);
      if (loose?.consistent && !strict?.consistent) {
        ambiguous(e, def, 'ratio', loose, mc, facts);
        return;
      }
      compare(e, diff, arith.mul(b, '100'), mc, facts, true);
      return;
    }
    default: {
      if (arith.isZero(b)) return;
      const r = o.qualifier === 'approx' ? undefined : compareReported(rate(diff, b), o.value);
      if (r !== undefined && !r.consistent && def.kind === 'rate') {
        // 出庭应诉率…比2015年上升13.4%: perhaps 13.4 percentage points, not per cent; either way both readings are named.
        const points = compareReported(rate(diff, '100'), o.value);
        const readings = { percent: r.computed, percentagePoints: points.computed };
        if (points.consistent) ambiguous(e, def, 'percentagePoints', points, mc, { ...facts, readings });
        else compare(e, diff, b, mc, { ...facts, readings });
        return;
      }
      compare(e, diff, b, mc, facts);
    }
  }
}

function compareTimes(e: Entry, n: string, d: string): ReportedComparison | undefined {
  if (exactValue(e.o) === undefined) return undefined;
  return compareReported(rate(n, arith.mul(d, '100')), e.o.value);
}

/** A change in percentage points of two printed rates, within the rounding of all three figures. */
function checkPoints(
  e: Entry,
  def: Indicator,
  current: Found,
  base: Found,
  diff: string,
  mc: MeasureContext,
  facts: Record<string, unknown>,
  asPercent: ReportedComparison | undefined,
): void {
  const o = e.o;
  if (o.qualifier === 'approx') {
    approximateFar(e, def, diff, mc.emit, facts);
    return;
  }
  const printed = exactValue(o);
  if (printed === undefined) return;
  const unit = (v: number | string) => arith.shift('1', -arith.decimalPlaces(String(v)));
  // Each printed figure may be off by one unit of its last digit (truncation): their sum bounds the gap.
  const slack = arith.add(arith.add(unit(current.o.value), unit(base.o.value)), unit(o.value));
  const gap = arith.sub(diff, printed);
  if (arith.cmp(arith.isNegative(gap) ? arith.sub('0', gap) : gap, slack) <= 0) return;
  const readings = {
    percentagePoints: diff,
    ...(asPercent === undefined ? {} : { percent: asPercent.computed }),
  };
  if (asPercent?.consistent) {
    ambiguous(e, def, 'percent', asPercent, mc, { ...facts, readings });
    return;
  }
  const other = asPercent === undefined ? '' : `; as a change in per cent it would be ${asPercent.computed}%`;
  const otherZh = asPercent === undefined ? '' : `；按百分比计算则为 ${asPercent.computed}%`;
  emitMismatch(
    e,
    mc,
    `${def.nameEn} changed by ${diff} percentage points (${String(current.o.value)} − ${String(base.o.value)}), not ${String(o.value)}${other}`,
    `${def.name}变化了 ${diff} 个百分点(${String(current.o.value)} − ${String(base.o.value)})，而非公布的 ${String(o.value)}${otherZh}`,
    { indicator: def.id, reported: o.value, computed: diff, ...facts, readings },
  );
}

/**
 * Compares a printed share or change with n/d (×100; a ratio passes d × 100), emitting what is found; returns the
 * comparison (`undefined` for a 约 figure, checked for nearness instead).
 */
function compare(
  e: Entry,
  n: string,
  d: string,
  mc: MeasureContext,
  facts: Record<string, unknown>,
  ratio = false,
): ReportedComparison | undefined {
  const o = e.o;
  const def = e.d;
  if (def === undefined) return undefined;
  if (o.qualifier === 'approx') {
    const exact = arith.divRound(arith.mul(n, '100'), d, 6, 'half-up');
    if (exact !== undefined)
      approximateFar(e, def, exact, mc.emit, { ...facts, numerator: n, denominator: d });
    return undefined;
  }
  if (exactValue(o) === undefined) return undefined;
  const c = compareReported(rate(n, d), o.value);
  if (c.conventions.includes('half-up')) return c;
  if (c.consistent) {
    const names = c.conventions.join(' or ');
    mc.emit(
      withLine(
        issue(
          'reported_rate_rounding',
          'warning',
          `observations[${e.i}].value`,
          `${def.nameEn} ${o.measure} ${String(o.value)} matches ${show(n, d, ratio)} only when rounded by ${names}, not half-up (${c.computed})`,
          `${def.name}的${measureZh(o.measure)} ${String(o.value)} 仅在按${c.conventions.includes('truncate') ? '截尾' : '四舍六入五成双'}取舍时与 ${show(n, d, ratio)} 一致；四舍五入应为 ${c.computed}`,
          {
            indicator: def.id,
            reported: o.value,
            computed: c.computed,
            conventions: c.conventions,
            numerator: n,
            denominator: d,
            ...facts,
          },
        ),
        e.line,
      ),
    );
    return c;
  }
  if (facts.measure !== 'share') mismatch(e, def, c, n, d, mc, facts, ratio);
  return c;
}

function mismatch(
  e: Entry,
  def: Indicator,
  c: ReportedComparison,
  n: string,
  d: string,
  mc: MeasureContext,
  facts: Record<string, unknown>,
  ratio = false,
): void {
  const o = e.o;
  const alt =
    typeof facts.alternativeIndicator === 'string'
      ? `; ${String(facts.alternativeValue)} (${facts.alternativeIndicator}, ${String(facts.alternativePart)}) reproduces it`
      : '';
  const altZh =
    typeof facts.alternativeIndicator === 'string'
      ? `；按 ${String(facts.alternativeValue)}(${facts.alternativeIndicator})计算则一致`
      : '';
  const readings = facts.readings as { percentagePoints?: string } | undefined;
  const points =
    readings?.percentagePoints === undefined
      ? ['', '']
      : [
          `; read as percentage points the change is ${readings.percentagePoints}`,
          `；按百分点计为 ${readings.percentagePoints} 个百分点`,
        ];
  emitMismatch(
    e,
    mc,
    `${def.nameEn} ${o.measure} is printed as ${String(o.value)} but ${show(n, d, ratio)} gives ${c.computed}${alt}${points[0]}`,
    `${def.name}的${measureZh(o.measure)}公布为 ${String(o.value)}，但按 ${show(n, d, ratio)} 计算为 ${c.computed}${altZh}${points[1]}`,
    {
      indicator: def.id,
      reported: o.value,
      computed: c.computed,
      numerator: n,
      denominator: d,
      ...facts,
    },
  );
}

/** A printed share or change the data does not give: `reported_rate_mismatch` on the observation's value. */
function emitMismatch(
  e: Entry,
  mc: MeasureContext,
  message: string,
  messageZh: string,
  details: Record<string, unknown>,
): void {
  mc.emit(
    withLine(
      issue('reported_rate_mismatch', 'warning', `observations[${e.i}].value`, message, messageZh, details),
      e.line,
    ),
  );
}

function ambiguous(
  e: Entry,
  def: Indicator,
  reading: 'ratio' | 'percentagePoints' | 'percent',
  c: ReportedComparison,
  mc: MeasureContext,
  facts: Record<string, unknown>,
): void {
  const o = e.o;
  const v = String(o.value);
  const r = (facts.readings ?? {}) as { percent?: string; percentagePoints?: string };
  const fromTo = `${String(facts.baseValue)} → ${String(facts.currentValue)}`;
  const [en, zh] =
    reading === 'ratio'
      ? [
          `"增长了${v}倍" strictly means ×${arith.add(v, '1')}, but the figures give ×${v}: the report means 是…的${v}倍`,
          `“增长了${v}倍”严格说是原来的${arith.add(v, '1')}倍，但数据只是原来的${v}倍：报告实指“是…的${v}倍”`,
        ]
      : reading === 'percentagePoints'
        ? [
            `a change of ${v}% reads two ways: as ${v} percentage points (${fromTo}) it matches; as a change in per cent it would be ${r.percent}%`,
            `变化 ${v}% 有两种读法：按百分点(${fromTo})相符；按百分比计算则为 ${r.percent}%`,
          ]
        : [
            `a change of ${v} percentage points reads two ways: as a change in per cent (${fromTo}) it matches; in percentage points the change is ${r.percentagePoints}`,
            `变化 ${v} 个百分点有两种读法：按百分比(${fromTo})相符；按百分点计算则为 ${r.percentagePoints} 个百分点`,
          ];
  mc.emit(
    withLine(
      issue(
        'ambiguous_change',
        'warning',
        `observations[${e.i}].value`,
        `${def.nameEn}: ${en}`,
        `${def.name}：${zh}`,
        {
          indicator: def.id,
          reported: o.value,
          reading,
          computed: c.computed,
          conventions: c.conventions,
          ...facts,
        },
      ),
      e.line,
    ),
  );
}

function show(n: string, d: string, ratio: boolean): string {
  return ratio ? `${n}/${arith.divRound(d, '100', 6, 'half-up') ?? d}` : `${n}/${d}`;
}

function measureZh(m: string | undefined): string {
  switch (m) {
    case 'share':
      return '占比';
    case 'yoyPercent':
      return '同比增幅';
    case 'yoyRatio':
      return '倍数';
    case 'yoyGrowthTimes':
      return '增长倍数';
    case 'ppChange':
      return '百分点变化';
    default:
      return '增减数';
  }
}
