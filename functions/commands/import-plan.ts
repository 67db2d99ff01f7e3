import * as msg from '../../shared/messages/functions/index.ts';
import { planTitle } from '../../shared/plan-heading.ts';
import type { PlanDocument } from '../../shared/plan-import/document.ts';
import { IMPORT_NOTES_TAB } from '../../shared/plan-import/imported-tabs.ts';
import { type CommandContext, EXIT } from './command-io.ts';

/** `guankao import-plan <document> [--out <workbook>]`: the document → a new workbook, and what the import found and wants confirmed. */
export async function importPlanCommand(
  document: string,
  out: string | undefined,
  { io, progress, options }: CommandContext,
): Promise<number> {
  progress(msg.cliReading(document));
  const soffice = io.env.GUANKAO_SOFFICE?.trim();
  const { runImportPlan } = await import('../plan-import/import-plan-run.ts');
  const run = await runImportPlan(document, out, { ...options, ...(soffice ? { soffice } : {}) });
  progress.done();
  if (!run.ok) {
    io.stderr.write(`${run.reason}\n`);
    return EXIT.unusable;
  }
  const { imported, wrote } = run.value;
  const lines = [
    msg.cliTitle(planTitle(imported.settings), imported.settings.rocYear ?? 0),
    msg.cliImported(imported.practices.length, imported.units.length, imported.notes.length),
    msg.cliWroteImport(wrote),
    msg.cliSeeImportNotes(IMPORT_NOTES_TAB),
  ];
  if (run.value.document.kind === 'pdf') lines.splice(2, 0, msg.cliImportedFromPdf(pdfTables(run.value.document)));
  else if (run.value.document.blocks.some((block) => block.kind === 'table' && block.rebuiltFrom === 'spaces'))
    lines.splice(2, 0, msg.cliImportedFromSpacedText);
  if (imported.cellsAsPractices) lines.splice(2, 0, msg.cliImportedCellsAsPractices(imported.cellsAsPractices));
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

// How a PDF's tables were rebuilt, the least sure of them: drawn borders (or rules across) read as
// the original's (the benchmark's figures), text positions alone a guess to check item by item.
function pdfTables(document: PlanDocument): 'drawn' | 'guessed' | 'none' {
  const tables = document.blocks.filter((block) => block.kind === 'table');
  if (tables.length === 0) return 'none';
  return tables.some((table) => table.rebuiltFrom === 'text-positions' || table.rebuiltFrom === undefined) ? 'guessed' : 'drawn';
}
