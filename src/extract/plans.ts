/** Whether a figure stands in the part of a report that plans the coming year (四、2025年工作安排, 下一步打算). */
import { type Section, sectionsAt } from './segment.js';

/** Words of a heading that look ahead: 下一步, 今后, 明年, 下一阶段. */
const AHEAD = /下一?步|今后|明年|来年|下一?阶段|下一年/;
/** Words of a heading that plan: 工作安排, 计划, 打算, 思路, 重点, 目标. */
const PLANS = /安排|计划|打算|思路|重点|目标|任务|展望/;

/**
 * Whether a figure stands under a heading that plans work ahead: one that looks ahead (下一步工作打算), or names a
 * year after the report's with planning words (2025年推进法治政府建设工作安排 in a report on 2024). Figures there are
 * targets, not what was done.
 *
 * @param sections - the sections of the text
 * @param index - where the figure stands
 * @param year - the year the report is about
 * @returns whether the figure is planned
 */
export function inPlanSection(sections: readonly Section[], index: number, year: number): boolean {
  return sectionsAt(sections, index).some((s) => {
    if (AHEAD.test(s.heading) && PLANS.test(s.heading)) return true;
    const years = [...s.heading.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
    return years.length > 0 && years.every((y) => y > year) && PLANS.test(s.heading);
  });
}
