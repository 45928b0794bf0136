import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { amount, count, partOf, stock } from './define.js';

const area = 'legal-services';

/** 司法鉴定: forensic appraisal institutions and appraisers a judicial bureau registers and supervises. */
export const forensicAppraisalIndicators: readonly Indicator[] = [
  stock({
    id: 'forensicAppraisal.institutions',
    name: '司法鉴定机构',
    nameEn: 'Forensic appraisal institutions',
    synonyms: ['鉴定机构', '司法鉴定机构'],
    unit: 'organisations',
    area,
  }),
  stock({
    id: 'forensicAppraisal.appraisers',
    name: '司法鉴定人',
    nameEn: 'Forensic appraisers',
    synonyms: ['鉴定人', '司法鉴定人'],
    unit: 'people',
    area,
  }),
  count({
    id: 'forensicAppraisal.cases',
    name: '司法鉴定案件',
    nameEn: 'Forensic appraisal cases',
    synonyms: ['鉴定案件', '受理鉴定案件', '办理鉴定案件', '司法鉴定业务', '鉴定业务'],
    unit: 'cases',
    area,
  }),
  amount({
    id: 'forensicAppraisal.amountInvolved',
    name: '司法鉴定涉及金额',
    nameEn: 'Amount involved in forensic appraisal cases',
    synonyms: ['涉及金额', '涉案金额'],
    area,
    description:
      'As printed (涉及金额); reports rarely say whether this is the disputed amount or the fees charged.',
  }),
  count({
    id: 'forensicAppraisal.feeWaivedCases',
    name: '减免费用鉴定案件',
    nameEn: 'Forensic appraisal cases with fees waived or reduced',
    synonyms: ['减免鉴定费用的鉴定案件', '减免费用的鉴定案件'],
    unit: 'cases',
    area,
  }),
  amount({
    id: 'forensicAppraisal.feesWaived',
    name: '减免鉴定费用',
    nameEn: 'Forensic appraisal fees waived or reduced',
    synonyms: ['减免鉴定费', '减免鉴定费用'],
    area,
  }),
];

/** Relations among forensic appraisal indicators. */
export const forensicAppraisalRelations: readonly Relation[] = [
  partOf(
    'forensicAppraisal.feeWaivedCases',
    'forensicAppraisal.cases',
    'Fee-waived appraisal cases are among the appraisal cases',
    '减免费用鉴定案件属于司法鉴定案件',
  ),
];
