// How tall a row of wrapped text must be to show every line, for the formats that store a row's
// height (.xlsx, .ods) rather than fit it when shown, as Google Sheets does: LibreOffice shows an
// .xlsx row without a height as one line, whatever its cells hold, and Excel keeps the height a
// file gives. Estimated from the text metrics of our font (text-metrics.ts) and erring tall: a row
// a little too tall costs white space, one too short hides lines.
import { textWidthEm, wrappedLines } from './text-metrics.ts';
import type { Cell } from './workbook.ts';

/** The tallest row we write, in points: Excel's limit, about 24 lines of 11 pt text. */
export const ROW_HEIGHT_MAX_PT = 409;

// Calc's line of Noto Sans CJK TC measures 1.43 em (15.7 pt at 11 pt, and 1.5 pt more a row). Excel
// could not be measured here; the fonts it puts in Noto's place (新細明體, 微軟正黑體) set their
// lines closer than Noto's 1.45 em.
const LINE_HEIGHT_EM = 1.5;
const ROW_PADDING_PT = 2;
const PX_PER_PT = 96 / 72;
// A column's width less what the cell keeps clear of its text: margins on both sides and the grid line.
const CELL_MARGIN_PX = 7;

/** A cell's text as it wraps: the width of its column in pixels and its text's size in points. */
export interface WrappedCell {
  readonly text: string;
  readonly widthPx: number;
  readonly sizePt: number;
}

/** How many lines the cell's text takes: each of its lines wrapped at the column's width, at least one. */
export function cellLines({ text, widthPx, sizePt }: WrappedCell): number {
  const widthEm = (widthPx - CELL_MARGIN_PX) / (sizePt * PX_PER_PT);
  // Most cells are short, and text that fits the line whole is one line, however it breaks.
  if (!/[\n\r]/u.test(text) && (text.length <= widthEm || textWidthEm(text) <= widthEm)) return 1;
  return wrappedLines(text, widthEm);
}

// The height in points of a cell of `lines` lines of text of `sizePt` points, at most ROW_HEIGHT_MAX_PT.
function linesHeightPt(lines: number, sizePt: number): number {
  return Math.min(ROW_HEIGHT_MAX_PT, lines * LINE_HEIGHT_EM * sizePt + ROW_PADDING_PT);
}

/** The height in points a row needs for every line of its cells (at most ROW_HEIGHT_MAX_PT), or null when each cell is one line, which every format's default row shows. */
export function wrappedRowHeightPt(cells: Iterable<WrappedCell>): number | null {
  let height: number | null = null;
  for (const cell of cells) {
    const lines = cellLines(cell);
    if (lines > 1) height = Math.max(height ?? 0, linesHeightPt(lines, cell.sizePt));
  }
  return height;
}

/** A row's text cells as they wrap in text of `sizePt`, each in its column's width in pixels. */
export function* textCellsOf(cells: readonly Cell[], columnPx: (column: number) => number, sizePt: number): Generator<WrappedCell> {
  for (const [column, value] of cells.entries()) if (typeof value === 'string') yield { text: value, widthPx: columnPx(column), sizePt };
}
