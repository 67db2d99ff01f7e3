// Chooses the local backend by what the path is: a folder of CSV files, an .xlsx or an .ods file.
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import * as msg from '../shared/messages.ts';
import type { OutputTab, Workbook } from '../shared/workbook.ts';
import { createCsvFolder, openCsvFolder } from './csv-folder-workbook.ts';
import { WorkbookError } from './workbook-error.ts';

type LocalKind = 'csv' | 'xlsx' | 'ods';

/** Opens a local workbook: a CSV folder, an .xlsx or an .ods file. */
export function openLocalWorkbook(path: string): Workbook {
  const kind = kindOf(path, true);
  switch (kind) {
    case 'csv':
      return openCsvFolder(path);
    default:
      throw new WorkbookError(msg.localWorkbookKindUnknown(path));
  }
}

/** Writes the tabs as a new local workbook at `path` (its kind by extension; no extension is a CSV folder), replacing one that is there. */
export async function createLocalWorkbook(path: string, tabs: readonly OutputTab[]): Promise<void> {
  const kind = kindOf(path, false);
  switch (kind) {
    case 'csv':
      return createCsvFolder(path, tabs);
    default:
      throw new WorkbookError(msg.localWorkbookKindUnknown(path));
  }
}

function kindOf(path: string, mustExist: boolean): LocalKind {
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx') return 'xlsx';
  if (extension === '.ods') return 'ods';
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) {
    if (mustExist) throw new WorkbookError(msg.localWorkbookMissing(path));
    if (extension === '') return 'csv';
    throw new WorkbookError(msg.localWorkbookKindUnknown(path));
  }
  if (stat.isDirectory()) return 'csv';
  throw new WorkbookError(msg.localWorkbookKindUnknown(path));
}
