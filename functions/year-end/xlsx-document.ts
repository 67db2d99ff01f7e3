// A year-end document as an .xlsx workbook (for those who edit in Excel), through exceljs: A4
// landscape fitted to the page width, the header row repeated on every printed page, merged title
// and heading rows, dates as real dates shown 民國115年1月31日, ratios as percentages. exceljs
// cannot write charts, so the chart specifications are not drawn here (the .ods and PDF have them).
import ExcelJS from 'exceljs';
import type { DocCell, DocRow, DocSheet, Document, RowKind } from '../../shared/document.ts';
import { headerRowIndexes } from '../../shared/document.ts';

/** The font for .xlsx: the one every zh-TW Windows has (the .ods and PDF use Noto Sans CJK TC). */
export const XLSX_FONT = 'Microsoft JhengHei';

// Era year in zh-TW (LCID 404): Excel and LibreOffice show 民國115年1月31日.
const ROC_DATE_FORMAT = '[$-404]gge"年"m"月"d"日"';
const PERCENT_FORMAT = '0.0%';
const PIXELS_PER_CHARACTER = 7.5;
// Width of an A4 landscape page inside our margins, in Excel character widths at 100%.
const PAGE_CHARACTERS = 150;

const LOOK: Readonly<Record<RowKind, { size: number; bold: boolean; fill?: string; border: boolean; align?: 'center' | 'right' }>> = {
  title: { size: 16, bold: true, border: false, align: 'center' },
  info: { size: 10, bold: false, border: false, align: 'right' },
  header: { size: 11, bold: true, fill: 'FFD9D9D9', border: true, align: 'center' },
  group: { size: 11, bold: true, fill: 'FFEEF3F8', border: true },
  subgroup: { size: 10, bold: true, fill: 'FFF7F7F7', border: true },
  body: { size: 10, bold: false, border: true },
  total: { size: 10, bold: true, fill: 'FFF2F2F2', border: true },
};

/** The bytes of an .xlsx file holding the document, one worksheet a sheet. */
export async function xlsxDocumentBytes(document: Document): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'guankao';
  workbook.title = document.title;
  // exceljs writes dc:language from the model but does not type it.
  Object.assign(workbook, { language: document.language });
  for (const sheet of document.sheets) addSheet(workbook, sheet, document.title);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, sheet: DocSheet, title: string): void {
  const headers = headerRowIndexes(sheet);
  const first = headers[0];
  const last = headers.at(-1);
  const worksheet = workbook.addWorksheet(sheet.name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.47, right: 0.47, top: 0.47, bottom: 0.6, header: 0.2, footer: 0.25 },
      ...(first !== undefined && last !== undefined ? { printTitlesRow: `${first + 1}:${last + 1}` } : {}),
    },
    headerFooter: { oddFooter: `&L${title.replaceAll('&', '&&')}&R第 &P 頁，共 &N 頁` },
    views: last !== undefined ? [{ state: 'frozen', ySplit: last + 1 }] : [],
  });
  const total = sheet.widths.reduce((sum, width) => sum + width, 0);
  // Fit the widths to the page so the printout matches the .ods; fitToWidth covers the rest.
  const scale = total / PIXELS_PER_CHARACTER > PAGE_CHARACTERS ? (PAGE_CHARACTERS * PIXELS_PER_CHARACTER) / total : 1;
  worksheet.columns = sheet.widths.map((width) => ({ width: Math.max(4, (width * scale) / PIXELS_PER_CHARACTER) }));
  const columns = Math.max(sheet.widths.length, ...sheet.rows.map((row) => row.cells.length));
  sheet.rows.forEach((row, index) => writeRow(worksheet, row, index + 1, columns));
}

function writeRow(worksheet: ExcelJS.Worksheet, row: DocRow, rowNumber: number, columns: number): void {
  const look = LOOK[row.kind];
  const excelRow = worksheet.getRow(rowNumber);
  for (let c = 0; c < columns; c++) {
    const cell = excelRow.getCell(c + 1);
    setValue(cell, row.cells[c] ?? null);
    cell.font = { name: XLSX_FONT, size: look.size, bold: look.bold };
    const numeric = typeof row.cells[c] === 'number' || isPercent(row.cells[c] ?? null);
    cell.alignment = { wrapText: true, vertical: look.border ? 'top' : 'middle', ...(look.align ? { horizontal: look.align } : numeric ? { horizontal: 'right' } : {}) };
    if (look.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: look.fill } };
    if (look.border) {
      const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
  }
  if (row.merge && row.merge.to > row.merge.from) worksheet.mergeCells(rowNumber, row.merge.from + 1, rowNumber, row.merge.to + 1);
}

const isPercent = (cell: DocCell): boolean => cell !== null && typeof cell === 'object' && 'percent' in cell;

function setValue(cell: ExcelJS.Cell, value: DocCell): void {
  if (value === null || value === '') return;
  if (typeof value === 'string' || typeof value === 'number') {
    // A string is stored as a string even when it starts with `=`: never a formula.
    cell.value = value;
    return;
  }
  if ('date' in value) {
    cell.value = new Date(Date.UTC(value.date.year, value.date.month - 1, value.date.day));
    cell.numFmt = ROC_DATE_FORMAT;
    return;
  }
  cell.value = value.percent;
  cell.numFmt = PERCENT_FORMAT;
}
