// The date cells of a tab written as a new workbook (Tab.dates): each backend asks which cells they
// are, and one without date cells (CSV) writes each as the ROC date it stands for, as 計畫 reads it.
import { formatRocDate, serialToDate } from './dates.ts';
import type { Cell, Tab } from './workbook.ts';

/** Whether the cell at a 0-based row and column of the tab holds a date (a serial number). */
export function dateCellsOf(tab: Tab): (row: number, column: number) => boolean {
  const dates = tab.dates ?? [];
  if (dates.length === 0) return () => false;
  const keys = new Set(dates.map(({ row, column }) => `${row}:${column}`));
  return (row, column) => keys.has(`${row}:${column}`);
}

/** The ROC date a date cell's serial number stands for: 116年6月30日. */
export const dateCellText = (serial: number): string => formatRocDate(serialToDate(serial));

/** The tab's rows with every date cell written as its ROC date, for a backend whose cells are all text. */
export function rowsWithDateTexts(tab: Tab): readonly (readonly Cell[])[] {
  if (!tab.dates?.length) return tab.rows;
  const isDate = dateCellsOf(tab);
  return tab.rows.map((row, r) => row.map((cell, c) => (typeof cell === 'number' && isDate(r, c) ? dateCellText(cell) : cell)));
}
