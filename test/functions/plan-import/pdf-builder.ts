// Small PDF files written by hand, as producers lay pages out: Chinese text in a font the PDF does
// not embed (Adobe-CNS1 through the predefined UniCNS-UCS2-H CMap, as Taiwanese PDFs made without
// embedding do; every character an em wide), Latin text in Helvetica, and table borders drawn as
// LibreOffice draws them (a stroked line per edge) or as Word does (thin filled rectangles).

/** What a page draws, in PDF points with y upwards (A4: 595 × 842). */
export type PdfMark =
  | { readonly text: string; readonly x: number; readonly y: number; readonly size?: number }
  | { readonly line: readonly [number, number, number, number]; readonly width?: number; readonly gray?: number }
  | { readonly box: readonly [number, number, number, number]; readonly gray?: number };

/** A text mark: Chinese (and full-width) characters in the CJK font, the rest in Helvetica, one run each. */
export const text = (value: string, x: number, y: number, size = 12): PdfMark => ({ text: value, x, y, size });

/** A stroked line from (x0, y0) to (x1, y1). */
export const line = (x0: number, y0: number, x1: number, y1: number, width = 0.5): PdfMark => ({ line: [x0, y0, x1, y1], width });

/** A filled rectangle at (x, y), w wide and h high. */
const box = (x: number, y: number, w: number, h: number): PdfMark => ({ box: [x, y, w, h] });

/**
 * The borders of a grid with columns at `xs` and rows at `ys` (top first), leaving out the
 * horizontal edges listed in `open` as [row boundary index, column] (a cell merged down across
 * that boundary), drawn as `style` draws them.
 */
export function gridBorders(
  xs: readonly number[],
  ys: readonly number[],
  open: readonly (readonly [number, number])[] = [],
  style: 'lines' | 'boxes' = 'lines',
): PdfMark[] {
  const marks: PdfMark[] = [];
  const horizontal = (x0: number, x1: number, y: number) =>
    marks.push(style === 'lines' ? line(x0, y, x1, y) : box(x0, y - 0.25, x1 - x0, 0.5));
  const vertical = (x: number, y0: number, y1: number) =>
    marks.push(style === 'lines' ? line(x, y0, x, y1) : box(x - 0.25, y0, 0.5, y1 - y0));
  ys.forEach((y, row) => {
    for (let column = 0; column + 1 < xs.length; column++) {
      if (!open.some(([r, c]) => r === row && c === column)) horizontal(xs[column] as number, xs[column + 1] as number, y);
    }
  });
  for (const x of xs) vertical(x, ys.at(-1) as number, ys[0] as number);
  return marks;
}

/** A PDF of the pages' marks; with `scale`, each page is drawn at 1/scale and scaled up by its transformation matrix, as some producers do. */
export function aPdf(pages: readonly (readonly PdfMark[])[], { scale = 1 } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${pages.map((_, i) => `${5 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  add(
    '<< /Type /Font /Subtype /Type0 /BaseFont /MingLiU /Encoding /UniCNS-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /MingLiU /CIDSystemInfo << /Registry (Adobe) /Ordering (CNS1) /Supplement 0 >> /DW 1000 >> ] >>',
  );
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pages.forEach((marks, i) => {
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /C 3 0 R /H 4 0 R >> >> /Contents ${6 + 2 * i} 0 R >>`,
    );
    const content = [`q ${scale} 0 0 ${scale} 0 0 cm`, ...marks.map((mark) => drawn(mark, scale)), 'Q'].join('\n');
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

function drawn(mark: PdfMark, scale: number): string {
  const at = (...values: readonly number[]) => values.map((value) => value / scale).join(' ');
  if ('line' in mark) {
    const [x0, y0, x1, y1] = mark.line;
    return `q ${mark.gray ?? 0} G ${at(mark.width ?? 0.5)} w ${at(x0, y0)} m ${at(x1, y1)} l S Q`;
  }
  if ('box' in mark) {
    const [x, y, w, h] = mark.box;
    return `q ${mark.gray ?? 0} g ${at(x, y, w, h)} re f Q`;
  }
  // One text object per run of Chinese or other characters, each placed after the one before
  // (Chinese an em wide, Helvetica's widths for the rest are close enough at half an em).
  const size = mark.size ?? 12;
  const runs = mark.text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+|[^\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu) ?? [];
  let x = mark.x;
  return runs
    .map((run) => {
      const chinese = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(run);
      const shown = chinese
        ? `<${[...run].map((c) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')).join('')}>`
        : `(${run.replace(/[()\\]/gu, '\\$&')})`;
      const start = x;
      x += chinese ? [...run].length * size : helveticaWidth(run) * size;
      return `BT /${chinese ? 'C' : 'H'} ${size / scale} Tf ${start / scale} ${mark.y / scale} Td ${shown} Tj ET`;
    })
    .join('\n');
}

// Helvetica's advance widths (per em) for the characters the tests write.
function helveticaWidth(run: string): number {
  return [...run].reduce(
    (sum, c) =>
      sum +
      (c === ' '
        ? 0.278
        : /[0-9]/u.test(c)
          ? 0.556
          : /[.,:;]/u.test(c)
            ? 0.278
            : /[()-]/u.test(c)
              ? 0.333
              : /[A-Z]/u.test(c)
                ? 0.667
                : 0.5),
    0,
  );
}
