#!/usr/bin/env node
// Regenerates docs/report-seeds.png, the README's picture of the seed report: builds the report with the built CLI
// and photographs its first screen in Debian's Chromium (apt-get install chromium fonts-noto-cjk).
// Usage: npm run build && node scripts/screenshot-report.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const html = join(root, 'out/seed-report-screenshot.html');
const png = join(root, 'docs/report-seeds.png');
const executablePath = chromiumPath;
if (!existsSync(executablePath)) {
  console.error(
    `No Chromium at ${executablePath}: apt-get install chromium fonts-noto-cjk, or set FAZHI_CHROMIUM`,
  );
  process.exit(2);
}
mkdirSync(join(root, 'out'), { recursive: true });
execFileSync(
  process.execPath,
  [join(root, 'dist/cli/main.js'), 'report', 'seeds/data', '-o', html, '--jurisdiction', '433126'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1250 }, deviceScaleFactor: 1 });
  await page.goto(`file://${html}`);
  // Start at the jurisdiction's charts (breakdowns as bars, rates published beside computed), not the contents.
  await page.evaluate(() => document.querySelector('#j-433126-breakdowns')?.scrollIntoView());
  await page.screenshot({ path: png });
  console.log(`wrote ${png}`);
} finally {
  await browser.close();
}
