// A user's row that guankao writes a cell into (檢核結果, a keyed column) made tall enough when that
// cell wraps to more lines than the row shows: LibreOffice shows a row without a height as one
// line. The height is the one the row's wrapped cells need together, so fitting it never hides the
// lines of a cell of the user's; a row already as tall, by the user's hand or not, keeps its height.
import ExcelJS from 'exceljs';
import { type WrappedCell, wrappedRowHeightPt } from '../../../shared/row-height.ts';
import { TAB_TEXT_SIZE } from '../../../shared/row-looks.ts';
import { xlsxColumnPx } from './xlsx-sheet.ts';

/** Makes row `rowNumber` tall enough for the cell in column `columnNumber` (both from 1), and for its other wrapped cells with it. */
export function fitXlsxRow(sheet: ExcelJS.Worksheet, rowNumber: number, columnNumber: number): void {
  const row = sheet.getRow(rowNumber);
  const written = wrappedCell(sheet, row.getCell(columnNumber));
  const needed = written ? wrappedRowHeightPt([written]) : null;
  if (needed === null || (row.height ?? 0) >= needed) return;
  const cells: WrappedCell[] = [];
  row.eachCell((cell) => {
    const wrapped = wrappedCell(sheet, cell);
    if (wrapped) cells.push(wrapped);
  });
  row.height = Math.max(needed, wrappedRowHeightPt(cells) ?? 0);
}

// A cell of text shown wrapped, in its column's width; a merged cell's text is laid out over the
// whole merge, which its first column alone would overstate.
function wrappedCell(sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell): WrappedCell | null {
  if (!cell.alignment?.wrapText || cell.isMerged) return null;
  if (cell.type !== ExcelJS.ValueType.String && cell.type !== ExcelJS.ValueType.RichText) return null;
  const chars = sheet.getColumn(cell.col).width ?? sheet.properties.defaultColWidth;
  return { text: cell.text, widthPx: xlsxColumnPx(chars), sizePt: cell.font?.size ?? TAB_TEXT_SIZE };
}
