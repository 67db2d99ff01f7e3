// Chooses the local backend by what the path is: a folder of CSV files, an .xlsx or an .ods file.
// exceljs takes about half a second to load, so the .xlsx and .ods backends are imported on first
// use: a run over a CSV folder (the benchmark, the demo) never pays for them.
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import * as msg from '../../shared/messages.ts';
import type { OutputTab, Workbook } from '../../shared/workbook.ts';
import { createCsvFolder, openCsvFolder } from './csv/csv-folder-workbook.ts';
import type { CreateOptions } from './print-layout.ts';
import { WorkbookError } from './workbook-error.ts';

type LocalKind = 'csv' | 'xlsx' | 'ods';

/** Opens a local workbook: a CSV folder, an .xlsx or an .ods file. */
export function openLocalWorkbook(path: string): Workbook {
  const kind = kindOf(path, true);
  if (kind === 'csv') return openCsvFolder(path);
  let opened: Promise<Workbook> | null = null;
  const load = () =>
    (opened ??=
      kind === 'xlsx'
        ? import('./xlsx/xlsx-workbook.ts').then(({ openXlsxWorkbook }) => openXlsxWorkbook(path))
        : import('./ods/ods-workbook.ts').then(({ openOdsWorkbook }) => openOdsWorkbook(path)));
  return {
    location: path,
    read: async () => (await load()).read(),
    write: async (changes) => (await load()).write(changes),
  };
}

/**
 * Writes the tabs as a new local workbook at `path` (its kind by extension; no extension is a CSV
 * folder), replacing one that is there; `options.print` lays out .xlsx and .ods files as documents.
 */
export async function createLocalWorkbook(path: string, tabs: readonly OutputTab[], options: CreateOptions = {}): Promise<void> {
  const kind = kindOf(path, false);
  if (kind === 'csv') return createCsvFolder(path, tabs);
  if (kind === 'xlsx') return (await import('./xlsx/xlsx-workbook.ts')).createXlsxWorkbook(path, tabs, options);
  return (await import('./ods/ods-workbook.ts')).createOdsWorkbook(path, tabs, options);
}

function kindOf(path: string, mustExist: boolean): LocalKind {
  const extension = extname(path).toLowerCase();
  const stat = statSync(path, { throwIfNoEntry: false });
  if (extension === '.xlsx' || extension === '.ods') {
    if (mustExist && !stat) throw new WorkbookError(msg.localWorkbookMissing(path));
    return extension === '.xlsx' ? 'xlsx' : 'ods';
  }
  if (!stat) {
    if (mustExist) throw new WorkbookError(msg.localWorkbookMissing(path));
    if (extension === '') return 'csv';
    throw new WorkbookError(msg.localWorkbookKindUnknown(path));
  }
  if (stat.isDirectory()) return 'csv';
  throw new WorkbookError(msg.localWorkbookKindUnknown(path));
}
