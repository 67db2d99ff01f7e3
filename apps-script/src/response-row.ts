import { submissionColumnOf } from '../../shared/input-columns.ts';
import { mergeRepeatedColumns } from '../../shared/submission-tabs.ts';
import { parseTimestamp } from '../../shared/timestamp-reading.ts';
import type { Cell } from '../../shared/workbook.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Utilities = GoogleAppsScript.Utilities.Utilities;

/** One form response as its row in the response tab holds it. */
export interface ResponseRow {
  readonly tab: string;
  readonly row: number;
  /** When the response arrived (epoch ms), null when the row has no readable 時間戳記. */
  readonly timestamp: number | null;
  readonly email: string;
  /** Every question's answer by its title, as the user sees it; dates as yyyy-MM-dd. */
  readonly answers: Readonly<Record<string, string>>;
}

/**
 * Reads a response row from the sheet — not from the event, whose values are blank for the
 * questions an edited response left unchanged. Null when the row holds no answer at all (the
 * blank events Forms sometimes fires a few seconds after a real one).
 */
export function readResponseRow(sheet: Sheet, row: number, timeZone: string, utilities: Utilities): ResponseRow | null {
  const width = sheet.getLastColumn();
  if (row < 2 || width < 1) return null;
  const header = sheet.getRange(1, 1, 1, width).getDisplayValues()[0] ?? [];
  const range = sheet.getRange(row, 1, 1, width);
  const values = range.getValues()[0] ?? [];
  const shown = range.getDisplayValues()[0] ?? [];
  // A date cell is a moment at midnight in the spreadsheet's own zone: its day there is the day
  // shown, the one the functions read (a serial of the wall time), whatever zone 設定 names.
  const shownZone = sheet.getParent().getSpreadsheetTimeZone();
  let timestamp: number | null = null;
  const texts: Cell[] = header.map((title, index) => {
    const value: unknown = values[index];
    const text = shown[index] ?? '';
    if (submissionColumnOf(title) === '時間戳記') {
      const read = value instanceof Date ? { ok: true as const, value: value.getTime() } : parseTimestamp(text, timeZone);
      timestamp = read.ok ? read.value : null;
    }
    return value instanceof Date ? utilities.formatDate(value, shownZone, 'yyyy-MM-dd') : text;
  });
  const merged = mergeRepeatedColumns(header, [texts]);
  const cells = merged.rows[0] ?? [];
  let email = '';
  const answers: Record<string, string> = {};
  merged.header.forEach((title, index) => {
    const text = String(cells[index] ?? '');
    const canonical = submissionColumnOf(title);
    if (canonical === '電子郵件地址') email = text.trim();
    else if (canonical !== '時間戳記' && canonical !== '檢核結果' && String(title ?? '').trim() !== '')
      answers[String(title).trim()] = text;
  });
  if (Object.values(answers).every((text) => text.trim() === '')) return null;
  return { tab: sheet.getName(), row, timestamp, email, answers };
}

/** The signed body (SPEC.md › Signed submissions): submittedAt in ISO 8601 with the zone's offset. */
export function submissionBody(responseId: string, response: ResponseRow, timeZone: string, utilities: Utilities, now: number): string {
  const submittedAt = utilities.formatDate(new Date(response.timestamp ?? now), timeZone, "yyyy-MM-dd'T'HH:mm:ssXXX");
  return JSON.stringify({ responseId, submittedAt, email: response.email, answers: response.answers });
}
