import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea } from './define.js';

const area = 'oversight';
const { count, stock } = inArea(area);

/** 法院: the people's assessors and outside supervisors that courts report in rule-of-law yearbooks. */
export const courtsIndicators: readonly Indicator[] = [
  count(
    'courts.assessorsAppointed',
    '选任人民陪审员',
    'People’s assessors appointed',
    ['选任人民陪审员', '新选任人民陪审员'],
    'people',
  ),
  stock(
    'courts.assessors',
    '人民陪审员',
    'People’s assessors in office',
    ['人民陪审员', '在任人民陪审员'],
    'people',
  ),
  count(
    'courts.assessorCases',
    '人民陪审员参审案件',
    'Cases heard with people’s assessors',
    ['参与案件审理', '参审案件', '陪审案件'],
    'cases',
  ),
  count(
    'courts.specialSupervisorsAppointed',
    '选聘特约监督员',
    'Special supervisors of the court appointed',
    ['特约监督员', '选聘特约监督员'],
    'people',
  ),
];

/** Relations among court indicators (none: assessors appointed in a year may serve beside those appointed before). */
export const courtsRelations: readonly Relation[] = [];
