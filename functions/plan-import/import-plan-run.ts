// `guankao import-plan`: the plan document → a new workbook (設定, 計畫, 單位, 匯入說明), written
// whole or not at all, never over an existing one.
import { basename, dirname, extname, join } from 'node:path';
import * as msg from '../../shared/messages/functions/index.ts';
import type { PlanDocument } from '../../shared/plan-import/document.ts';
import { importPlan } from '../../shared/plan-import/import-plan.ts';
import type { ImportedPlan } from '../../shared/plan-import/imported-plan.ts';
import { importedTabs } from '../../shared/plan-import/imported-tabs.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { OpenOptions } from '../workbooks/open-workbook.ts';
import { writeNewWorkbook } from './new-workbook.ts';
import { type PlanFileOptions, readPlanFile } from './plan-file.ts';

/** What an import read and where it wrote the workbook. */
export interface ImportRun {
  readonly document: PlanDocument;
  readonly imported: ImportedPlan;
  readonly wrote: string;
}

/**
 * Imports the plan document at `path` into a new workbook at `out` (by default beside the
 * document). A document holding no plan is a failed Result saying what it held; a file or place
 * that cannot be used is a WorkbookError.
 */
export async function runImportPlan(
  path: string,
  out: string | undefined,
  options: OpenOptions & PlanFileOptions = {},
): Promise<Result<ImportRun>> {
  const document = await readPlanFile(path, options);
  const imported = importPlan(document);
  if (!imported.ok) return fail(imported.reason);
  const wrote = out ?? defaultImportLocation(path);
  await writeNewWorkbook(wrote, importedTabs(imported.value), options);
  return ok({ document, imported: imported.value, wrote });
}

/** Where a workbook goes without --out: an .xlsx beside the document, named after it (計畫.docx → 計畫-管考.xlsx). */
function defaultImportLocation(path: string): string {
  const name = basename(path, extname(path));
  return join(dirname(path), msg.importDefaultWorkbookName(name));
}
