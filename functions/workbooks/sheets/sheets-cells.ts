// Cells between the Sheets API and the port. Reading: values come UNFORMATTED (numbers, booleans,
// text; dates as serial numbers); an empty cell inside a row comes as "". Writing: every value is
// a typed ExtendedValue, so text is always stringValue and never parsed: `=1+1`, `+886`, `-3天`,
// `@all` stay the text the user typed, never a formula (SPEC.md › output tabs); a date cell of a new
// workbook (Tab.dates) is its serial number with a date format.
import type { sheets_v4 } from '@googleapis/sheets';
import { dateCellsOf } from '../../../shared/date-cells.ts';
import { filledLength } from '../../../shared/trailing-blanks.ts';
import type { Cell, Tab } from '../../../shared/workbook.ts';

/** A value as batchGet returns it, as a port cell. */
function toCell(value: unknown): Cell {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** A row of values as batchGet returns it, trailing empty cells dropped. */
export function toRow(values: readonly unknown[]): Cell[] {
  const row = values.map(toCell);
  row.length = filledLength(row);
  return row;
}

/** The CellData that writes `cell` as it is; an empty object clears the cell. */
export function cellData(cell: Cell | undefined): sheets_v4.Schema$CellData {
  if (cell === null || cell === undefined || cell === '') return {};
  if (typeof cell === 'number') return { userEnteredValue: { numberValue: cell } };
  if (typeof cell === 'boolean') return { userEnteredValue: { boolValue: cell } };
  return { userEnteredValue: { stringValue: cell } };
}

/** The RowData that writes a row (ragged rows simply end early). */
export function rowData(row: readonly Cell[]): sheets_v4.Schema$RowData {
  return { values: row.map(cellData) };
}

// Sheets has no ROC calendar: a date cell is shown as the Gregorian date, unambiguously.
const DATE_FORMAT: sheets_v4.Schema$CellFormat = { numberFormat: { type: 'DATE', pattern: 'yyyy/mm/dd' } };

/** The RowData that write a tab's rows, its date cells (Tab.dates) as dates; with the field mask they need. */
export function tabRowData(tab: Tab): { readonly rows: sheets_v4.Schema$RowData[]; readonly fields: string } {
  if (!tab.dates?.length) return { rows: tab.rows.map(rowData), fields: 'userEnteredValue' };
  const isDate = dateCellsOf(tab);
  const rows = tab.rows.map((row, r) => ({
    values: row.map((cell, c) =>
      typeof cell === 'number' && isDate(r, c) ? { ...cellData(cell), userEnteredFormat: DATE_FORMAT } : cellData(cell),
    ),
  }));
  return { rows, fields: 'userEnteredValue,userEnteredFormat.numberFormat' };
}
