import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { count, partOf } from './define.js';

const area = 'rules-system';

/** 行政规范性文件 and 规章: review, filing, clean-up, repeal and amendment. */
export const normativeDocumentsIndicators: readonly Indicator[] = [
  count({
    id: 'normativeDocuments.reviewed',
    name: '规范性文件合法性审核',
    nameEn: 'Normative documents reviewed for legality',
    synonyms: ['审查', '合法性审核', '规范性文件合法性审核', '对规范性文件进行审查', '规范性审查业务'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'normativeDocuments.filed',
    name: '规范性文件备案',
    nameEn: 'Normative documents filed for record review',
    synonyms: ['备案', '备案审查', '文件备案', '完成备案审查规范性文件'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'normativeDocuments.corrected',
    name: '备案审查纠错',
    nameEn: 'Filed documents corrected after record review',
    synonyms: ['纠错', '有错必纠'],
    unit: 'documents',
    area,
    polarity: 'lowerIsBetter',
  }),
  count({
    id: 'normativeDocuments.postEvaluated',
    name: '规范性文件后评估',
    nameEn: 'Normative documents evaluated after adoption',
    synonyms: ['后评估'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'normativeDocuments.cleanupCampaigns',
    name: '规范性文件专项清理',
    nameEn: 'Clean-up campaigns of normative documents',
    synonyms: ['专项清理', '专项文件清理'],
    unit: 'times',
    area,
  }),
  count({
    id: 'normativeDocuments.cleanedUp',
    name: '清理规范性文件',
    nameEn: 'Normative documents examined in clean-ups',
    synonyms: ['清理', '全面清理', '清理行政规范性文件'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'normativeDocuments.repealed',
    name: '废止',
    nameEn: 'Normative documents repealed',
    synonyms: ['废止', '宣布废止', '宣布失效'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'normativeDocuments.amended',
    name: '修改',
    nameEn: 'Normative documents amended',
    synonyms: ['部分修改', '修改'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'normativeDocuments.revisionStarted',
    name: '启动修订',
    nameEn: 'Normative documents whose revision was started',
    synonyms: ['启动修订', '拟修订'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'normativeDocuments.regulationsCleanedUp',
    name: '清理政府规章',
    nameEn: 'Government regulations (规章) examined in clean-ups',
    synonyms: ['政府规章', '清理政府规章'],
    unit: 'documents',
    area,
  }),
  count({
    id: 'normativeDocuments.planned',
    name: '规范性文件立项计划',
    nameEn: 'Normative documents in the drafting plan',
    synonyms: ['立项计划'],
    unit: 'documents',
    area,
  }),
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
