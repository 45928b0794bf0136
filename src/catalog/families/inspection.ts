import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { count, partOf, rate, ratio } from './define.js';

const area = 'leadership';

/** 法治督察: inspections of how localities and departments carry out rule-of-law duties. */
export const inspectionIndicators: readonly Indicator[] = [
  count({
    id: 'inspection.inspections',
    name: '法治督察',
    nameEn: 'Rule-of-law inspections',
    synonyms: ['督察', '专项督察', '法治督察', '实地督察'],
    unit: 'times',
    area,
  }),
  count({
    id: 'inspection.problems',
    name: '督察发现问题',
    nameEn: 'Problems found by inspections',
    synonyms: ['反馈问题', '督察问题'],
    unit: 'items',
    area,
  }),
  count({
    id: 'inspection.problemCategories',
    name: '督察问题类别',
    nameEn: 'Categories of problems found by inspections',
    synonyms: ['督察问题类别'],
    unit: 'items',
    area,
    description: 'Categories (类) grouping the problems found: 咸宁市 2024 "7大类23个问题".',
  }),
  count({
    id: 'inspection.problemsRectified',
    name: '督察问题整改',
    nameEn: 'Inspection problems rectified',
    synonyms: ['整改销号', '完成整改', '已整改'],
    unit: 'items',
    area,
    polarity: 'higherIsBetter',
  }),
  rate({
    id: 'inspection.rectificationRate',
    name: '督察问题整改率',
    nameEn: 'Rectification rate of inspection problems',
    synonyms: ['整改率'],
    polarity: 'higherIsBetter',
    area,
    formulas: [ratio('problems', ['inspection.problemsRectified'], ['inspection.problems'])],
  }),
  rate({
    id: 'inspection.coverage',
    name: '法治督察覆盖率',
    nameEn: 'Share of units covered by rule-of-law inspection',
    synonyms: ['督察全覆盖'],
    polarity: 'higherIsBetter',
    area,
  }),
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
