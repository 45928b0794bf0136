/**
 * The values rule on observations with the newer fields: a share, a change or a level, each against what its
 * measure allows (part of rule `values`).
 *
 * Codes:
 * - `invalid_measure` (error) — a measure that does not fit its indicator or the observation's other fields: a
 *   share of a rate, a `ppChange` of a count, any change of a change indicator, a share without a whole (no
 *   dimensions and no `shareOf`; a total row's 100 is its own whole and accepted), `shareOf` or `baseYear` on a figure that is not a share or a change, a
 *   `baseYear` not before the year, `breakdownComplete` on a share or change, a ratio below 0.
 * - `unit_mismatch` (error) — a `unit` other than the measure's: `percent` for shares and `yoyPercent`,
 *   `percentagePoints` for `ppChange`, `multiple` (倍) for `yoyRatio` and `yoyGrowthTimes`, the indicator's
 *   own for `level` and `yoyDifference`.
 * - `percent_out_of_range` (error) — a share of its own total outside 0–100, a fall of more than 100%, a change of
 *   more than 100 percentage points.
 * - `invalid_count` (error) — a `yoyDifference` of a count that is not whole.
 * @module
 */
import { issue } from '../../errors.js';
import type { Indicator } from '../../model/indicator.js';
import { CHANGE_MEASURES, type Measure } from '../../model/observation.js';
import type { Entry, RuleContext } from '../context.js';
import { compareTo, isWholeNonNegative, outside } from '../numeric.js';
import { withLine } from '../zod-issues.js';
import { checkValues, valueKind } from './values.js';

const CHANGES = new Set<string>(CHANGE_MEASURES);

/**
 * The unit an observation's value is in under its measure.
 * @param measure - the measure (`level` when absent)
 * @param def - the indicator
 * @returns a key of UNITS
 * @example
 * ```ts
 * measureUnit('share', getIndicator('legalAid.cases')!) // "percent"
 * ```
 */
export function measureUnit(measure: Measure | undefined, def: Indicator): string {
  switch (measure) {
    case 'share':
    case 'yoyPercent':
      return 'percent';
    case 'ppChange':
      return 'percentagePoints';
    case 'yoyRatio':
    case 'yoyGrowthTimes':
      return 'multiple';
    default:
      return def.unit;
  }
}

/**
 * Runs the values rule on an observation with the newer fields (`e.x`).
 * @param e - the observation
 * @param def - its indicator
 * @param ctx - the rule context
 * @param kind - `valueKind(def)`
 * @example
 * ```ts
 * if (e.x) checkMeasureValues(e, def, ctx)
 * ```
 */
export function checkMeasureValues(
  e: Entry,
  def: Indicator,
  ctx: RuleContext,
  kind: 0 | 1 | 2 = valueKind(def),
): void {
  const o = e.o;
  const measure = o.measure ?? 'level';
  const at = (f: string) => `observations[${e.i}].${f}`;
  const bad = (field: string, why: string, whyZh: string, extra: Record<string, unknown> = {}): void => {
    ctx.emit(
      withLine(
        issue('invalid_measure', 'error', at(field), `${def.id}: ${why}`, `${def.name}：${whyZh}`, {
          indicator: def.id,
          measure,
          ...extra,
        }),
        e.line,
      ),
    );
  };
  const isChange = CHANGES.has(measure);
  if (o.baseYear !== undefined) {
    if (!isChange) {
      bad(
        'baseYear',
        'baseYear is only for changes (yoyPercent, yoyDifference …)',
        '只有变化量才有比较基期 baseYear',
      );
    } else if (o.baseYear >= o.year) {
      bad(
        'baseYear',
        `the base year ${o.baseYear} must be before ${o.year}`,
        `比较基期 ${o.baseYear} 应早于 ${o.year}`,
        {
          baseYear: o.baseYear,
        },
      );
    }
  }
  if (o.shareOf !== undefined && measure !== 'share') {
    bad('shareOf', 'shareOf is only for shares (measure "share")', '只有占比(share)才有 shareOf');
  }
  if (o.breakdownComplete !== undefined && measure !== 'level') {
    bad(
      'breakdownComplete',
      'breakdownComplete belongs on the total itself, not on a share or change',
      'breakdownComplete 应标在合计数上',
    );
  }
  if (measure === 'level') {
    checkValues(e, def, ctx, kind);
    return;
  }
  if (def.kind === 'change') {
    bad(
      'measure',
      `${def.id} is already a change; give the change of the underlying indicator`,
      '该指标本身已是变化量',
    );
    return;
  }
  if (measure === 'share' && def.kind === 'rate') {
    bad('measure', 'a rate has no share; a share is of a count or amount', '比率指标没有占比');
    return;
  }
  if (measure === 'ppChange' && def.kind !== 'rate') {
    bad(
      'measure',
      'a change in percentage points (ppChange) is only for rates',
      '百分点变化(ppChange)只适用于比率指标',
    );
    return;
  }
  if (measure === 'yoyDifference' && def.kind === 'rate') {
    bad(
      'measure',
      'the difference of a rate is a change in percentage points: use "ppChange"',
      '比率的增减应使用百分点变化(ppChange)',
    );
    return;
  }
  // A share of nothing but itself is a total row's 100% (合计 | 59 | 100.0%): accepted, and checked as 59/59.
  const ownWhole = o.shareOf === undefined && Object.keys(o.dimensions ?? {}).length === 0;
  if (measure === 'share' && ownWhole && compareTo(o.value, 100) !== 0) {
    bad(
      'measure',
      'a share needs a whole: give its dimensions (a share of the total) or shareOf (of another indicator, jurisdiction or target); only a total row’s 100% is a share of itself',
      '占比须有总体：请给出 dimensions(占合计之比)或 shareOf(占其他指标、地区或目标之比)；只有合计行的100%是占自身之比',
    );
  }
  const unit = measureUnit(measure, def);
  if (o.unit !== undefined && o.unit !== unit) {
    ctx.emit(
      withLine(
        issue(
          'unit_mismatch',
          'error',
          at('unit'),
          `Unit "${o.unit}" does not fit a ${measure} of ${def.id}, which is in "${unit}"`,
          `单位“${o.unit}”与“${def.name}”的${measure}不符，应为“${unit}”`,
          { unit: o.unit, expected: unit, indicator: def.id, measure },
        ),
        e.line,
      ),
    );
  }
  const v = o.value;
  const out = (lo: number, hi: number, what: string, whatZh: string): void => {
    ctx.emit(
      withLine(
        issue(
          'percent_out_of_range',
          'error',
          at('value'),
          `${def.nameEn}: ${what}, but the value is ${String(v)}`,
          `“${def.name}”${whatZh}，实际为 ${String(v)}`,
          { value: v, indicator: def.id, measure, min: lo, ...(Number.isFinite(hi) ? { max: hi } : {}) },
        ),
        e.line,
      ),
    );
  };
  switch (measure) {
    case 'share': {
      const ofItself = o.shareOf?.indicator === undefined && o.shareOf?.target !== true;
      if (ofItself ? outside(v, 0, 100) : compareTo(v, 0) < 0) {
        out(
          0,
          ofItself ? 100 : Number.POSITIVE_INFINITY,
          'a share is from 0 to 100%',
          '的占比应在0至100%之间',
        );
      }
      break;
    }
    case 'yoyPercent':
      if (compareTo(v, -100) < 0)
        out(-100, Number.POSITIVE_INFINITY, 'nothing falls by more than 100%', '降幅不能超过100%');
      break;
    case 'ppChange':
      if (outside(v, -100, 100))
        out(-100, 100, 'a rate moves by at most 100 percentage points', '的变化不能超过100个百分点');
      break;
    case 'yoyRatio':
    case 'yoyGrowthTimes':
      if (compareTo(v, measure === 'yoyRatio' ? 0 : -1) < 0) {
        bad('value', `a ${measure} of ${String(v)} is impossible`, `${measure} 不能为 ${String(v)}`, {
          value: v,
        });
      }
      break;
    case 'yoyDifference': {
      const magnitude = typeof v === 'number' ? Math.abs(v) : v[0] === '-' || v[0] === '+' ? v.slice(1) : v;
      if (kind === 1 && !isWholeNonNegative(magnitude)) {
        ctx.emit(
          withLine(
            issue(
              'invalid_count',
              'error',
              at('value'),
              `${def.nameEn} is a count, so a change of ${String(v)} must be a whole number`,
              `“${def.name}”是计数，增减 ${String(v)} 应为整数`,
              { value: v, indicator: def.id, measure },
            ),
            e.line,
          ),
        );
      }
      break;
    }
  }
}
