import * as msg from '../../shared/messages/functions/index.ts';
import { planTitle } from '../../shared/plan-heading.ts';
import { IMPORT_NOTES_TAB } from '../../shared/plan-import/imported-tabs.ts';
import { openWorkbook } from '../workbooks/open-workbook.ts';
import { type CommandContext, EXIT } from './command-io.ts';

/** `guankao roll-forward <workbook> --out <workbook>`: this year's workbook → next year's, with each practice's outcome in 檢討. */
export async function rollForwardCommand(workbook: string, out: string, { io, progress, options }: CommandContext): Promise<number> {
  progress(msg.cliReading(workbook));
  const deps = { now: io.now, open: (location: string) => openWorkbook(location, { ...options, relativeTo: workbook }) };
  const { runRollForward } = await import('../roll-forward/roll-forward-run.ts');
  const run = await runRollForward(openWorkbook(workbook, options), out, deps, options);
  progress.done();
  if (!run.ok) {
    io.stderr.write(`${run.reason}\n`);
    return EXIT.unusable;
  }
  const { settings, practices, units } = run.value.run.plan;
  const lines = [
    msg.cliTitle(planTitle(settings), settings.rocYear),
    msg.cliRolledForward(settings.rocYear, run.value.rolled.rocYear, practices.length, units.units.length, run.value.rolled.notes),
    msg.cliWroteImport(out),
    msg.cliSeeImportNotes(IMPORT_NOTES_TAB),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
