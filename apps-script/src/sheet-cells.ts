import { serialOfInstant } from '../../shared/dates.ts';
import { HEADER_SEARCH_ROWS } from '../../shared/header-row.ts';
import { fillMergedCells } from '../../shared/merged-cells.ts';
import { findSubmissionHeader } from '../../shared/submission-tabs.ts';
import { matchKey } from '../../shared/text.ts';
import { firstFreeColumn } from '../../shared/verdict-column.ts';
import type { Cell, Tab } from '../../shared/workbook.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A value from Range.getValues() as a shared Cell: a Date becomes the Sheets serial the functions read (the wall time in the spreadsheet's zone). */
function toCell(value: unknown, timeZone: string): Cell {
  if (value instanceof Date) return serialOfInstant(value.getTime(), timeZone);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value === '' ? null : value;
  return null;
}

/** Every cell of a tab, dates as serials; a merged cell's value in every row it spans, as the functions read it. */
export function readTab(sheet: Sheet, timeZone: string): Tab {
  const range = sheet.getDataRange();
  const rows = range.getValues().map((row) => row.map((value) => toCell(value, timeZone)));
  return { name: sheet.getName(), rows: filledMerges(range, rows) };
}

/** Every cell of a tab as the user sees it (for 設定, 單位 and 計畫, whose text is what counts), merged cells as readTab reads them. */
export function readDisplayTab(sheet: Sheet): Tab {
  const range = sheet.getDataRange();
  const rows = range.getDisplayValues().map((row) => row.map((text) => (text === '' ? null : text)));
  return { name: sheet.getName(), rows: filledMerges(range, rows) };
}

// The data range starts at A1, so a merge's position in it is its row and column less one.
function filledMerges(range: GoogleAppsScript.Spreadsheet.Range, rows: readonly (readonly Cell[])[]): (readonly Cell[])[] {
  const merges = range.getMergedRanges().map((merged) => ({
    row: merged.getRow() - 1,
    column: merged.getColumn() - 1,
    rows: merged.getNumRows(),
    columns: merged.getNumColumns(),
  }));
  return merges.length > 0 ? fillMergedCells(rows, merges) : [...rows];
}

/** The first rows of a tab as the user sees them: the rows a header can be in (HEADER_SEARCH_ROWS), the rest unread. */
export function headerRows(sheet: Sheet): Tab {
  const rows = Math.min(Math.max(sheet.getLastRow(), 1), HEADER_SEARCH_ROWS);
  const texts = sheet.getRange(1, 1, rows, Math.max(sheet.getLastColumn(), 1)).getDisplayValues();
  return { name: sheet.getName(), rows: texts.map((row) => row.map((text) => (text === '' ? null : text))) };
}

/** A submission tab's header as the functions find it, below any title rows: its 1-based row and its cells. */
export function submissionHeaderOf(sheet: Sheet): { row: number; cells: string[] } {
  const top = headerRows(sheet);
  const { index } = findSubmissionHeader(top);
  return { row: index + 1, cells: (top.rows[index] ?? []).map((cell) => (cell === null ? '' : String(cell))) };
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
 * Text Sheets keeps as text whatever it looks like — `1-1` is no date, `16` no number — behind the
 * apostrophe that marks text as typed, which Sheets does not show or store.
 */
export function literalText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/**
 * The first column (1-based) right of everything the tab holds, in any row: where the system adds a
 * column (檢核結果, a 填報 column a tab lacks), so it never lands on a note in a column without a
 * header. The functions' rule (shared firstFreeColumn) on the tab as shown, so both sides put it in
 * the same place.
 */
export function nextFreeColumn(sheet: Sheet): number {
  return firstFreeColumn(readDisplayTab(sheet).rows) + 1;
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
