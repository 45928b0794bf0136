/**
 * Whose figure it is — the reporting government's own level (本级: 市本级, 省直部门, 宁波市法律援助中心) or its whole area
 * (全市, 各级, 本市…机构) — from the last words before the figure that name the body or the area it counts.
 */

/** `ownLevel` (本级) or `wholeArea` (全市/全区/全县), as the observation format writes it. */
export type Coverage = 'ownLevel' | 'wholeArea';

/** The tier of a division code: a province (xx0000), a prefecture (xxxx00), or a county. */
export function tierOf(jurisdiction: string): 'province' | 'prefecture' | 'county' {
  if (jurisdiction.endsWith('0000')) return 'province';
  if (jurisdiction.endsWith('00')) return 'prefecture';
  return 'county';
}

/** The one-character words a report uses for its own tier (省直部门, 市法律援助中心; a county-level city says 市). */
const OWN_TIER_WORDS: Readonly<Record<ReturnType<typeof tierOf>, string>> = {
  province: '省',
  prefecture: '市州盟',
  county: '县区市旗',
};

/**
 * Single bodies of one government whose figures are its own: the government's legal advisers' office at any tier; a
 * legal aid centre or notary office above a county, where every county has its own (a county's centre is the whole
 * county's legal aid). The words before the body say whose it is.
 */
const OWN_BODY = /(?:人民)?(?:政府)?(?:法律顾问室|法律援助中心|法律援助处|公证处)/g;
const COUNTY_BODY = /法律顾问室$/;

/** Words that say a figure counts the whole area: 全市, 全区各级, 各级, 两级, 本市…(institutions of the city). */
const WHOLE_AREA = /全(?:[省市区县州盟旗]|域)|各级|两级|本[省市区县州旗](?!级)/g;

/** A group of bodies of another level, each with its own 本级 (13个市州政府本级): not the reporter's own level. */
const GROUP = /各|[\d一二三四五六七八九十]个/;

/**
 * The names a report prints for its own jurisdiction (宁波市, 宁波), to tell its own bodies (宁波市法律援助中心) from
 * those of places under it.
 *
 * @param name - the division's official name, when known
 * @returns the name and its short form, longest first
 */
export function ownNames(name: string | undefined): string[] {
  if (name === undefined) return [];
  // An autonomous prefecture or county goes by its first two characters (恩施土家族苗族自治州 → 恩施).
  const short = /自治[州县旗]$/.test(name) ? name.slice(0, 2) : name.replace(/[省市区县州盟旗]$/, '');
  return short.length >= 2 && short !== name ? [name, short] : [name];
}

/**
 * The coverage the words before a figure set: the last of them that names whose figure follows, or `undefined` when
 * none does.
 *
 * @param words - the words before the figure (its sentence up to it)
 * @param jurisdiction - the reporting jurisdiction's code (its tier decides what 市直 and 市法律援助中心 mean)
 * @param names - the names it prints for itself (see {@link ownNames})
 * @returns the coverage the last such words set, with where they stand
 */
export function coverageCue(
  words: string,
  jurisdiction: string,
  names: readonly string[] = [],
): { coverage: Coverage; at: number } | undefined {
  const tier = OWN_TIER_WORDS[tierOf(jurisdiction)];
  const cues: { coverage: Coverage; at: number }[] = [];
  for (const m of words.matchAll(/本级/g)) {
    const lead = words.slice(Math.max(0, m.index - 12), m.index).replace(/^.*[，,。；;:：]/, '');
    cues.push({ coverage: GROUP.test(lead) ? 'wholeArea' : 'ownLevel', at: m.index });
  }
  // 省直部门 in a province's report, 市直单位 in a city's: the departments of its own level.
  // As the subject, not a list or a modifier (县直各部门、各镇关于…的文件).
  for (const m of words.matchAll(/([省市区县州盟旗])直(?:属)?(?:各)?(?:部门|单位|机关)(?![、和及与关的])/g)) {
    if (tier.includes(m[1] as string)) cues.push({ coverage: 'ownLevel', at: m.index });
  }
  // 宁波市法律援助中心, 本市公证处, 市政府法律顾问室: the report's own name, 本, or its tier's word alone.
  for (const m of words.matchAll(OWN_BODY)) {
    if (tierOf(jurisdiction) === 'county' && !COUNTY_BODY.test(m[0])) continue;
    const lead = words.slice(0, m.index);
    const name = names.find((n) => lead.endsWith(n));
    const at =
      name !== undefined
        ? m.index - name.length
        : /本[省市区县州旗]?$/.test(lead)
          ? lead.lastIndexOf('本')
          : tier.includes(lead.at(-1) ?? '') && !/[\u4e00-\u9fff]/.test(lead.at(-2) ?? '')
            ? m.index - 1
            : -1;
    if (at >= 0) cues.push({ coverage: 'ownLevel', at });
  }
  for (const m of words.matchAll(WHOLE_AREA)) {
    // 本市法律援助中心 is the city's own centre, not the whole city.
    if (cues.some((c) => c.coverage === 'ownLevel' && c.at === m.index)) continue;
    cues.push({ coverage: 'wholeArea', at: m.index });
  }
  return cues.sort((a, b) => a.at - b.at).at(-1);
}

/** The provinces that are cities (直辖市: 北京, 天津, 上海, 重庆): their 市政府 is a provincial government. */
const MUNICIPALITIES = ['11', '12', '31', '50'];

/** Dimensions whose members are governments by tier (复议机关, 被申请人/被告). */
const GOVERNMENT_DIMENSIONS = ['reviewingBody', 'respondent'];

/**
 * A cell read from the words, as the reporting jurisdiction's tier means it: in a 直辖市 there is no prefecture-level
 * government, so 市政府 is the provincial one (上海 市政府受案959件); in a county-level city (乳山市) its own 市政府 is a
 * county-level government.
 *
 * @param dimensions - the cell as the member words name it
 * @param jurisdiction - the reporting jurisdiction's code
 * @param name - the reporting jurisdiction's name, when known (a county-level city's ends in 市)
 * @returns the cell, with the government of the city's own tier where the words said 市
 */
export function asOwnTier(
  dimensions: Readonly<Record<string, string>>,
  jurisdiction: string,
  name?: string,
): Readonly<Record<string, string>> {
  const tier = tierOf(jurisdiction);
  const own =
    tier === 'province' && MUNICIPALITIES.includes(jurisdiction.slice(0, 2))
      ? 'provincialGovernment'
      : tier === 'county' && name?.endsWith('市')
        ? 'countyGovernment'
        : undefined;
  if (own === undefined) return dimensions;
  const out: Record<string, string> = { ...dimensions };
  for (const id of GOVERNMENT_DIMENSIONS) {
    if (out[id] === 'prefecturalGovernment') out[id] = own;
  }
  return out;
}
