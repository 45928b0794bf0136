// Opens the seed report in headless Chromium (Debian's package, driven by playwright-core): no console errors, the
// figures and findings on the page, no serious accessibility violation (axe-core), a screenshot kept as an artefact.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { divisionLookup } from '../../src/divisions/index.js';
import { renderReport } from '../../src/report/index.js';
import { seedInput } from './seeds.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const artefacts = `${root}.test-report/`;
const executablePath = chromiumPath;

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium; .ci/run does) or set FAZHI_CHROMIUM`,
    );
  }
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['zh', 'en'] as const)('the seed report in Chromium (%s)', (locale) => {
  it('shows the figures and findings, logs no error, passes axe-core, and is kept as a screenshot', async () => {
    mkdirSync(artefacts, { recursive: true });
    const file = `${artefacts}report-seeds-${locale}.html`;
    writeFileSync(
      file,
      renderReport(seedInput(), {
        locale,
        divisions: divisionLookup,
        generated: '2025-06-01',
        link: (r) => (r.file === undefined ? undefined : `../${r.file}`),
      }),
    );
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${file}`, { waitUntil: 'load' });

    // The figures and the findings are on the page, as a reader sees them.
    await expect(page.getByText('96.52%').first().isVisible()).resolves.toBe(true);
    const warning = page.locator('#j-421200 ul.findings li.warning').first();
    await expect(warning.textContent()).resolves.toContain('44180/45771');
    await expect(page.locator('figure svg').count()).resolves.toBeGreaterThan(5);
    // Nothing but the file itself was loaded.
    expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'))).toEqual([]);

    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: {
            run: (c: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    await page.screenshot({ path: `${artefacts}report-seeds-${locale}.png`, fullPage: false });
    expect(problems).toEqual([]);
    await page.close();
  });
});
