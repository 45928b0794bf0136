import type { Indicator } from '../model/indicator.js';
import type { Catalog } from './catalog.js';
import { builtInCatalog } from './create-catalog.js';
import { businessIndicators, businessRelations } from './families/business.js';
import {
  communityCorrectionIndicators,
  communityCorrectionRelations,
} from './families/community-correction.js';
import {
  enforcementSupervisionIndicators,
  enforcementSupervisionRelations,
} from './families/enforcement-supervision.js';
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
export const defaultCatalog: Catalog = /* @__PURE__ */ builtInCatalog(
  [
    ...reconsiderationIndicators,
    ...litigationIndicators,
    ...mediationIndicators,
    ...legalAidIndicators,
    ...notarizationIndicators,
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
  ],
  [
    ...reconsiderationRelations,
    ...litigationRelations,
    ...mediationRelations,
    ...legalAidRelations,
    ...notarizationRelations,
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
  ],
);

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
