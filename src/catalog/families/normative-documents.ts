import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf } from './define.js';

const area = 'rules-system';
const { count } = inArea(area);

/** 行政规范性文件 and 规章: review, filing, clean-up, repeal and amendment. */
export const normativeDocumentsIndicators: readonly Indicator[] = [
  count(
    'normativeDocuments.reviewed',
    '规范性文件合法性审核',
    'Normative documents reviewed for legality',
    ['审查', '合法性审核', '规范性文件合法性审核', '对规范性文件进行审查', '规范性审查业务'],
    'documents',
  ),
  count(
    'normativeDocuments.filed',
    '规范性文件备案',
    'Normative documents filed for record review',
    ['备案', '备案审查', '文件备案', '完成备案审查规范性文件'],
    'documents',
  ),
  count(
    'normativeDocuments.corrected',
    '备案审查纠错',
    'Filed documents corrected after record review',
    ['纠错', '有错必纠'],
    'documents',
    { polarity: 'lowerIsBetter' },
  ),
  count(
    'normativeDocuments.postEvaluated',
    '规范性文件后评估',
    'Normative documents evaluated after adoption',
    ['后评估'],
    'documents',
  ),
  count(
    'normativeDocuments.cleanupCampaigns',
    '规范性文件专项清理',
    'Clean-up campaigns of normative documents',
    ['专项清理', '专项文件清理'],
    'times',
  ),
  count(
    'normativeDocuments.cleanedUp',
    '清理规范性文件',
    'Normative documents examined in clean-ups',
    ['清理', '全面清理', '清理行政规范性文件'],
    'documents',
  ),
  count(
    'normativeDocuments.repealed',
    '废止',
    'Normative documents repealed',
    ['废止', '宣布废止', '宣布失效'],
    'documents',
  ),
  count(
    'normativeDocuments.amended',
    '修改',
    'Normative documents amended',
    ['部分修改', '修改'],
    'documents',
  ),
  count(
    'normativeDocuments.revisionStarted',
    '启动修订',
    'Normative documents whose revision was started',
    ['启动修订', '拟修订'],
    'documents',
  ),
  count(
    'normativeDocuments.regulationsCleanedUp',
    '清理政府规章',
    'Government regulations (规章) examined in clean-ups',
    ['政府规章', '清理政府规章'],
    'documents',
  ),
  count(
    'normativeDocuments.planned',
    '规范性文件立项计划',
    'Normative documents in the drafting plan',
    ['立项计划'],
    'documents',
  ),
];

/** Relations among normative document indicators. */
export const normativeDocumentsRelations: readonly Relation[] = [
  partOf(
    'normativeDocuments.repealed',
    'normativeDocuments.cleanedUp',
    'Documents repealed in a clean-up cannot exceed documents examined',
    '废止件数不超过清理件数',
  ),
  partOf(
    'normativeDocuments.amended',
    'normativeDocuments.cleanedUp',
    'Documents amended in a clean-up cannot exceed documents examined',
    '修改件数不超过清理件数',
  ),
  partOf(
    'normativeDocuments.revisionStarted',
    'normativeDocuments.cleanedUp',
    'Documents put up for revision cannot exceed documents examined',
    '启动修订件数不超过清理件数',
  ),
  partOf(
    'normativeDocuments.corrected',
    'normativeDocuments.filed',
    'Documents corrected after record review cannot exceed documents filed',
    '备案审查纠错件数不超过备案件数',
  ),
];
