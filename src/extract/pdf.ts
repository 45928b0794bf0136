/**
 * Reads the text layer of a PDF with Mozilla's pdf.js (`pdfjs-dist`, an optional peer dependency loaded only
 * here): one line per text line, pages in order. Scanned PDFs without a text layer give no text.
 */

interface TextItem {
  readonly str: string;
  readonly hasEOL?: boolean;
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

/**
 * The text of a PDF's text layer, one line per line of the page, pages separated by a blank line.
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
      let page = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        page += item.str;
        if (item.hasEOL) page += '\n';
      }
      // Spaces and tabs before each line break dropped line by line: /[ \t]+\n/g backtracks over long runs.
      pages.push(page.split('\n').map(trimSpacesAtEnd).join('\n').trim());
    }
    return pages.join('\n\n');
  } finally {
    await doc.destroy();
  }
}

/** The line without the spaces and tabs at its end. */
function trimSpacesAtEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  return end === line.length ? line : line.slice(0, end);
}
