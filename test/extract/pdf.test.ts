// The PDF path: a real PDF with a text layer (test/fixtures/extract/report.pdf, printed by Chromium from HTML with
// an embedded CJK font subset; scripts/make-pdf-fixture.mjs made it) read by pdf.js, then extracted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractObservations } from '../../src/extract/extract.js';
import { joinWrappedLines, normaliseRadicals, pdfLines, pdfToText } from '../../src/extract/pdf.js';

const FIXTURE = 'test/fixtures/extract/report.pdf';
const read = () => pdfToText(new Uint8Array(readFileSync(FIXTURE)));

describe('pdfToText', () => {
  it('rebuilds headings and paragraphs, joining the lines a paragraph wraps over, page by page', async () => {
    const text = await read();
    const lines = text.split('\n');
    expect(lines[0]).toBe('某县司法局2024年度法治政府建设工作报告');
    expect(lines).toContain('一、行政复议和行政应诉');
    // This paragraph wraps over three lines of the page, in the middle of 不予受理4件 and of 撤销…2件.
    expect(lines).toContain(
      '2024年度共收到行政复议案件48件，办结23件，其中不予受理4件，维持9件，驳回申请人复议请求3件，撤销被申请人行政决定2件。全县行政机关负责人出庭应诉率保持100%。',
    );
    // The third section starts the second page, after a blank line.
    expect(text).toContain('元。\n\n三、法律援助和公证\n全年受理法律援助案件213件');
  });

  it('turns the text into observations with quotes that are the text at their offsets', async () => {
    const text = await read();
    const { dataset, figures } = extractObservations(text, { jurisdiction: '433126', year: 2024 });
    const got = Object.fromEntries(dataset.observations.map((o) => [o.indicator, o.value]));
    expect(got).toMatchObject({
      'reconsideration.received': '48',
      'reconsideration.concluded': '23',
      'reconsideration.rejected': '4',
      'reconsideration.upheld': '9',
      'reconsideration.dismissed': '3',
      'reconsideration.revoked': '2',
      'litigation.headAppearanceRate': '100',
      'mediation.cases': '1085',
      'mediation.succeeded': '1055',
      'mediation.successRate': '97.2',
      'mediation.rewardFunds': '97200',
      'legalAid.cases': '213',
      'legalAid.lossesRecovered': '1000000',
      'notarization.cases': '106',
      'notarization.feeWaivedCases': '15',
    });
    for (const o of dataset.observations) {
      const [start, end] = o.source?.span ?? [0, 0];
      expect(text.slice(start, end)).toBe(o.source?.quote);
    }
    expect(figures.every((f) => text.slice(f.span[0], f.span[1]) === f.text)).toBe(true);
  });
});

describe('reading lines', () => {
  const item = (str: string, x: number, y: number, width: number, hasEOL = false) => ({
    str,
    transform: [14, 0, 0, 14, x, y],
    width,
    height: 14,
    hasEOL,
  });

  it('groups runs by baseline and joins a line that reaches the right edge without ending a sentence', () => {
    const lines = pdfLines([
      item('一、基本情况', 80, 700, 84, true),
      item('全年受理法律援助案件213件，为群众提', 80, 680, 420),
      item('供法律咨询650人次。', 80, 660, 140, true),
      item('二、公证', 80, 640, 56),
    ]);
    expect(lines.map((l) => l.text)).toEqual([
      '一、基本情况',
      '全年受理法律援助案件213件，为群众提',
      '供法律咨询650人次。',
      '二、公证',
    ]);
    expect(joinWrappedLines(lines)).toBe(
      '一、基本情况\n全年受理法律援助案件213件，为群众提供法律咨询650人次。\n二、公证',
    );
  });

  it('parts the cells of a table row with tabs, so the row reads as one of a table', () => {
    const row = (y: number, ...cells: [string, number][]) =>
      cells.map(([text, x], i) => item(text, x, y, text.length * 12, i === cells.length - 1));
    const lines = pdfLines([
      ...row(700, ['单位', 80], ['收案数', 200], ['受理数', 300]),
      ...row(680, ['省人社厅', 80], ['132', 200], ['118', 300]),
      ...row(660, ['全年受理', 80], ['案件', 128]),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['单位\t收案数\t受理数', '省人社厅\t132\t118', '全年受理案件']);
  });

  it('keeps a line that ends a sentence, or is followed by a heading, as a line', () => {
    const full = (text: string) => ({ text, right: 500, size: 14 });
    expect(joinWrappedLines([full('办结23件。'), full('维持9件')])).toBe('办结23件。\n维持9件');
    expect(joinWrappedLines([full('办结23件'), full('（二）人民调解')])).toBe('办结23件\n（二）人民调解');
    expect(joinWrappedLines([full('Legal aid'), full('cases 213')])).toBe('Legal aid cases 213');
  });

  it('replaces Kangxi radicals that stand for ideographs, keeping the length', () => {
    const read = '⼀、⾏政复议⼯作';
    expect(normaliseRadicals(read)).toBe('一、行政复议工作');
    expect(normaliseRadicals(read)).toHaveLength(read.length);
  });
});
