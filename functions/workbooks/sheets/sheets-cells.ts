// Cells between the Sheets API and the port. Reading: values come UNFORMATTED (numbers, booleans,
// text; dates as serial numbers); an empty cell inside a row comes as "". Writing: every value is
// a typed ExtendedValue, so text is always stringValue and never parsed: `=1+1`, `+886`, `-3天`,
// `@all` stay the text the user typed, never a formula (SPEC.md › output tabs).
import type { sheets_v4 } from '@googleapis/sheets';
import { filledLength } from '../../../shared/trailing-blanks.ts';
import type { Cell } from '../../../shared/workbook.ts';

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
