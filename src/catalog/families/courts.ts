import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { count, stock } from './define.js';

const area = 'oversight';

/** 法院: the people's assessors and outside supervisors that courts report in rule-of-law yearbooks. */
export const courtsIndicators: readonly Indicator[] = [
  count({
    id: 'courts.assessorsAppointed',
    name: '选任人民陪审员',
    nameEn: 'People’s assessors appointed',
    synonyms: ['选任人民陪审员', '新选任人民陪审员'],
    unit: 'people',
    area,
  }),
  stock({
    id: 'courts.assessors',
    name: '人民陪审员',
    nameEn: 'People’s assessors in office',
    synonyms: ['人民陪审员', '在任人民陪审员'],
    unit: 'people',
    area,
  }),
  count({
    id: 'courts.assessorCases',
    name: '人民陪审员参审案件',
    nameEn: 'Cases heard with people’s assessors',
    synonyms: ['参与案件审理', '参审案件', '陪审案件'],
    unit: 'cases',
    area,
  }),
  count({
    id: 'courts.specialSupervisorsAppointed',
    name: '选聘特约监督员',
    nameEn: 'Special supervisors of the court appointed',
    synonyms: ['特约监督员', '选聘特约监督员'],
    unit: 'people',
    area,
  }),
];

/** Relations among court indicators (none: assessors appointed in a year may serve beside those appointed before). */
export const courtsRelations: readonly Relation[] = [];
