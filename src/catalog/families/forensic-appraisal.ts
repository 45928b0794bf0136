import type { Indicator } from '../../model/indicator.js';
import type { Relation } from '../../model/relation.js';
import { inArea, partOf } from './define.js';

const area = 'legal-services';
const { amount, count, stock } = inArea(area);

/** 司法鉴定: forensic appraisal institutions and appraisers a judicial bureau registers and supervises. */
export const forensicAppraisalIndicators: readonly Indicator[] = [
  stock(
    'forensicAppraisal.institutions',
    '司法鉴定机构',
    'Forensic appraisal institutions',
    ['鉴定机构', '司法鉴定机构'],
    'organisations',
  ),
  stock(
    'forensicAppraisal.appraisers',
    '司法鉴定人',
    'Forensic appraisers',
    ['鉴定人', '司法鉴定人'],
    'people',
  ),
  count(
    'forensicAppraisal.cases',
    '司法鉴定案件',
    'Forensic appraisal cases',
    ['鉴定案件', '受理鉴定案件', '办理鉴定案件', '司法鉴定业务', '鉴定业务'],
    'cases',
  ),
  amount(
    'forensicAppraisal.amountInvolved',
    '司法鉴定涉及金额',
    'Amount involved in forensic appraisal cases',
    ['涉及金额', '涉案金额'],
    {
      description:
        'As printed (涉及金额); reports rarely say whether this is the disputed amount or the fees charged.',
    },
  ),
  count(
    'forensicAppraisal.feeWaivedCases',
    '减免费用鉴定案件',
    'Forensic appraisal cases with fees waived or reduced',
    ['减免鉴定费用的鉴定案件', '减免费用的鉴定案件'],
    'cases',
  ),
  amount('forensicAppraisal.feesWaived', '减免鉴定费用', 'Forensic appraisal fees waived or reduced', [
    '减免鉴定费',
    '减免鉴定费用',
  ]),
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
