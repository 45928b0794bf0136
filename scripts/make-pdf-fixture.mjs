// Writes test/fixtures/extract/report.pdf: a two-page report with a real text layer (Chromium prints HTML to PDF,
// embedding a subset of the Noto CJK font), for the test of `pdfToText` + `extractObservations`.
// Run once when the fixture should change: node scripts/make-pdf-fixture.mjs  (needs Debian's chromium and
// fonts-droid-fallback: a TrueType CJK font is embedded as a small CIDFontType2 subset, Noto CJK (CFF) as Type3 glyphs)
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

// Figures as a county judicial bureau prints them; paragraphs long enough to wrap over several lines.
const html = `<!doctype html><html lang="zh"><head><meta charset="utf-8"><style>
  body { font-family: 'Droid Sans Fallback', 'Noto Sans CJK SC', sans-serif; font-size: 14pt; width: 15cm; margin: 0 auto; }
  h1, h2 { font-weight: normal; } h1 { font-size: 18pt; text-align: center; } h2 { font-size: 15pt; }
  p { text-indent: 2em; line-height: 1.6; }
  .break { page-break-before: always; }
</style></head><body>
<h1>某县司法局2024年度法治政府建设工作报告</h1>
<h2>一、行政复议和行政应诉</h2>
<p>2024年度共收到行政复议案件48件，办结23件，其中不予受理4件，维持9件，驳回申请人复议请求3件，撤销被申请人行政决定2件。全县行政机关负责人出庭应诉率保持100%。</p>
<h2>二、人民调解</h2>
<p>全年全县共调解各类矛盾纠纷1085件，调解成功1055件，调解成功率达97.2%，发放“以奖代补”资金97200元。</p>
<h2 class="break">三、法律援助和公证</h2>
<p>全年受理法律援助案件213件，为群众提供法律咨询650余人次，为受援人挽回经济损失100余万元；办理公证106件，其中办理减免费用的公证案件15件。</p>
</body></html>`;

const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm' }, tagged: false });
  writeFileSync('test/fixtures/extract/report.pdf', pdf);
  process.stdout.write(`test/fixtures/extract/report.pdf: ${pdf.length} bytes\n`);
} finally {
  await browser.close();
}
