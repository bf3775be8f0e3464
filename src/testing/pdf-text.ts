/**
 * Reads a generated PDF back as text, for tests that check what a document says rather than how
 * its bytes look. Each page's text comes out line by line as the PDF draws it; `flat` joins the
 * pages with runs of white space made single, for `toContain` on phrases that wrap.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// pdf.js reads the standard fonts' metrics from its own folder; without them it warns on each page.
const standardFontDataUrl = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}${path.sep}`;

export interface PdfText {
  pageCount: number;
  /** The text of each page, a line per line of the PDF. */
  pages: string[];
  /** All pages' text in one string, white space collapsed to single spaces. */
  flat: string;
}

export async function pdfText(pdf: Buffer | Uint8Array): Promise<PdfText> {
  // pdf.js takes the bytes over, so it gets a copy.
  const loading = getDocument({ data: new Uint8Array(pdf), standardFontDataUrl, verbosity: 0, isEvalSupported: false });
  const document = await loading.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : ' ');
      }
      pages.push(
        text
          .split('\n')
          .map((line) => line.replace(/\s+/g, ' ').trim())
          .filter(Boolean)
          .join('\n'),
      );
    }
    return { pageCount: document.numPages, pages, flat: pages.join(' ').replace(/\s+/g, ' ') };
  } finally {
    await loading.destroy();
  }
}
