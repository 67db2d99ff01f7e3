// One tab written into an exceljs workbook with the layout TabLayout asks for: frozen header row,
// column widths, wrapped text in rows tall enough for it, coloured 辦理狀態 cells, an autofilter on
// the header, A4 pages with the header row repeated, and (for a published document) a title header
// and page-number footer. Date cells (Tab.dates) are dates shown 民國116年6月30日.
import type ExcelJS from 'exceljs';
import { dateCellsOf } from '../../../shared/date-cells.ts';
import { serialToDate } from '../../../shared/dates.ts';
import * as msg from '../../../shared/messages/functions/index.ts';
import { textCellsOf, wrappedRowHeightPt } from '../../../shared/row-height.ts';
import { OUTPUT_HEADER_LOOK, TAB_TEXT_SIZE } from '../../../shared/row-looks.ts';
import { STATUS_LOOKS, type StatusLook } from '../../../shared/status-palette.ts';
import type { Cell, OutputTab } from '../../../shared/workbook.ts';
import type { PrintLayout } from '../print-layout.ts';
import { WorkbookError } from '../workbook-error.ts';
import { xmlSafe } from '../xml-text.ts';
import { ROC_DATE_FORMAT } from './xlsx-date-format.ts';

// Noto Sans CJK TC is what LibreOffice renders zh-TW with on Linux (and in our PDFs); charset 136
// (Big5) makes Excel on a Windows without it substitute a Traditional Chinese font (新細明體 /
// 微軟正黑體) rather than a Japanese or Simplified one.
const FONT: Partial<ExcelJS.Font> = { name: 'Noto Sans CJK TC', family: 2, charset: 136, size: TAB_TEXT_SIZE };
const EXCEL_CELL_MAX = 32_767;
// Excel column width unit: characters of the default font's digit (7 px), plus 5 px of padding.
const pxToChars = (px: number) => Math.max(1, Math.round(((px - 5) / 7) * 100) / 100);
/** A column's width in pixels from its width in Excel characters, or Excel's default (8.43 characters) without one. */
export const xlsxColumnPx = (chars: number | undefined) => Math.round((chars ?? 8.43) * 7 + 5);
const A4 = 9;

const BODY: Partial<ExcelJS.Style> = { font: FONT, alignment: { vertical: 'top', wrapText: true } };
const DATE: Partial<ExcelJS.Style> = { ...BODY, numFmt: ROC_DATE_FORMAT };
const HEADER: Partial<ExcelJS.Style> = {
  font: { ...FONT, bold: OUTPUT_HEADER_LOOK.bold },
  alignment: { vertical: OUTPUT_HEADER_LOOK.verticalAlign, wrapText: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${OUTPUT_HEADER_LOOK.fill}` } },
  border: { bottom: { style: 'thin', color: { argb: `FF${OUTPUT_HEADER_LOOK.underline}` } } },
};
const STATUS: ReadonlyMap<string, Partial<ExcelJS.Style>> = new Map(STATUS_LOOKS.map(({ word, look }) => [word, statusStyle(look)]));

/** Adds the tab as a new worksheet at the end of the book. */
export function addXlsxSheet(book: ExcelJS.Workbook, tab: OutputTab, print?: PrintLayout): void {
  if (!isXlsxTabName(tab.name)) throw new WorkbookError(msg.xlsxTabNameInvalid(tab.name));
  const layout = tab.layout;
  const sheet = book.addWorksheet(tab.name);
  const statusColumns = new Set(layout?.statusColumns ?? []);
  const isDate = dateCellsOf(tab);
  const columnPx = (c: number) => layout?.widths[c] ?? xlsxColumnPx(undefined);
  let width = 0;
  tab.rows.forEach((cells, r) => {
    width = Math.max(width, cells.length);
    const row = sheet.getRow(r + 1);
    // LibreOffice shows a row without a height as one line; Excel would fit it, but a height it keeps.
    const height = wrappedRowHeightPt(textCellsOf(cells, columnPx, TAB_TEXT_SIZE));
    if (height !== null) row.height = height;
    cells.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      if (typeof value === 'number' && isDate(r, c)) {
        const { year, month, day } = serialToDate(value);
        cell.value = new Date(Date.UTC(year, month - 1, day));
        cell.style = DATE;
        return;
      }
      if (value !== null) cell.value = xlsxValue(value);
      const colour = r > 0 && statusColumns.has(c) ? STATUS.get(String(value).trim()) : undefined;
      // Whole style objects only: exceljs shares them, so setting cell.font later would change them all.
      if (value !== null || r === 0) cell.style = r === 0 && layout ? HEADER : (colour ?? BODY);
    });
  });
  layout?.widths.forEach((px, c) => {
    sheet.getColumn(c + 1).width = pxToChars(px);
  });
  if (layout) {
    sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
    if (width > 0 && tab.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width } };
  }
  sheet.pageSetup = {
    paperSize: A4,
    orientation: print?.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(layout ? { printTitlesRow: '1:1' } : {}),
  };
  if (print) {
    sheet.headerFooter = {
      oddHeader: `&C&"Noto Sans CJK TC,Bold"&14${headerText(print.title)}`,
      oddFooter: `&C${msg.printPageNumber('&P', '&N')}`,
    };
  }
}

/** Whether Excel accepts the name for a tab: 1 to 31 characters, none of []:*?/\, not starting or ending with an apostrophe. */
function isXlsxTabName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[[\]:*?/\\]/u.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

function xlsxValue(value: Exclude<Cell, null>): ExcelJS.CellValue {
  // A string stays a string value (a shared string): text beginning with = never becomes a formula.
  if (typeof value !== 'string') return value;
  const text = xmlSafe(value);
  if (text.length <= EXCEL_CELL_MAX) return text;
  let end = EXCEL_CELL_MAX - msg.xlsxCellTruncated.length;
  if (/[\uD800-\uDBFF]/u.test(text.charAt(end - 1))) end--;
  return text.slice(0, end) + msg.xlsxCellTruncated;
}

function statusStyle(look: StatusLook): Partial<ExcelJS.Style> {
  return {
    font: { ...FONT, color: { argb: `FF${look.text}` } },
    alignment: { vertical: 'top', horizontal: 'center', wrapText: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${look.fill}` } },
  };
}

// In header and footer text & starts a code; a literal one is written &&.
const headerText = (text: string) => xmlSafe(text).replaceAll('&', '&&');
