/**
 * The words that say which field of work a passage is about (a 行政复议 paragraph, a 社区矫正 section), mapped to
 * the catalog's id prefixes. General vocabulary of the domain, longest first so 公职律师 wins over 律师.
 */
const DOMAIN_WORDS: readonly (readonly [string, string])[] = [
  ['行政复议', 'reconsideration'],
  ['复议', 'reconsideration'],
  ['行政诉讼', 'litigation'],
  ['行政应诉', 'litigation'],
  ['行政审判', 'litigation'],
  ['行政案件', 'litigation'],
  ['出庭应诉', 'litigation'],
  ['应诉', 'litigation'],
  ['败诉', 'litigation'],
  ['被诉', 'litigation'],
  ['被告', 'litigation'],
  ['应诉案件', 'litigation'],
  ['一审', 'litigation'],
  ['人民调解', 'mediation'],
  ['矛盾纠纷', 'mediation'],
  ['调委会', 'mediation'],
  ['调解员', 'mediation'],
  ['调解', 'mediation'],
  ['纠纷', 'mediation'],
  ['法律援助', 'legalAid'],
  ['法援', 'legalAid'],
  ['受援', 'legalAid'],
  // 援助案件, 援助律师: reports shorten 法律援助 to 援助 once the field is plain.
  ['援助', 'legalAid'],
  // 法律援助值班律师: duty lawyers are a legal-aid service, whatever the 律师 at the end says.
  ['值班律师', 'legalAid'],
  ['公证', 'notarization'],
  ['司法鉴定', 'forensicAppraisal'],
  ['鉴定', 'forensicAppraisal'],
  ['仲裁', 'arbitration'],
  ['人民陪审员', 'courts'],
  ['社区矫正', 'communityCorrection'],
  ['矫正', 'communityCorrection'],
  ['安置帮教', 'resettlement'],
  ['刑满释放', 'resettlement'],
  ['帮教', 'resettlement'],
  ['普法', 'legalPublicity'],
  ['法治宣传', 'legalPublicity'],
  ['宣传', 'legalPublicity'],
  ['规范性文件', 'normativeDocuments'],
  ['合法性审查', 'legalityReview'],
  ['合法性审核', 'legalityReview'],
  ['重大行政决策', 'majorDecisions'],
  ['行政执法监督', 'enforcementSupervision'],
  ['执法监督', 'enforcementSupervision'],
  ['案卷评查', 'enforcementSupervision'],
  ['行政执法', 'lawEnforcement'],
  ['公职律师', 'publicLawyers'],
  ['法律顾问', 'legalAdvisers'],
  ['律师', 'lawyers'],
  ['公共法律服务', 'publicLegalServices'],
  ['司法所', 'judicialOffices'],
  ['法治督察', 'inspection'],
  ['督察', 'inspection'],
  ['营商环境', 'business'],
  ['企业', 'business'],
  ['依法治', 'ruleOfLaw'],
  ['述法', 'ruleOfLaw'],
  ['党支部', 'organisation'],
  ['党风廉政', 'organisation'],
  ['党建', 'organisation'],
];

/**
 * The domain named last before `end` in `text`: the catalog id prefix of the nearest domain word.
 *
 * @param text - the words to search
 * @param end - search before this offset
 * @param known - the id prefixes the catalog has (a word for a domain the catalog lacks is skipped)
 * @returns the prefix and where its word starts, or `undefined` when no domain word appears
 */
export function lastDomain(
  text: string,
  end: number,
  known: ReadonlySet<string>,
): { domain: string; at: number } | undefined {
  let best: { domain: string; at: number; length: number } | undefined;
  const hay = text.slice(0, end);
  for (const [word, domain] of DOMAIN_WORDS) {
    if (!known.has(domain)) continue;
    const at = hay.lastIndexOf(word);
    if (at < 0) continue;
    const stop = at + word.length;
    if (
      best === undefined ||
      stop > best.at + best.length ||
      (stop === best.at + best.length && word.length > best.length)
    ) {
      best = { domain, at, length: word.length };
    }
  }
  return best === undefined ? undefined : { domain: best.domain, at: best.at };
}
