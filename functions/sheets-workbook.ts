// PLACEHOLDER until the Google Sheets backend lands (issue 3): recognises spreadsheet ids and URLs
// so every entry point routes them here, and says plainly that this build cannot open them yet.
import type { Workbook } from '../shared/workbook.ts';
import { WorkbookError } from './workbook-error.ts';

/** Options for reaching the Sheets API. */
export interface SheetsOptions {
  /** Another root URL for the Sheets API (an emulator); requests then carry no credentials. */
  readonly rootUrl?: string;
}

/** The spreadsheet id in a Google Sheets URL or a bare id, or null when the text is neither. */
export function parseSpreadsheetId(location: string): string | null {
  const fromUrl = /\/spreadsheets\/d\/([A-Za-z0-9_-]{20,})/u.exec(location);
  if (fromUrl?.[1]) return fromUrl[1];
  return /^[A-Za-z0-9_-]{25,}$/u.test(location.trim()) ? location.trim() : null;
}

/** Opens a Google spreadsheet as a workbook. */
export function openSheetsWorkbook(spreadsheetId: string, _options: SheetsOptions = {}): Workbook {
  return {
    location: spreadsheetId,
    read: () => Promise.reject(new WorkbookError('此版本尚未支援 Google 試算表。')),
    write: () => Promise.reject(new WorkbookError('此版本尚未支援 Google 試算表。')),
  };
}
