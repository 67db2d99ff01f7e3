import { mapHeader, SUBMISSION_COLUMNS, type SubmissionColumn } from '../../shared/input-columns.ts';
import { VERDICT_HEADER } from '../../shared/verdict-column.ts';
import { ensureGrid, nextFreeColumn, plainText } from './sheet-cells.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Writes a row's 檢核結果 — the one user-tab cell the system writes (SPEC.md) — adding the column
 * right of the last filled cell of any row when the tab has none yet (never over a note in a
 * column without a header), where the functions would put it too.
 */
export function writeVerdict(spreadsheet: Spreadsheet, tab: string, row: number, text: string): void {
  const sheet = spreadsheet.getSheetByName(tab);
  if (!sheet || row < 2) return;
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  let column = submissionColumn(header, '檢核結果');
  if (column === 0) {
    column = nextFreeColumn(sheet);
    ensureGrid(sheet, row, column);
    sheet.getRange(1, column).setValue(VERDICT_HEADER);
  }
  sheet.getRange(row, column).setValue(plainText(text));
}

/**
 * The 1-based column of a submission tab that holds `column`, 0 when none: the functions' rule
 * (shared mapHeader — the first header naming it, exact words before noted ones such as
 * `檢核結果（系統填寫，請勿修改）`), so both sides write and read the same column.
 */
export function submissionColumn(header: readonly unknown[], column: SubmissionColumn): number {
  return (
    (mapHeader(
      header.map((cell) => String(cell ?? '')),
      SUBMISSION_COLUMNS,
    )[column] ?? -1) + 1
  );
}
