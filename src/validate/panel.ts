/**
 * Panel checks: what the datasets of a panel say about each other (rule `duplicates`, across files).
 *
 * Codes:
 * - `corroborated` (info) — two datasets print the same figure at the same coordinates (last year's report
 *   restating a figure of the year before): confirmation, never a warning.
 * - `conflicting_observation` (error) — two datasets print figures at the same coordinates that cannot both
 *   hold; the details name both files, observations and quotes.
 * @module
 */
import { type Issue, issue } from '../errors.js';
import { overlaps } from '../interval.js';
import { type Observation, scopeKey } from '../model/observation.js';
import { quantityInterval } from '../quantity.js';
import { createFastCache, isValidObservation } from './fast-observation.js';
import { canonicalValue } from './numeric.js';
import type { ValidateOptions } from './types.js';

interface Seen {
  readonly name: string;
  readonly index: number;
  readonly o: Observation;
}

/**
 * Compares the figures of several datasets at equal coordinates (jurisdiction, year, indicator and `scopeKey`).
 * Figures of one dataset are never compared here: that is the duplicates rule's work on the dataset itself.
 * @param datasets - the named datasets
 * @param options - the validation options (rule switches)
 * @param emit - receives each issue
 * @example
 * ```ts
 * checkPanel([{ name: 'a.json', dataset: a }, { name: 'b.json', dataset: b }], {}, (i) => issues.push(i))
 * ```
 */
export function checkPanel(
  datasets: readonly { readonly name: string; readonly dataset: unknown }[],
  options: ValidateOptions,
  emit: (i: Issue) => void,
): void {
  if (options.rules?.duplicates === false || datasets.length < 2) return;
  const first = new Map<string, Seen>();
  const cache = createFastCache();
  datasets.forEach(({ name, dataset }) => {
    const list = (dataset as { observations?: unknown } | null)?.observations;
    if (!Array.isArray(list)) return;
    const mine = new Set<string>();
    list.forEach((raw, index) => {
      if (!isValidObservation(raw, cache)) return;
      const key = `${raw.jurisdiction}|${raw.year}|${raw.indicator}|${scopeKey(raw)}`;
      if (mine.has(key)) return;
      mine.add(key);
      const before = first.get(key);
      if (before === undefined) {
        first.set(key, { name, index, o: raw });
        return;
      }
      report({ name, index, o: raw }, before, emit);
    });
  });
}

function report(now: Seen, before: Seen, emit: (i: Issue) => void): void {
  const o = now.o;
  const same =
    canonicalValue(o.value) === canonicalValue(before.o.value) &&
    (o.qualifier ?? 'exact') === (before.o.qualifier ?? 'exact');
  const agree = same || overlaps(quantityInterval(o), quantityInterval(before.o));
  const quote = o.source?.quote;
  const otherQuote = before.o.source?.quote;
  const details = {
    indicator: o.indicator,
    jurisdiction: o.jurisdiction,
    year: o.year,
    scope: scopeKey(o),
    file: now.name,
    value: o.value,
    ...(quote === undefined ? {} : { quote }),
    otherFile: before.name,
    otherObservation: `observations[${before.index}]`,
    otherValue: before.o.value,
    ...(otherQuote === undefined ? {} : { otherQuote }),
  };
  const q = (x: string | undefined) => (x === undefined ? '' : ` (“${x}”)`);
  const what = `${o.indicator} for ${o.jurisdiction} in ${o.year}`;
  const whatZh = `${o.jurisdiction} ${o.year} 年的 ${o.indicator}`;
  if (agree) {
    emit(
      issue(
        'corroborated',
        'info',
        `observations[${now.index}].value`,
        `${what} is ${String(o.value)} in ${now.name}${q(quote)}, as in ${before.name}${q(otherQuote)}`,
        `${whatZh}在 ${now.name} 中为 ${String(o.value)}${q(quote)}，与 ${before.name}${q(otherQuote)} 一致`,
        details,
      ),
    );
    return;
  }
  emit(
    issue(
      'conflicting_observation',
      'error',
      `observations[${now.index}].value`,
      `${what} is ${String(o.value)} in ${now.name}${q(quote)} but ${String(before.o.value)} in ${before.name}${q(otherQuote)}`,
      `${whatZh}在 ${now.name} 中为 ${String(o.value)}${q(quote)}，而在 ${before.name} 中为 ${String(before.o.value)}${q(otherQuote)}，相互矛盾`,
      details,
    ),
  );
}
