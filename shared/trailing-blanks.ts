import type { Cell } from './workbook.ts';

// A spreadsheet keeps no empty cells after a row's last value and no empty rows after the last
// row: what every backend reads, every writer leaves and the rebuild hashes is trimmed alike.
// Empty means null or '' only: a cell holding spaces still holds what was typed.

/** How many cells of a row count: up to its last one that is not null or '', the column `ignoring` aside. */
export function filledLength(row: readonly (Cell | undefined)[], ignoring = -1): number {
  let end = row.length;
  while (end > 0 && (end - 1 === ignoring || row[end - 1] === null || row[end - 1] === undefined || row[end - 1] === '')) end--;
  return end;
}

/** The row without its empty trailing cells. */
export function withoutTrailingBlanks(row: readonly Cell[]): Cell[] {
  return row.slice(0, filledLength(row));
}

/** The rows without the empty rows at their end (`[]`, as trimmed rows are); blank rows inside stay, so row numbers still match. */
export function withoutTrailingEmptyRows<T extends readonly Cell[]>(rows: readonly T[]): T[] {
  let end = rows.length;
  while (end > 0 && rows[end - 1]?.length === 0) end--;
  return rows.slice(0, end);
}
