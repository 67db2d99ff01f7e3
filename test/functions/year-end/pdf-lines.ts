// The text of a PDF's pages as lines, each a list of text pieces with their x position in points,
// read with pdf.js: enough to tell, on a printed page, which row comes last and what a column shows.
import { readFileSync } from 'node:fs';

/** A piece of text and where it starts across the page (pt from the left edge). */
export interface PdfPiece {
  readonly x: number;
  readonly text: string;
}

/** One printed line: its pieces left to right. */
export type PdfLine = readonly PdfPiece[];

/** Every page's lines, top to bottom; the page footer (第 n 頁，共 m 頁) left out. */
export async function pdfPageLines(path: string): Promise<PdfLine[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(readFileSync(path)),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    const document = await task.promise;
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const byY = new Map<number, PdfPiece[]>();
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , , , x = 0, y = 0] = item.transform as number[];
        const key = Math.round(y);
        byY.set(key, [...(byY.get(key) ?? []), { x, text: item.str }]);
      }
      const lines = [...byY.entries()]
        .sort(([a], [b]) => b - a)
        .map(([, pieces]) => pieces.sort((a, b) => a.x - b.x))
        .filter(
          (line) =>
            !/^第\s*\d+\s*頁/u.test(
              line
                .map((piece) => piece.text)
                .join('')
                .trim(),
            ),
        );
      pages.push(lines);
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** Text without any white space, for comparing what a PDF shows with what a document holds. */
export const compact = (text: string): string => text.replace(/\s+/gu, '');
