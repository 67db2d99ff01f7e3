// Row heights of a year-end document's worksheet: LibreOffice shows an .xlsx row without a height
// as one line, which cut 具體作法 and 執行成效 to their first line. Each row gets the height its
// wrapped cells need by the rule the workbooks' rows follow (shared/row-height.ts); a cell merged
// across is laid out over the merge, and one merged down (實施要項) over the rows it spans, the last
// of them made taller when they fall short.
import type { DocSheet, DownMerge } from '../../shared/published-document.ts';
import { cellAsText } from '../../shared/published-document.ts';
import { type WrappedCell, wrappedRowHeightPt } from '../../shared/row-height.ts';
import { ROW_LOOKS } from '../../shared/row-looks.ts';

/** Each row's height in points, or null where one line does; `columnPx` is each column's width in pixels as written, `defaultPt` the height of a row left without one. */
export function documentRowHeightsPt(sheet: DocSheet, columnPx: readonly number[], defaultPt: number): (number | null)[] {
  const spanPx = (from: number, to: number) => columnPx.slice(from, to + 1).reduce((sum, px) => sum + px, 0);
  const downAt = new Map<string, DownMerge>();
  for (const merge of sheet.mergesDown ?? []) for (let r = merge.from; r <= merge.to; r++) downAt.set(`${r}:${merge.column}`, merge);
  const heights = sheet.rows.map((row, r) => {
    const cells: WrappedCell[] = [];
    row.cells.forEach((cell, column) => {
      if (downAt.has(`${r}:${column}`) || (row.merge && column > row.merge.from && column <= row.merge.to)) return;
      const last = row.merge?.from === column ? row.merge.to : column;
      cells.push({ text: cellAsText(cell), widthPx: spanPx(column, last), sizePt: ROW_LOOKS[row.kind].size });
    });
    return wrappedRowHeightPt(cells);
  });
  for (const merge of sheet.mergesDown ?? []) {
    const text = cellAsText(sheet.rows[merge.from]?.cells[merge.column] ?? null);
    const needed = wrappedRowHeightPt([{ text, widthPx: columnPx[merge.column] ?? 0, sizePt: ROW_LOOKS[merge.kind].size }]);
    const spanned = heights.slice(merge.from, merge.to + 1).reduce<number>((sum, height) => sum + (height ?? defaultPt), 0);
    if (needed !== null && spanned < needed) heights[merge.to] = (heights[merge.to] ?? defaultPt) + needed - spanned;
  }
  return heights;
}
