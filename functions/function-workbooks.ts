import type { Workbook } from '../shared/workbook.ts';
import { lazyWorkbook } from './workbooks/lazy-workbook.ts';
import type { OpenOptions } from './workbooks/open-workbook.ts';
import { openSheetsWorkbook } from './workbooks/sheets/sheets-workbook.ts';
import { spreadsheetIdOf } from './workbooks/workbook-location.ts';

// The functions open a Google spreadsheet in production and a local workbook only in development
// and tests. Loading the local backends (exceljs, the ODS and CSV readers) costs about 90 ms and
// 20 MiB at every cold start, so they are imported on first use: the bundle puts them in a chunk
// of their own that a deployed instance never loads.

/** Opens a workbook like openWorkbook, importing the local backends only when a local one is used. */
export function openFunctionWorkbook(location: string, options: OpenOptions = {}): Workbook {
  const spreadsheetId = spreadsheetIdOf(location);
  if (spreadsheetId) return openSheetsWorkbook(spreadsheetId, options.sheetsApiUrl ? { rootUrl: options.sheetsApiUrl } : {});
  return lazyWorkbook(location, () => import('./workbooks/open-workbook.ts').then(({ openWorkbook }) => openWorkbook(location, options)));
}
