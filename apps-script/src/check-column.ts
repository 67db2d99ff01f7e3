import { SUBMISSION_COLUMNS } from '../../shared/columns.ts';
import { headerColumn, nextFreeColumn, plainText } from './sheet-cells.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Writes a row's 檢核結果 — the one user-tab cell the system writes (SPEC.md) — adding the column
 * right of the last filled cell of any row when the tab has none yet (never over a note in a
 * column without a header), where the functions would put it too.
 */
export function writeCheckResult(spreadsheet: Spreadsheet, tab: string, row: number, text: string): void {
  const sheet = spreadsheet.getSheetByName(tab);
  if (!sheet || row < 2) return;
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  let column = headerColumn(header, SUBMISSION_COLUMNS.檢核結果);
  if (column === 0) {
    column = nextFreeColumn(sheet);
    sheet.getRange(1, column).setValue(SUBMISSION_COLUMNS.檢核結果[0]);
  }
  sheet.getRange(row, column).setValue(plainText(text));
}
