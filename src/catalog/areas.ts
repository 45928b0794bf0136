/**
 * The areas an indicator serves: the chapters of 《法治政府建设实施纲要(2021-2025年)》 (chapters 二 to 十), plus a
 * few categories of fazhi's own for the judicial-administration work the reports also cover.
 */
export interface Area {
  /** Stable kebab-case id, the value of `Indicator.area`. */
  readonly id: string;
  /** Chinese name (the chapter's heading, shortened). */
  readonly name: string;
  /** English name. */
  readonly nameEn: string;
  /** Chapter number in the 纲要, or `undefined` for fazhi's own categories. */
  readonly chapter?: number;
}

/**
 * Every area known to the built-in catalog, in 纲要 chapter order, then fazhi's own categories.
 *
 * @example
 * ```ts
 * AREAS.find((a) => a.id === 'dispute-resolution')?.name // "健全社会矛盾纠纷行政预防调处化解体系"
 * ```
 */
export const AREAS: readonly Area[] = Object.freeze([
  {
    id: 'government-functions',
    name: '健全政府机构职能体系',
    nameEn: 'Government functions and business environment',
    chapter: 2,
  },
  { id: 'rules-system', name: '健全依法行政制度体系', nameEn: 'Rules and normative documents', chapter: 3 },
  {
    id: 'decision-making',
    name: '健全行政决策制度体系',
    nameEn: 'Administrative decision-making',
    chapter: 4,
  },
  {
    id: 'law-enforcement',
    name: '健全行政执法工作体系',
    nameEn: 'Administrative law enforcement',
    chapter: 5,
  },
  { id: 'emergencies', name: '健全突发事件应对体系', nameEn: 'Emergency response', chapter: 6 },
  {
    id: 'dispute-resolution',
    name: '健全社会矛盾纠纷行政预防调处化解体系',
    nameEn: 'Prevention and resolution of disputes',
    chapter: 7,
  },
  {
    id: 'oversight',
    name: '健全行政权力制约和监督体系',
    nameEn: 'Checks on and oversight of administrative power',
    chapter: 8,
  },
  {
    id: 'technology',
    name: '健全法治政府建设科技保障体系',
    nameEn: 'Digital government and technology',
    chapter: 9,
  },
  {
    id: 'leadership',
    name: '加强党的领导，完善法治政府建设推进机制',
    nameEn: 'Party leadership and promotion mechanisms',
    chapter: 10,
  },
  { id: 'legal-services', name: '公共法律服务', nameEn: 'Public legal services' },
  { id: 'law-popularisation', name: '普法与依法治理', nameEn: 'Legal publicity and governance by law' },
  { id: 'special-populations', name: '社区矫正与安置帮教', nameEn: 'Community correction and resettlement' },
  { id: 'organisation', name: '机关党建与队伍建设', nameEn: 'Party building and the bureau itself' },
]);

/**
 * The area with this id, or `undefined`.
 *
 * @param id - an area id such as `dispute-resolution`
 * @returns the area, or `undefined` when fazhi does not know the id
 * @example
 * ```ts
 * getArea('law-enforcement')?.chapter // 5
 * ```
 */
export function getArea(id: string): Area | undefined {
  return AREAS.find((a) => a.id === id);
}
