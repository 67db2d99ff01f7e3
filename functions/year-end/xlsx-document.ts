// A year-end document as an .xlsx workbook (for those who edit in Excel), through exceljs: A4
// landscape fitted to the page width, the header row repeated on every printed page, merged title
// and heading rows, rows as tall as their wrapped text (xlsx-row-heights.ts), dates as real dates
// shown 民國115年1月31日, ratios as percentages. exceljs cannot write charts, so the chart
// specifications are not drawn here (the .ods and PDF have them).
import ExcelJS from 'exceljs';
import * as msg from '../../shared/messages/functions/index.ts';
import {
  type DocCell,
  type DocRow,
  type DocSheet,
  type Document,
  headerRowIndexes,
  isNumericCell,
} from '../../shared/published-document.ts';
import { type Alignment, alignmentOf, ROW_LOOKS } from '../../shared/row-looks.ts';
import { ROC_DATE_FORMAT } from '../workbooks/xlsx/xlsx-date-format.ts';
import { xlsxColumnPx } from '../workbooks/xlsx/xlsx-sheet.ts';
import { documentRowHeightsPt } from './xlsx-row-heights.ts';

/** The font for .xlsx: the one every zh-TW Windows has (the .ods and PDF use Noto Sans CJK TC). */
const XLSX_FONT = 'Microsoft JhengHei';

const PERCENT_FORMAT = '0.0%';
const PIXELS_PER_CHARACTER = 7.5;
// Width of an A4 landscape page inside our margins, in Excel character widths at 100%.
const PAGE_CHARACTERS = 150;

const HORIZONTAL: Readonly<Record<Alignment, 'left' | 'center' | 'right'>> = { start: 'left', center: 'center', end: 'right' };
const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;

/** The bytes of an .xlsx file holding the document, one worksheet a sheet. */
export async function xlsxDocumentBytes(document: Document): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'guankao';
  workbook.title = document.title;
  // exceljs writes dc:language from the model but does not type it.
  Object.assign(workbook, { language: document.language });
  // A sheet holding only charts has nothing exceljs can write (it cannot draw charts).
  for (const sheet of document.sheets) if (!isChartsOnly(sheet)) addSheet(workbook, sheet, document.title);
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
    headerFooter: { oddFooter: `&L${title.replaceAll('&', '&&')}&R${msg.printPageNumber('&P', '&N')}` },
    views: last !== undefined ? [{ state: 'frozen', ySplit: last + 1 }] : [],
  });
  const total = sheet.widths.reduce((sum, width) => sum + width, 0);
  // Fit the widths to the page so the printout matches the .ods; fitToWidth covers the rest.
  const scale = total / PIXELS_PER_CHARACTER > PAGE_CHARACTERS ? (PAGE_CHARACTERS * PIXELS_PER_CHARACTER) / total : 1;
  worksheet.columns = sheet.widths.map((width) => ({ width: Math.max(4, (width * scale) / PIXELS_PER_CHARACTER) }));
  const columns = Math.max(sheet.widths.length, ...sheet.rows.map((row) => row.cells.length));
  const columnPx = Array.from({ length: columns }, (_, c) => xlsxColumnPx(worksheet.getColumn(c + 1).width));
  const heights = documentRowHeightsPt(sheet, columnPx, worksheet.properties.defaultRowHeight);
  sheet.rows.forEach((row, index) => {
    writeRow(worksheet, row, index + 1, columns);
    const height = heights[index];
    if (height != null) worksheet.getRow(index + 1).height = height;
  });
  // A cell merged down takes its own look, whatever the rows it spans.
  for (const merge of sheet.mergesDown ?? []) {
    const look = ROW_LOOKS[merge.kind];
    const cell = worksheet.getCell(merge.from + 1, merge.column + 1);
    cell.font = { name: XLSX_FONT, size: look.size, bold: look.bold };
    cell.fill = look.fill
      ? { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${look.fill}` } }
      : { type: 'pattern', pattern: 'none' };
    if (merge.to > merge.from) worksheet.mergeCells(merge.from + 1, merge.column + 1, merge.to + 1, merge.column + 1);
  }
}

const isChartsOnly = (sheet: DocSheet) => sheet.charts.length > 0 && sheet.rows.every((row) => row.kind === 'title' || row.kind === 'info');

// Each cell styled by its row kind's look (shared/row-looks.ts), as the .ods and the PDF are.
function writeRow(worksheet: ExcelJS.Worksheet, row: DocRow, rowNumber: number, columns: number): void {
  const look = ROW_LOOKS[row.kind];
  const excelRow = worksheet.getRow(rowNumber);
  for (let c = 0; c < columns; c++) {
    const cell = excelRow.getCell(c + 1);
    const value = row.cells[c] ?? null;
    setValue(cell, value);
    cell.font = { name: XLSX_FONT, size: look.size, bold: look.bold };
    cell.alignment = { wrapText: true, vertical: look.verticalAlign, horizontal: HORIZONTAL[alignmentOf(look, isNumericCell(value))] };
    if (look.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${look.fill}` } };
    if (look.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
  if (row.merge && row.merge.to > row.merge.from) worksheet.mergeCells(rowNumber, row.merge.from + 1, rowNumber, row.merge.to + 1);
}

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
