import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { count, stock } from './define.js';

const area = 'legal-services';

/** 司法鉴定: forensic appraisal institutions a judicial bureau registers and supervises. */
export const forensicAppraisalIndicators: readonly Indicator[] = [
  count({
    id: 'forensicAppraisal.cases',
    name: '司法鉴定案件',
    nameEn: 'Forensic appraisal cases handled',
    synonyms: ['司法鉴定机构办理案件', '司法鉴定业务', '办理司法鉴定案件'],
    unit: 'cases',
    area,
  }),
  stock({
    id: 'forensicAppraisal.institutions',
    name: '司法鉴定机构',
    nameEn: 'Forensic appraisal institutions',
    synonyms: ['司法鉴定机构', '鉴定机构'],
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'forensicAppraisal.appraisers',
    name: '司法鉴定人',
    nameEn: 'Forensic appraisers',
    synonyms: ['司法鉴定人', '鉴定人'],
    unit: 'people',
    area,
  }),
];

/** Relations among forensic appraisal indicators (none yet). */
export const forensicAppraisalRelations: readonly Relation[] = [];
