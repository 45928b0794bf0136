/**
 * What a share is a share of: the part is a level figure read before it, the whole another (占案件总量的75.4%: of the
 * total the part belongs to; 占比81.7%: of the received, when the accepted 9428 is 81.7% of the 11533 received), or
 * the target (完成率, 占全年目标任务的51.37%). The printed per cent decides between candidates: the pair whose
 * ratio gives it.
 */
import type { Observation, ShareOf } from '../model/observation.js';
import { type MapContext, type Mapped, mapSubject } from './map-indicator.js';
import type { FigureMeasure } from './measure.js';
import type { Figure } from './scan-figures.js';
import { lastListOpener } from './segment.js';

/** A level figure already read, that later figures may refer to (its parts, its share, its change). */
export interface Level {
  /** The figure. */
  readonly figure: Figure;
  /** Its observation. */
  readonly observation: Observation;
  /** Where its full sentence starts. */
  readonly sentence: number;
  /** Its cell was named by the figure's own words (not inherited). */
  readonly ownCell: boolean;
}

/** The whole of a share, when it is not the default (the same indicator without the part's cell). */
export interface ShareWhole {
  /** As the observation writes it. */
  readonly shareOf?: ShareOf;
}

/** How a share was read. */
export interface ShareReading {
  /** The level figure it is a share of, when printed before it. */
  readonly part?: Level;
  /** Its indicator, when named before 占比 with no figure of its own (告知、转送等其他处理的占比0.6%). */
  readonly subject?: Mapped;
  /** Its whole. */
  readonly whole: ShareWhole;
  /** How sure the reading is. */
  readonly confidence: number;
  /**
   * What the part counts when its share proves it: the whole's indicator, when the part was read as a wider count
   * than its whole (新收6件,占总数的10.2% — of the 59 accepted, so 6 of them were accepted).
   */
  readonly counts?: string;
}

/** `true` when `part / whole` in per cent, rounded or truncated to the printed decimals, is the printed figure. */
export function reproduces(printed: string, part: number, whole: number): boolean {
  if (!(whole > 0)) return false;
  const decimals = printed.includes('.') ? printed.length - printed.indexOf('.') - 1 : 0;
  const step = 10 ** -decimals;
  const value = Number(printed);
  const exact = (100 * part) / whole;
  return Math.abs(exact - value) <= step / 2 + 1e-9 || (exact >= value && exact < value + step);
}

const sameCell = (a: Observation, b: Observation) =>
  JSON.stringify(a.dimensions ?? {}) === JSON.stringify(b.dimensions ?? {});

/** `true` when every dimension of `whole` is in `part` with the same member: the whole is a total of the part. */
function contains(whole: Observation, part: Observation): boolean {
  const p = part.dimensions ?? {};
  return Object.entries(whole.dimensions ?? {}).every(([k, v]) => p[k] === v);
}

function wholeOf(part: Observation, whole: Observation): ShareWhole {
  const shareOf: Record<string, unknown> = {};
  if (whole.indicator !== part.indicator) shareOf.indicator = whole.indicator;
  if (whole.jurisdiction !== part.jurisdiction) shareOf.jurisdiction = whole.jurisdiction;
  if (
    Object.keys(whole.dimensions ?? {}).length > 0 &&
    !(sameCell(whole, part) && whole.indicator !== part.indicator)
  )
    shareOf.dimensions = { ...whole.dimensions };
  return Object.keys(shareOf).length === 0 ? {} : { shareOf: shareOf as ShareOf };
}

/** What a share's words tell of its whole beyond the figures printed before it. */
export interface NamedWhole {
  /** The reporting jurisdiction: the whole of a share of a division under it is its total (占全省…总数的40.94%). */
  readonly jurisdiction: string;
  /** The cell the words between 占 and the figure name for an indicator (占区政府受案总数的: county governments). */
  readonly cell: (indicator: string) => Readonly<Record<string, string>>;
  /** Where the full sentence of the share begins (a list of items after 分别为 in it is what 分别占 refers to). */
  readonly sentence: number;
}

/**
 * The part a share printed after 分别 refers to: the k-th item of the list before it (分别为A 1269件;B 911件…,分别占…
 * 15.0%、10.8%: the shares of the first items, in order), or of the last levels of its sentence, as many as the shares.
 */
function respectivePart(
  ctx: MapContext,
  measure: FigureMeasure,
  before: readonly Level[],
  sentence: number,
): Level | undefined {
  const { figure, figures, clause, search } = ctx;
  const group = figures.filter(
    (f) => f.start >= measure.wordsStart && f.start < clause.end && f.kind === figure.kind,
  );
  const k = group.findIndex((f) => f.start === figure.start);
  const inSentence = before.filter((l) => l.sentence === sentence);
  const opener = lastListOpener(search, sentence, measure.wordsStart);
  const items =
    opener === undefined
      ? inSentence.slice(-group.length)
      : inSentence.filter((l) => l.figure.start >= opener.end);
  return items.length >= group.length ? items[k] : undefined;
}

/**
 * The whole the words name when no printed figure gives the share (占全省…总数的, 占区政府受案总数的): the indicator
 * they name or the part's, the cell their member words name, and the reporting jurisdiction when the part is a
 * division under it. `undefined` when the words name neither a cell nor another place.
 */
function namedWholeOf(
  part: Observation,
  indicator: string | undefined,
  named: NamedWhole,
): ShareWhole | undefined {
  const id = indicator ?? part.indicator;
  const cell = named.cell(id);
  const otherPlace = part.jurisdiction !== named.jurisdiction;
  if (Object.keys(cell).length === 0 && !otherPlace) return undefined;
  const whole: Observation = {
    ...part,
    jurisdiction: named.jurisdiction,
    indicator: id,
    ...(Object.keys(cell).length === 0 ? { dimensions: {} } : { dimensions: { ...cell } }),
  };
  // A cell of the whole named outright is its whole's cell, even when the part is in the same one.
  const out = wholeOf(part, whole);
  if (Object.keys(cell).length > 0 && out.shareOf?.dimensions === undefined) {
    return { shareOf: { ...(out.shareOf ?? {}), dimensions: { ...cell } } as ShareOf };
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

/**
 * Reads a share: a completion rate is of the target; otherwise the latest parts before it are tried against every
 * level before it as the whole, and the pair whose ratio gives the printed figure wins; without one, the share is of
 * the figure just before it, of its default whole or of the indicator the words name (占案件受理总数的).
 *
 * @param ctx - the share and its surroundings
 * @param measure - where its words start
 * @param levels - the level figures of the paragraph read so far
 * @param completion - the words say 完成率 or 目标任务: the whole is the target
 * @param previousWhole - the whole of the share before it in the paragraph (a list of shares has one whole)
 * @param words - what the words tell of the whole: the reporting jurisdiction, the cell they name, the sentence
 * @returns the reading, or `undefined` when nothing before it can be the part
 */
export function resolveShare(
  ctx: MapContext,
  measure: FigureMeasure,
  levels: readonly Level[],
  completion: boolean,
  previousWhole?: ShareWhole,
  words?: NamedWhole,
): ShareReading | undefined {
  const { figure } = ctx;
  const before = levels.filter((l) => l.figure.end <= measure.wordsStart);
  const latest = before.at(-1);
  if (completion) {
    return latest === undefined
      ? undefined
      : { part: latest, whole: { shareOf: { target: true } }, confidence: 0.8 };
  }
  // The words between 占 and the figure may name the whole (占案件受理总数的17.8%).
  const named = mapSubject(
    { ...ctx, clause: { start: measure.wordsStart, end: figure.start } },
    figure.start,
    false,
    'share-whole',
  );
  const namedWhole = named === undefined || named === 'ambiguous' ? undefined : named.indicator.id;
  const respective =
    measure.respectively && words !== undefined
      ? respectivePart(ctx, measure, before, words.sentence)
      : undefined;
  const parts = respective !== undefined ? [respective] : before.slice(-4).reverse();
  for (const part of parts) {
    const matches = levels.filter(
      (w) =>
        w !== part &&
        w.figure.start < figure.start &&
        reproduces(figure.value, Number(part.observation.value), Number(w.observation.value)),
    );
    if (matches.length === 0) continue;
    const whole =
      matches.find((w) => namedWhole !== undefined && w.observation.indicator === namedWhole) ??
      matches.find(
        (w) =>
          w.observation.indicator === part.observation.indicator && contains(w.observation, part.observation),
      ) ??
      matches[matches.length - 1];
    if (whole === undefined) continue;
    // A part is some of what its whole counts: a share of the accepted cases is of cases accepted, even where the
    // words said 新收 (received, of which the accepted are a part).
    const w = whole.observation;
    const narrower =
      w.indicator !== part.observation.indicator &&
      contains(w, part.observation) &&
      ctx.catalog.relations.some(
        (r) => r.kind === 'partOf' && r.part === w.indicator && r.whole === part.observation.indicator,
      );
    if (narrower) {
      const counted = { ...part.observation, indicator: w.indicator };
      return { part, whole: wholeOf(counted, w), confidence: 0.85, counts: w.indicator };
    }
    return { part, whole: wholeOf(part.observation, w), confidence: 0.85 };
  }
  // No printed figure gives it: the whole the words name (占全省…总数的40.94%, 分别占区政府受案总数的15.0%).
  const part = respective ?? latest;
  const fromWords =
    part === undefined || words === undefined ? undefined : namedWholeOf(part.observation, namedWhole, words);
  if (part !== undefined && fromWords !== undefined) return { part, whole: fromWords, confidence: 0.7 };
  if (respective !== undefined) return { part: respective, whole: previousWhole ?? {}, confidence: 0.7 };
  // A share of something named but not printed before it (告知、转送等其他处理的占比0.6%).
  const clauseLevel = before.find((l) => l.figure.start >= ctx.clause.start);
  if (clauseLevel === undefined) {
    const subject = mapSubject(ctx, measure.wordsStart, false, 'share-subject');
    if (
      subject !== undefined &&
      subject !== 'ambiguous' &&
      subject.indicator.id !== latest?.observation.indicator
    ) {
      return { subject, whole: previousWhole ?? {}, confidence: Math.min(subject.confidence, 0.7) };
    }
  }
  if (latest === undefined) return undefined;
  if (namedWhole !== undefined && namedWhole !== latest.observation.indicator) {
    return { part: latest, whole: { shareOf: { indicator: namedWhole } }, confidence: 0.65 };
  }
  return { part: latest, whole: previousWhole ?? {}, confidence: 0.7 };
}
