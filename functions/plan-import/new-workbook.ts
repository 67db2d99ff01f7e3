// Writes a workbook that did not exist (import-plan, roll-forward): a CSV folder, an .xlsx or .ods
// file, or the input tabs of an empty Google spreadsheet. A workbook already there is never written
// over: the coordinator's plan and submissions may be in it.
import { readdir, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import * as msg from '../../shared/messages/functions/index.ts';
import type { Tab } from '../../shared/workbook.ts';
import { createNewCsvFolder } from '../workbooks/csv/csv-folder-workbook.ts';
import { createLocalWorkbook } from '../workbooks/local-workbook.ts';
import type { OpenOptions } from '../workbooks/open-workbook.ts';
import { writeInputTabs } from '../workbooks/sheets/sheets-input-tabs.ts';
import { WorkbookError } from '../workbooks/workbook-error.ts';
import { spreadsheetIdOf } from '../workbooks/workbook-location.ts';

/**
 * Writes `tabs` as a new workbook at `location`, whole or not at all; a file or a folder holding
 * anything there, or a spreadsheet whose tabs of those names hold cells, is a WorkbookError.
 */
export async function writeNewWorkbook(location: string, tabs: readonly Tab[], options: OpenOptions = {}): Promise<void> {
  const spreadsheetId = spreadsheetIdOf(location);
  if (spreadsheetId) return writeInputTabs(spreadsheetId, tabs, options.sheetsApiUrl ? { rootUrl: options.sheetsApiUrl } : {});
  if (await holdsSomething(location)) throw new WorkbookError(msg.newWorkbookExists(location));
  // .xlsx and .ods files are written aside and renamed into place by their backends.
  if (extname(location) === '') return createNewCsvFolder(location, tabs);
  return createLocalWorkbook(location, tabs);
}

async function holdsSomething(path: string): Promise<boolean> {
  const found = await stat(path).catch(() => null);
  if (!found) return false;
  return !found.isDirectory() || (await readdir(path)).length > 0;
}
