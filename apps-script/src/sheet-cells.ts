import { dateToSerial } from '../../shared/dates.ts';
import { instantToWall } from '../../shared/zone-offset.ts';
import { matchKey } from '../../shared/text.ts';
import type { Cell, Tab } from '../../shared/workbook.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const MS_PER_DAY = 86_400_000;
// Sheets serial numbers count days from 1899-12-30 (shared/dates.ts): the same numbers the Sheets
// API hands the functions.
const SERIAL_OF_EPOCH = dateToSerial({ year: 1970, month: 1, day: 1 });

/** A value from Range.getValues() as a shared Cell: a Date becomes a Sheets serial in the spreadsheet's zone. */
export function toCell(value: unknown, timeZone: string): Cell {
  if (value instanceof Date) return instantToWall(value.getTime(), timeZone) / MS_PER_DAY + SERIAL_OF_EPOCH;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value === '' ? null : value;
  return null;
}

/** Every cell of a tab, dates as serials. */
export function readTab(sheet: Sheet, timeZone: string): Tab {
  const values = sheet.getDataRange().getValues();
  return { name: sheet.getName(), rows: values.map((row) => row.map((value) => toCell(value, timeZone))) };
}

/** Every cell of a tab as the user sees it (for 設定, 單位 and 計畫, whose text is what counts). */
export function readDisplayTab(sheet: Sheet): Tab {
  return { name: sheet.getName(), rows: sheet.getDataRange().getDisplayValues().map((row) => row.map((text) => (text === '' ? null : text))) };
}

/** The tab whose name matches `name` as users may type it (full-width, spaces). */
export function findSheet(spreadsheet: Spreadsheet, name: string): Sheet | null {
  const key = matchKey(name);
  return spreadsheet.getSheets().find((sheet) => matchKey(sheet.getName()) === key) ?? null;
}

/**
 * Text that Sheets stores as typed: a leading = + - @ would start a formula, and a leading
 * apostrophe is taken as the mark that keeps text as text — so both get one more apostrophe.
 */
export function plainText(text: string): string {
  return /^[=+\-@\t\r']/u.test(text) ? `'${text}` : text;
}


/**
 * The first column right of everything the tab holds, in any row: where the system adds a column
 * (檢核結果, a 填報 column a tab lacks). Units keep notes in columns without a header; a column
 * placed after the last header would land on those notes and overwrite them (SPEC.md: the system
 * never rewrites a user's cell). getLastColumn covers every row; shared/run-consolidation.ts
 * places the functions' 檢核結果 by the same rule.
 */
export function nextFreeColumn(sheet: Sheet): number {
  return sheet.getLastColumn() + 1;
}

/**
 * Grows the tab's grid to at least `rows` × `columns`: a range outside the grid is refused
 * ("The coordinates of the range are outside the dimensions of the sheet"), and a tab does not
 * grow by itself — a new one is 1000 × 26, a Form's response tab may be exactly as wide as its
 * questions.
 */
export function ensureGrid(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}
