// A .pdf plan, best effort: pdf.js (pdfjs-dist) gives each page's text with positions and the
// lines it draws (table borders), which pdf-layout.ts rebuilds into paragraphs and tables. This module is imported only when a
// PDF is read, so nothing else pays for loading pdf.js. The character maps pdf.js ships are
// passed in: Taiwanese PDFs made with non-embedded fonts use the predefined CNS CMaps, without
// which their text cannot be decoded.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as msg from '../../shared/messages/functions/index.ts';
import type { PlanDocument } from '../../shared/plan-import/document.ts';
import { layOutPdfPages, type PdfPage, type PdfTextPiece } from './pdf-layout.ts';
import { rulesOf } from './pdf-rulings.ts';
import { PlanDocumentError } from './plan-document-error.ts';

const pdfjsFolder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** The PDF's text laid out as blocks (confidence 'approximate'); a PlanDocumentError for an encrypted, damaged or scanned file. */
export async function readPdf(path: string, bytes: Uint8Array): Promise<PlanDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given.
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: `${join(pdfjsFolder, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(pdfjsFolder, 'standard_fonts')}/`,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new PlanDocumentError('encrypted', msg.planDocumentEncrypted(path, 'pdf'));
    if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException')
      throw new PlanDocumentError('corrupt', msg.planDocumentCorrupt(path, 'pdf'));
    throw error;
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const pieces: PdfTextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        pieces.push({ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height || 10 });
      }
      const [x0 = 0, , x1 = 0] = page.view;
      // A page without text (a scanned one) is not worth drawing: its rules would bound nothing.
      const rules = pieces.length > 0 ? rulesOf(await page.getOperatorList(), pdfjs.OPS) : undefined;
      pages.push({ width: Math.abs(x1 - x0), pieces, ...(rules ? { rules } : {}) });
      page.cleanup();
    }
    if (pages.every((page) => page.pieces.length === 0))
      throw new PlanDocumentError('needs-ocr', msg.planDocumentNeedsOcr(path, document.numPages));
    return { source: path, kind: 'pdf', blocks: layOutPdfPages(pages), confidence: 'approximate' };
  } finally {
    await task.destroy();
  }
}
