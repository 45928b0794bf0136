import type { Dimension } from '../model/dimension.js';
import type { Indicator } from '../model/indicator.js';
import type { Catalog } from './catalog.js';
import { builtInCatalog } from './create-catalog.js';
import { defaultDimensions } from './dimensions/index.js';
import { arbitrationIndicators, arbitrationRelations } from './families/arbitration.js';
import { businessIndicators, businessRelations } from './families/business.js';
import {
  communityCorrectionIndicators,
  communityCorrectionRelations,
} from './families/community-correction.js';
import { courtsIndicators, courtsRelations } from './families/courts.js';
import {
  enforcementSupervisionIndicators,
  enforcementSupervisionRelations,
} from './families/enforcement-supervision.js';
import { forensicAppraisalIndicators, forensicAppraisalRelations } from './families/forensic-appraisal.js';
import { inspectionIndicators, inspectionRelations } from './families/inspection.js';
import { lawyersIndicators, lawyersRelations } from './families/lawyers.js';
import { legalAidIndicators, legalAidRelations } from './families/legal-aid.js';
import { legalPublicityIndicators, legalPublicityRelations } from './families/legal-publicity.js';
import { legalityReviewIndicators, legalityReviewRelations } from './families/legality-review.js';
import { litigationIndicators, litigationRelations } from './families/litigation.js';
import { mediationIndicators, mediationRelations } from './families/mediation.js';
import { normativeDocumentsIndicators, normativeDocumentsRelations } from './families/normative-documents.js';
import { notarizationIndicators, notarizationRelations } from './families/notarization.js';
import { organisationIndicators, organisationRelations } from './families/organisation.js';
import { publicLawyersIndicators, publicLawyersRelations } from './families/public-lawyers.js';
import {
  publicLegalServicesIndicators,
  publicLegalServicesRelations,
} from './families/public-legal-services.js';
import { reconsiderationIndicators, reconsiderationRelations } from './families/reconsideration.js';
import { resettlementIndicators, resettlementRelations } from './families/resettlement.js';
import { ruleOfLawBuildingIndicators, ruleOfLawBuildingRelations } from './families/rule-of-law-building.js';

/**
 * The built-in catalog: every indicator fazhi ships, grounded in what reports print. Checked by the test suite
 * rather than at import; its construction is marked pure, so a bundle that does not use it leaves it out.
 */
export const defaultCatalog: Catalog = /* @__PURE__ */ builtInCatalog({
  indicators: [
    ...reconsiderationIndicators,
    ...litigationIndicators,
    ...mediationIndicators,
    ...legalAidIndicators,
    ...notarizationIndicators,
    ...forensicAppraisalIndicators,
    ...lawyersIndicators,
    ...publicLawyersIndicators,
    ...publicLegalServicesIndicators,
    ...communityCorrectionIndicators,
    ...resettlementIndicators,
    ...legalPublicityIndicators,
    ...normativeDocumentsIndicators,
    ...legalityReviewIndicators,
    ...enforcementSupervisionIndicators,
    ...inspectionIndicators,
    ...businessIndicators,
    ...ruleOfLawBuildingIndicators,
    ...organisationIndicators,
    ...courtsIndicators,
    ...arbitrationIndicators,
  ],
  relations: [
    ...reconsiderationRelations,
    ...litigationRelations,
    ...mediationRelations,
    ...legalAidRelations,
    ...notarizationRelations,
    ...forensicAppraisalRelations,
    ...lawyersRelations,
    ...publicLawyersRelations,
    ...publicLegalServicesRelations,
    ...communityCorrectionRelations,
    ...resettlementRelations,
    ...legalPublicityRelations,
    ...normativeDocumentsRelations,
    ...legalityReviewRelations,
    ...enforcementSupervisionRelations,
    ...inspectionRelations,
    ...businessRelations,
    ...ruleOfLawBuildingRelations,
    ...organisationRelations,
    ...courtsRelations,
    ...arbitrationRelations,
  ],
  dimensions: defaultDimensions,
});

/** The built-in indicator definitions (readonly), each with at least `id`, `name`, `nameEn` and `unit`. */
export const indicators: readonly Indicator[] = defaultCatalog.indicators;

/**
 * The built-in definition with this id, or `undefined`.
 *
 * @param id - an indicator id such as `litigation.lossRate`
 * @returns the definition, or `undefined` when fazhi does not know the id
 * @example
 * ```ts
 * getIndicator('litigation.lossRate')?.name // "败诉率"
 * ```
 */
export function getIndicator(id: string): Indicator | undefined {
  return defaultCatalog.get(id);
}

/** The built-in dimensions (readonly): matter, respondent, agency domain, reviewing body, legal-aid case type … */
export const dimensions: readonly Dimension[] = defaultCatalog.dimensions ?? [];

const dimensionsById = new Map(dimensions.map((d) => [d.id, d]));

/**
 * The built-in dimension with this id, or `undefined`.
 *
 * @param id - a dimension id such as `matter`
 * @returns the dimension, or `undefined` when fazhi does not know the id
 * @example
 * ```ts
 * getDimension('caseType')?.members.map((m) => m.id) // ['criminal', 'civil', …]
 * ```
 */
export function getDimension(id: string): Dimension | undefined {
  return dimensionsById.get(id);
}
