import { statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Workbook } from '../../shared/workbook.ts';
import { lazyWorkbook } from './lazy-workbook.ts';
import { openLocalWorkbook } from './local-workbook.ts';
import type { RetryPolicy } from './sheets/sheets-retry.ts';
import { spreadsheetIdOf } from './workbook-location.ts';

// The Google clients take about 150 ms to load: a run over a local workbook never loads them.

/** How to reach Google when a location is a spreadsheet. */
export interface OpenOptions {
  /** GUANKAO_SHEETS_API_URL: another root for the Sheets API (an emulator); requests then carry no credentials. */
  readonly sheetsApiUrl?: string;
  /** The main workbook: a unit's 填報試算表 given as a relative path is found beside it (inside it, for a CSV folder). */
  readonly relativeTo?: string;
  /** Overrides of the Sheets retry policy (tests pass a sleep that returns at once). */
  readonly retry?: Partial<RetryPolicy>;
  /** A local workbook is read and written once and not asked afterwards whether it changed (copy-options.ts). */
  readonly oneShot?: boolean;
}

/** Opens a workbook wherever it lives: a Google spreadsheet id or URL, an .xlsx / .ods file, or a CSV folder. */
export function openWorkbook(location: string, options: OpenOptions = {}): Workbook {
  const spreadsheetId = spreadsheetIdOf(location);
  if (spreadsheetId) {
    const sheetsOptions = {
      ...(options.sheetsApiUrl ? { rootUrl: options.sheetsApiUrl } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
    };
    return lazyWorkbook(spreadsheetId, () =>
      import('./sheets/sheets-workbook.ts').then(({ openSheetsWorkbook }) => openSheetsWorkbook(spreadsheetId, sheetsOptions)),
    );
  }
  const path = options.relativeTo && !isAbsolute(location) ? resolve(baseDirectory(options.relativeTo), location) : location;
  return openLocalWorkbook(path, options.oneShot ? { oneShot: true } : {});
}

function baseDirectory(mainWorkbook: string): string {
  try {
    return statSync(mainWorkbook).isDirectory() ? mainWorkbook : dirname(mainWorkbook);
  } catch {
    return dirname(mainWorkbook);
  }
}
