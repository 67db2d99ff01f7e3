// Chooses the local backend by what the path is: a folder of CSV files, an .xlsx or an .ods file.
// exceljs takes about half a second to load, so the .xlsx and .ods backends are imported on first
// use: a run over a CSV folder (the benchmark, the demo) never pays for them.
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { applyChanges } from '../../shared/apply-changes.ts';
import { withDateTexts } from '../../shared/date-texts.ts';
import * as msg from '../../shared/messages/functions/index.ts';
import type { Changes, OutputTab, Snapshot, Workbook } from '../../shared/workbook.ts';
import { DRAFT_TAB } from '../../shared/year-end-drafts.ts';
import type { WriteOptions } from './copy-options.ts';
import { tabFilesNotCopied } from './csv/csv-copy-target.ts';
import { copyCsvFolder, createCsvFolder, openCsvFolder } from './csv/csv-folder-workbook.ts';
import { lazyWorkbook } from './lazy-workbook.ts';
import type { CreateOptions } from './print-layout.ts';
import { WorkbookError } from './workbook-error.ts';
import { copyWorkbookFile } from './workbook-file.ts';

type LocalKind = 'csv' | 'xlsx' | 'ods';

/** Opens a local workbook: a CSV folder, an .xlsx or an .ods file (`options`: copy-options.ts). */
export function openLocalWorkbook(path: string, options: WriteOptions = {}): Workbook {
  const kind = kindOf(path, true);
  if (kind === 'csv') return openCsvFolder(path, options);
  return lazyWorkbook(path, () =>
    kind === 'xlsx'
      ? import('./xlsx/xlsx-workbook.ts').then(({ openXlsxWorkbook }) => openXlsxWorkbook(path, options))
      : import('./ods/ods-workbook.ts').then(({ openOdsWorkbook }) => openOdsWorkbook(path, options)),
  );
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

/**
 * `consolidate --out`: the workbook after `changes`, written at `out` and the input left as it was.
 * Onto the same kind (an .xlsx to an .xlsx, an .ods to an .ods, a CSV folder to a CSV folder) the
 * input is copied and the changes are written into the copy as they would be in place, so date
 * formats, merges, styles and formulas survive. Across kinds (or from a Google spreadsheet) the copy
 * is made from the values, as the target format can hold them; into CSV, the dates guankao reads
 * (時間戳記, 填報期間, 辦理日期, 完成期限) as the dates they are, in text. A CSV folder holding a tab file the
 * copy does not write is refused (csv-copy-target.ts). `source` is the input's local path,
 * or null when it is not local; `warn` hears what the copy could not keep (an .xlsx's charts…).
 */
export async function writeLocalCopy(
  source: string | null,
  out: string,
  snapshot: Snapshot,
  changes: Changes,
  warn?: (message: string) => void,
): Promise<void> {
  const kind = kindOf(out, false);
  const inPlace = source !== null && resolve(source) === resolve(out);
  if (kind === 'csv' && !inPlace) {
    // The copy's own 年度成效 (year-end run on the copy: the coordinator's edits) stays with it.
    const strays = await tabFilesNotCopied(out, [...snapshot.tabs, ...changes.outputs].map((tab) => tab.name).concat(DRAFT_TAB));
    if (strays.length > 0) throw new WorkbookError(msg.outputFolderHoldsOtherTabs(out, strays));
  }
  if (source === null || kindOf(source, true) !== kind) {
    const tabs = applyChanges(snapshot, changes);
    // CSV holds text only: a date serial there would read as a number to a person (date-texts.ts).
    if (kind === 'csv') return createCsvFolder(out, withDateTexts(tabs), new Set(changes.outputs.map((tab) => tab.name)));
    return createLocalWorkbook(out, tabs);
  }
  if (!inPlace) {
    if (kind === 'csv') await copyCsvFolder(source, out);
    else await copyWorkbookFile(source, out, kind);
  }
  await openLocalWorkbook(out, { copy: true, ...(warn ? { warn } : {}) }).write(changes);
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
