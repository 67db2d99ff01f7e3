// A workbook kept as one .xlsx file, through exceljs. Reading gives cells as Google Sheets' API
// gives them unformatted: dates as serial numbers, formulas as their cached result, rich text as
// plain text. Writing edits exceljs's model of the file rather than rebuilding it from values, so
// user tabs keep their formulas, styles, merges and validation; only the 檢核結果 column is set,
// and output tabs are dropped and added again at the end, as applyChanges orders them. exceljs
// cannot keep charts, pivot tables and images on that round trip: a file holding them is not
// written in place (the run is refused and --out suggested); the copy --out makes loses them, and
// the run says so.
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { serialOfUtcMs } from '../../../shared/dates.ts';
import { placeKeyedColumns } from '../../../shared/keyed-columns.ts';
import { fillMergedCells } from '../../../shared/merged-cells.ts';
import * as msg from '../../../shared/messages/functions/index.ts';
import { placeVerdicts } from '../../../shared/verdict-placement.ts';
import type { Cell, KeyedColumns, OutputTab, Snapshot, Tab, VerdictColumn, Workbook } from '../../../shared/workbook.ts';
import type { WriteOptions } from '../copy-options.ts';
import type { Versioned } from '../file-version.ts';
import { rewriteWorkbookFile } from '../guarded-replace.ts';
import type { CreateOptions } from '../print-layout.ts';
import { WorkbookError, WriteRefused } from '../workbook-error.ts';
import { prepareFolder, readWorkbookVersioned, replaceFile } from '../workbook-file.ts';
import { xlsxContents } from './xlsx-parts.ts';
import { fitXlsxRow } from './xlsx-row-fit.ts';
import { addXlsxSheet } from './xlsx-sheet.ts';

/** Opens an .xlsx file as a workbook. */
export function openXlsxWorkbook(path: string, options: WriteOptions = {}): Workbook {
  // The model of the file as last read: exceljs takes seconds to parse a large workbook, so the
  // write edits this one rather than parsing the same bytes again — once, and only for the bytes
  // it was made from; the file is still compared with them before the rename (guarded-replace.ts).
  let lastRead: { readonly file: Versioned<Buffer>; readonly book: ExcelJS.Workbook } | null = null;
  return {
    location: path,
    async read() {
      const file = await readWorkbookVersioned(path, 'xlsx');
      const book = await parseXlsx(path, file.content);
      lastRead = { file, book };
      return snapshotOf(book);
    },
    async write(changes) {
      let reusable = lastRead;
      lastRead = null;
      // A unit may have added, moved or sorted rows while the run computed, or saved the file:
      // then it is read and the changes made again from what it holds.
      const render = async (bytes: Buffer, warn: (message: string) => void) => {
        const { lost } = xlsxContents(bytes);
        if (lost.length > 0) {
          if (!options.copy) throw new WriteRefused(msg.xlsxPartsRefused(path, lost));
          warn(msg.xlsxCopyPartsDropped(path, lost));
        }
        const book = reusable?.file.content === bytes ? reusable.book : await parseXlsx(path, bytes);
        reusable = null;
        const outputs = new Set(changes.outputs.map((tab) => tab.name));
        for (const sheet of book.worksheets) if (outputs.has(sheet.name)) book.removeWorksheet(sheet.id);
        for (const verdicts of changes.verdicts) {
          const sheet = book.getWorksheet(verdicts.tab);
          if (sheet) writeVerdictColumn(sheet, verdicts);
        }
        for (const append of changes.appends ?? []) {
          const sheet = book.getWorksheet(append.tab);
          if (sheet) appendRows(sheet, append.rows);
        }
        for (const tab of changes.outputs) addXlsxSheet(book, tab);
        for (const change of changes.keyedColumns ?? []) writeKeyedColumns(book, change);
        return new Uint8Array(await book.xlsx.writeBuffer());
      };
      await rewriteWorkbookFile(path, 'xlsx', options, render, reusable?.file);
    },
  };
}

/** Writes the tabs as a new .xlsx file at `path`, replacing one that is there. */
export async function createXlsxWorkbook(path: string, tabs: readonly OutputTab[], options: CreateOptions = {}): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = 'guankao';
  for (const tab of tabs) addXlsxSheet(book, tab, options.print);
  await prepareFolder(dirname(path));
  await saveXlsx(book, path);
}

async function parseXlsx(path: string, bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  if (!xlsxContents(bytes).isWorkbook) throw new WorkbookError(msg.spreadsheetFileUnreadable(path, 'xlsx'));
  try {
    // exceljs types its input as an ArrayBuffer; JSZip underneath takes one.
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new WorkbookError(msg.spreadsheetFileUnreadable(path, 'xlsx'));
  }
  return book;
}

async function saveXlsx(book: ExcelJS.Workbook, path: string): Promise<void> {
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  await replaceFile(path, (file) => file.writeFile(bytes));
}

function snapshotOf(book: ExcelJS.Workbook): Snapshot {
  return { tabs: book.worksheets.map(tabOf) };
}

// A merged range's value goes down the rows it spans (shared/merged-cells.ts), on every read of the
// tab alike: the write reads it again to place 檢核結果 beside the rows as the run read them.
function tabOf(sheet: ExcelJS.Worksheet): Tab {
  const rows: Cell[][] = [];
  const merges = new Map<string, { row: number; column: number; bottom: number; right: number }>();
  sheet.eachRow((row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell((cell, columnNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        const { master } = cell;
        const range = merges.get(master.address) ?? {
          row: Number(master.row),
          column: Number(master.col),
          bottom: rowNumber,
          right: columnNumber,
        };
        merges.set(master.address, { ...range, bottom: Math.max(range.bottom, rowNumber), right: Math.max(range.right, columnNumber) });
      }
      const value = cellValue(cell);
      if (value === null) return;
      while (cells.length < columnNumber - 1) cells.push(null);
      cells[columnNumber - 1] = value;
    });
    if (cells.length === 0) return;
    // Blank rows inside a tab stay, so row numbers in 檢核錯誤 match what the user sees.
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  if (merges.size === 0) return { name: sheet.name, rows };
  const ranges = [...merges.values()].map(({ row, column, bottom, right }) => ({
    row: row - 1,
    column: column - 1,
    rows: bottom - row + 1,
    columns: right - column + 1,
  }));
  return { name: sheet.name, rows: fillMergedCells(rows, ranges) };
}

function cellValue(cell: ExcelJS.Cell): Cell {
  // exceljs repeats a merged range's value in every cell of it; Sheets gives it in the first only.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  return plain(cell.value);
}

function plain(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return serialOfUtcMs(value.getTime());
  if ('richText' in value) return plain(value.richText.map((run) => run.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return plain(value.result as ExcelJS.CellValue | undefined);
  if ('hyperlink' in value) return plain(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

// Below the last row holding a value in the sheet as read again (a row a unit added meanwhile
// included); a row of formats alone does not count, as in a spreadsheet.
function appendRows(sheet: ExcelJS.Worksheet, rows: readonly (readonly Cell[])[]): void {
  const after = tabOf(sheet).rows.length;
  rows.forEach((cells, r) => {
    const row = sheet.getRow(after + r + 1);
    cells.forEach((value, c) => {
      if (value !== null && value !== '') row.getCell(c + 1).value = value;
    });
  });
}

// Each verdict beside its own row in the sheet as read again (verdict-placement.ts); a row the
// run did not check keeps its cell.
function writeVerdictColumn(sheet: ExcelJS.Worksheet, verdicts: VerdictColumn): void {
  setColumn(sheet, verdicts.column, placeVerdicts(tabOf(sheet).rows, verdicts));
}

// The system's columns of a tab a user edits too, placed in the sheet as read again
// (keyed-columns.ts); a missing tab is added at the end, laid out as an output tab.
function writeKeyedColumns(book: ExcelJS.Workbook, change: KeyedColumns): void {
  const sheet = book.getWorksheet(change.tab);
  const edit = placeKeyedColumns(sheet ? tabOf(sheet).rows : undefined, change);
  if (!edit) return;
  if (!sheet || edit.create) {
    addXlsxSheet(book, { name: change.tab, rows: edit.create ?? [], ...(change.layout ? { layout: change.layout } : {}) });
    return;
  }
  for (const [column, values] of edit.columns) setColumn(sheet, column, values);
  appendRows(sheet, edit.appended);
}

// Sets column `column` to `values` (row 1 first; undefined leaves a row's cell as it is).
function setColumn(sheet: ExcelJS.Worksheet, column: number, placed: readonly (string | undefined)[]): void {
  for (const [index, text] of placed.entries()) {
    if (text === undefined) continue;
    const rowNumber = index + 1;
    const value = text === '' ? null : text;
    const cell = sheet.getCell(rowNumber, column + 1);
    // Untouched when equal, so a cell's formula or style is not disturbed for nothing; its row is
    // still made tall enough, as a file written before rows were fitted needs.
    if (cellValue(cell) !== value) {
      cell.value = value;
      // Several problems are written one per line; a new style object, as exceljs shares them between cells.
      if (typeof value === 'string' && value.includes('\n') && !cell.alignment?.wrapText) {
        cell.style = { ...cell.style, alignment: { ...cell.alignment, wrapText: true, vertical: 'top' } };
      }
    }
    fitXlsxRow(sheet, rowNumber, column + 1);
  }
}
