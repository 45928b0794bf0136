import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf, ratio } from './define.js';

const area = 'leadership';
const { count, rate } = inArea(area);

/** 法治督察: inspections of how localities and departments carry out rule-of-law duties. */
export const inspectionIndicators: readonly Indicator[] = [
  count(
    'inspection.inspections',
    '法治督察',
    'Rule-of-law inspections',
    ['督察', '专项督察', '法治督察', '实地督察'],
    'times',
  ),
  count(
    'inspection.problems',
    '督察发现问题',
    'Problems found by inspections',
    ['反馈问题', '督察问题'],
    'items',
  ),
  count(
    'inspection.problemCategories',
    '督察问题类别',
    'Categories of problems found by inspections',
    ['督察问题类别'],
    'items',
    { description: 'Categories (类) grouping the problems found: 咸宁市 2024 "7大类23个问题".' },
  ),
  count(
    'inspection.problemsRectified',
    '督察问题整改',
    'Inspection problems rectified',
    ['整改销号', '完成整改', '已整改'],
    'items',
    { polarity: 'higherIsBetter' },
  ),
  rate(
    'inspection.rectificationRate',
    '督察问题整改率',
    'Rectification rate of inspection problems',
    ['整改率'],
    'higherIsBetter',
    [ratio('problems', ['inspection.problemsRectified'], ['inspection.problems'])],
  ),
  rate(
    'inspection.coverage',
    '法治督察覆盖率',
    'Share of units covered by rule-of-law inspection',
    ['督察全覆盖'],
    'higherIsBetter',
  ),
];

/** Relations among inspection indicators. */
export const inspectionRelations: readonly Relation[] = [
  partOf(
    'inspection.problemsRectified',
    'inspection.problems',
    'Problems rectified cannot exceed problems found',
    '整改问题数不超过发现问题数',
  ),
  partOf(
    'inspection.problemCategories',
    'inspection.problems',
    'Every category of problems holds at least one problem',
    '每一类问题至少含一个问题',
  ),
];
