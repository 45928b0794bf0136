import { defaultCatalog } from '../catalog/default-catalog.js';
import type { Locale, OutputFormat } from './args.js';

/**
 * Renders the indicator catalog: a table in text ending with the counts of indicators, relations and dimensions,
 * an array of indicator definitions in JSON.
 *
 * @param format - `text` or `json`
 * @param locale - language of the names shown first
 * @returns the output text
 * @example
 * ```ts
 * renderCatalog('json', 'en') // '[{"id":"litigation.lossRate",…}]'
 * ```
 */
export function renderCatalog(format: OutputFormat, locale: Locale): string {
  const list = defaultCatalog.indicators;
  if (format === 'json') return `${JSON.stringify(list, null, 2)}\n`;
  // Columns as wide as their longest entry, so that no unit or kind runs into the next column.
  const width = (key: 'id' | 'unit' | 'kind') => Math.max(...list.map((i) => i[key].length), 2);
  const [id, unit, kind] = [width('id'), width('unit'), width('kind')];
  let out = '';
  for (const i of list) {
    const names = locale === 'zh' ? `${i.name}（${i.nameEn}）` : `${i.nameEn} (${i.name})`;
    out += `${i.id.padEnd(id)}  ${i.unit.padEnd(unit)}  ${i.kind.padEnd(kind)}  ${names}\n`;
  }
  const relations = defaultCatalog.relations.length;
  const dims = defaultCatalog.dimensions ?? [];
  const members = dims.reduce((n, d) => n + d.members.length, 0);
  out +=
    locale === 'zh'
      ? `共 ${list.length} 个指标、${relations} 条关系、${dims.length} 个维度(${members} 个成员)\n`
      : `${list.length} indicators, ${relations} relations, ${dims.length} dimensions (${members} members)\n`;
  return out;
}
