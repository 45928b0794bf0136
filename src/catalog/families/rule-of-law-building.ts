import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf } from './define.js';

const area = 'leadership';
const { count } = inArea(area);

/** 全面依法治市(县): committee meetings, training of officials, 述法, model units. */
export const ruleOfLawBuildingIndicators: readonly Indicator[] = [
  count(
    'ruleOfLaw.committeeMeetings',
    '依法治县(市、区)委员会会议',
    'Meetings of the committee for law-based governance',
    ['全面依法治县委员会会议', '依法治市委员会会议', '依法治县办公室会议'],
    'times',
  ),
  count(
    'ruleOfLaw.officialsTrained',
    '参加法治培训的干部',
    'Officials trained in rule-of-law',
    ['党员干部参与线上学习', '法治建设培训班'],
    'people',
  ),
  count(
    'ruleOfLaw.leadersReportingOnLaw',
    '述法负责人',
    'Leaders who reported on their rule-of-law duties (述法)',
    ['专题述法', '述法'],
    'people',
  ),
  count(
    'ruleOfLaw.modelUnits',
    '法治建设先进(示范)单位',
    'Rule-of-law model units named',
    ['先进单位', '示范单位', '先进典型'],
    'organisations',
  ),
  count(
    'ruleOfLaw.modelDepartments',
    '法治建设先进单位(部门)',
    'Government departments named rule-of-law model units',
    ['市直部门作为先进单位'],
    'organisations',
  ),
  count(
    'ruleOfLaw.modelTownships',
    '法治建设先进单位(乡镇)',
    'Townships named rule-of-law model units',
    ['乡镇作为先进单位'],
    'organisations',
  ),
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
