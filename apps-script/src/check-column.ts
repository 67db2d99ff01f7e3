import { SUBMISSION_COLUMNS } from '../../shared/columns.ts';
import { headerColumn, plainText } from './sheet-cells.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Writes a row's 檢核結果 — the one user-tab cell the system writes (SPEC.md) — adding the column
 * after the last header when the tab has none yet, where the functions would put it too.
 */
export function writeCheckResult(spreadsheet: Spreadsheet, tab: string, row: number, text: string): void {
  const sheet = spreadsheet.getSheetByName(tab);
  if (!sheet || row < 2) return;
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  let column = headerColumn(header, SUBMISSION_COLUMNS.檢核結果);
  if (column === 0) {
    let last = header.length;
    while (last > 0 && String(header[last - 1] ?? '').trim() === '') last--;
    column = last + 1;
    sheet.getRange(1, column).setValue(SUBMISSION_COLUMNS.檢核結果[0]);
  }
  sheet.getRange(row, column).setValue(plainText(text));
}
