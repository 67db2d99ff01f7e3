// How many pages a PDF has, read with pdf.js (imported only when PDFs are checked, as the plan
// reader does), so a laid-out Writer document can be checked against the pages it was laid out on.
import { readFile } from 'node:fs/promises';

/** The number of pages of the PDF at `path`. */
export async function pdfPageCount(path: string): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(await readFile(path)),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    return (await task.promise).numPages;
  } finally {
    await task.destroy();
  }
}
