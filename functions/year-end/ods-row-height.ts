// Row heights for the .ods, estimated here rather than left to LibreOffice: its "optimal height" for
// wrapped CJK text ignores cell padding and comes out a line short now and then, which cuts text off
// in the PDF. A slightly generous estimate costs a little white space and never loses a line.
import { cellAsText, type DocRow } from '../../shared/published-document.ts';
import { textWidthEm } from '../../shared/text-metrics.ts';

const CM_PER_POINT = 2.54 / 72;
// Calc's line in Noto Sans CJK is a little taller than Writer's (text-metrics.ts): 1.5 em.
const LINE_HEIGHT_EM = 1.5;

/** A row's height in cm: the tallest of its cells, each wrapped in its (merged) width less the padding. */
export function rowHeightCm(row: DocRow, widthsCm: readonly number[], fontPt: number, paddingCm: { x: number; y: number }): number {
  const emCm = fontPt * CM_PER_POINT;
  let lines = 1;
  row.cells.forEach((cell, column) => {
    if (row.merge && column > row.merge.from && column <= row.merge.to) return;
    const last = row.merge?.from === column ? row.merge.to : column;
    const width = widthsCm.slice(column, last + 1).reduce((sum, w) => sum + w, 0) - 2 * paddingCm.x - 0.1;
    const perLine = Math.max(1, Math.floor(width / emCm));
    const count = cellAsText(cell)
      .split(/\r\n|\r|\n/u)
      .reduce((sum, line) => sum + Math.max(1, Math.ceil((textWidthEm(line) * 1.03) / perLine)), 0);
    lines = Math.max(lines, count);
  });
  return lines * LINE_HEIGHT_EM * emCm + 2 * paddingCm.y + 0.05;
}
