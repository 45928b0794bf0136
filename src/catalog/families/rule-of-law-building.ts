import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { count, partOf } from './define.js';

const area = 'leadership';

/** 全面依法治市(县): committee meetings, training of officials, 述法, model units. */
export const ruleOfLawBuildingIndicators: readonly Indicator[] = [
  count({
    id: 'ruleOfLaw.committeeMeetings',
    name: '依法治县(市、区)委员会会议',
    nameEn: 'Meetings of the committee for law-based governance',
    synonyms: ['全面依法治县委员会会议', '依法治市委员会会议', '依法治县办公室会议'],
    unit: 'times',
    area,
  }),
  count({
    id: 'ruleOfLaw.officialsTrained',
    name: '参加法治培训的干部',
    nameEn: 'Officials trained in rule-of-law',
    synonyms: ['党员干部参与线上学习', '法治建设培训班'],
    unit: 'people',
    area,
  }),
  count({
    id: 'ruleOfLaw.leadersReportingOnLaw',
    name: '述法负责人',
    nameEn: 'Leaders who reported on their rule-of-law duties (述法)',
    synonyms: ['专题述法', '述法'],
    unit: 'people',
    area,
  }),
  count({
    id: 'ruleOfLaw.modelUnits',
    name: '法治建设先进(示范)单位',
    nameEn: 'Rule-of-law model units named',
    synonyms: ['先进单位', '示范单位', '先进典型'],
    unit: 'organisations',
    area,
  }),
  count({
    id: 'ruleOfLaw.modelDepartments',
    name: '法治建设先进单位(部门)',
    nameEn: 'Government departments named rule-of-law model units',
    synonyms: ['市直部门作为先进单位'],
    unit: 'organisations',
    area,
  }),
  count({
    id: 'ruleOfLaw.modelTownships',
    name: '法治建设先进单位(乡镇)',
    nameEn: 'Townships named rule-of-law model units',
    synonyms: ['乡镇作为先进单位'],
    unit: 'organisations',
    area,
  }),
];

/** Relations among rule-of-law building indicators. */
export const ruleOfLawBuildingRelations: readonly Relation[] = [
  partOf(
    'ruleOfLaw.modelDepartments',
    'ruleOfLaw.modelUnits',
    'Model departments are model units',
    '先进部门属于先进单位',
  ),
  partOf(
    'ruleOfLaw.modelTownships',
    'ruleOfLaw.modelUnits',
    'Model townships are model units',
    '先进乡镇属于先进单位',
  ),
];
