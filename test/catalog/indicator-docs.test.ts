import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCS_PATH, REGENERATE_COMMAND, renderIndicatorDocs } from '../../scripts/generate-indicator-docs.js';
import { createCatalog } from '../../src/catalog/create-catalog.js';
import { defaultCatalog } from '../../src/catalog/default-catalog.js';

describe('docs/indicators.md', () => {
  it(`is current (regenerate with: ${REGENERATE_COMMAND})`, () => {
    const committed = readFileSync(new URL(`../../${DOCS_PATH}`, import.meta.url), 'utf8');
    const fresh = renderIndicatorDocs(defaultCatalog);
    expect(committed === fresh, `${DOCS_PATH} is stale; run \`${REGENERATE_COMMAND}\` and commit it`).toBe(
      true,
    );
  });

  it('documents every indicator and relation with both names and formulas', () => {
    const page = renderIndicatorDocs(defaultCatalog);
    for (const ind of defaultCatalog.indicators) {
      expect(page).toContain(`| \`${ind.id}\` | ${ind.name.replaceAll('|', '\\|')} |`);
    }
    for (const rel of defaultCatalog.relations) expect(page).toContain(`| \`${rel.id}\` | ${rel.kind} |`);
    expect(page).toContain('- basis `judged`: `litigation.lost` / `litigation.judged` — 败诉 / 判决');
    expect(page).toContain(
      '`communityCorrection.enrolled` = `communityCorrection.probation` + `communityCorrection.parole`',
    );
  });

  it('puts indicators with an area of their own under "Other"', () => {
    const c = createCatalog({
      indicators: [
        {
          id: 'my.thing',
          name: '东西',
          nameEn: 'Thing',
          unit: 'items',
          kind: 'count',
          polarity: 'neutral',
          aggregation: 'sum',
          area: 'mine',
        },
      ],
    });
    expect(renderIndicatorDocs(c)).toContain('## Other — 其他\n\n| id |');
  });
});
