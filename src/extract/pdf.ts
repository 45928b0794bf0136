/**
 * Reads the text layer of a PDF with Mozilla's pdf.js (`pdfjs-dist`, an optional peer dependency loaded only
 * here): the lines of each page rebuilt from the positions of the text runs, a paragraph that wraps over several
 * lines joined back into one line, pages in order. Scanned PDFs without a text layer give no text.
 */

/** A run of text as pdf.js gives it: the string, its position (`transform[4]`, `[5]`), width and height. */
interface TextItem {
  readonly str: string;
  readonly hasEOL?: boolean;
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly height?: number;
}

/** The part of pdf.js this module uses. */
interface PdfJs {
  getDocument(src: { data: Uint8Array; useSystemFonts?: boolean; isEvalSupported?: boolean }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: readonly (TextItem | object)[] }> }>;
      destroy(): Promise<void>;
    }>;
  };
}

async function loadPdfJs(): Promise<PdfJs> {
  const name = 'pdfjs-dist/legacy/build/pdf.mjs';
  try {
    return (await import(/* @vite-ignore */ name)) as PdfJs;
  } catch {
    throw new Error(
      'Reading PDF needs the optional package pdfjs-dist (npm install pdfjs-dist@4) / 读取 PDF 需要安装可选依赖 pdfjs-dist（npm install pdfjs-dist@4）',
    );
  }
}

/** One line of a page: its text, where it ends on the page and how tall its type is. */
export interface PdfLine {
  /** The text of the line. */
  readonly text: string;
  /** x of its right end, in PDF units. */
  readonly right: number;
  /** Height of its type, in PDF units (0 when unknown). */
  readonly size: number;
}

/**
 * Groups the text runs of one page into lines: a new line where pdf.js marks the end of one, or where the baseline
 * moves by more than half the type's height. Runs of one line apart by more than a character's width (the cells of
 * a table) are separated by a tab.
 *
 * @param items - the page's text items, in content order
 * @returns the lines, top to bottom as the page lists them
 */
export function pdfLines(items: readonly (TextItem | object)[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let text = '';
  let right = 0;
  let size = 0;
  let baseline: number | undefined;
  const flush = () => {
    if (text.trim() !== '') lines.push({ text: text.trimEnd(), right, size });
    text = '';
    right = 0;
    size = 0;
    baseline = undefined;
  };
  for (const item of items) {
    if (!('str' in item)) continue;
    const x = item.transform?.[4];
    const y = item.transform?.[5];
    const h = item.height ?? 0;
    if (
      y !== undefined &&
      baseline !== undefined &&
      item.str !== '' &&
      Math.abs(y - baseline) > Math.max(h, size) / 2
    )
      flush();
    if (item.str !== '') {
      // A blank wider than a character between two runs of one line parts cells of a table (省人社厅   132   118).
      const em = Math.max(h, size);
      if (text.trim() !== '' && x !== undefined && em > 0 && x - right > em && !/\s$/.test(text))
        text += '\t';
      text += item.str;
      if (y !== undefined) baseline = y;
      if (x !== undefined) right = Math.max(right, x + (item.width ?? 0));
      size = Math.max(size, h);
    }
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}

// A line that ends a sentence or a heading stays a line; 一、 (1) 第一章 start a new one.
const ENDS_SENTENCE = /[。！？；：:!?;」』”）)]$/;
const STARTS_HEADING =
  /^\s*(?:第[一二三四五六七八九十百]+[章节部分条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、](?!\d))/;

/**
 * Joins the lines of a page back into paragraphs: a line that runs to the right edge of the text block (within
 * two characters) and does not end a sentence continues on the next line, as a wrapped paragraph does.
 *
 * @param lines - from {@link pdfLines}
 * @returns the page's text, one paragraph or heading per line
 */
export function joinWrappedLines(lines: readonly PdfLine[]): string {
  const edge = Math.max(0, ...lines.map((l) => l.right));
  let out = '';
  lines.forEach((line, i) => {
    out += line.text;
    const next = lines[i + 1];
    if (next === undefined) return;
    const wraps =
      line.right >= edge - 2 * Math.max(line.size, 1) &&
      !ENDS_SENTENCE.test(line.text) &&
      !STARTS_HEADING.test(next.text);
    // Latin words keep a blank between them; Chinese runs on without one.
    if (wraps) out += /[A-Za-z0-9]$/.test(line.text) && /^[A-Za-z]/.test(next.text) ? ' ' : '';
    else out += '\n';
  });
  return out;
}

/**
 * Replaces the Kangxi radicals (⼀ U+2F00 … ⿕) and CJK radical supplement characters that some PDF fonts map
 * their glyphs to by the ideographs they stand for (⾏ → 行), so that words of the text layer can be found.
 *
 * @param text - text read from a PDF
 * @returns the text with radicals replaced, as long as before
 */
export function normaliseRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (c) => {
    const n = c.normalize('NFKC');
    return n.length === 1 ? n : c;
  });
}

/**
 * The text of a PDF's text layer: each page's lines rebuilt from the positions of its text runs, wrapped lines of a
 * paragraph joined, radicals that stand for ideographs replaced, pages separated by a blank line.
 *
 * @param data - the PDF file's bytes
 * @returns the text (empty for a scan without a text layer)
 * @throws Error when pdfjs-dist is not installed or the file is not a readable PDF
 * @example
 * ```ts
 * const text = await pdfToText(new Uint8Array(await readFile('report.pdf')));
 * ```
 */
export async function pdfToText(data: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(normaliseRadicals(joinWrappedLines(pdfLines(content.items))).trim());
    }
    return pages.filter((p) => p !== '').join('\n\n');
  } finally {
    await doc.destroy();
  }
}
