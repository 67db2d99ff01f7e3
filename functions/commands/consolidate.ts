import * as msg from '../../shared/messages/functions/index.ts';
import { OUTPUT_TABS } from '../../shared/output-tabs.ts';
import { writeConsolidation } from '../rebuild/consolidate-job.ts';
import { writeLocalCopy } from '../workbooks/local-workbook.ts';
import { spreadsheetIdOf } from '../workbooks/workbook-location.ts';
import { type CommandContext, EXIT } from './command-io.ts';
import { consolidateForCommand } from './command-workbook.ts';
import { runSummaryHead } from './run-summary.ts';

/** `guankao consolidate <workbook> [--out <workbook>]`: the output tabs and 檢核結果 into the workbook, or into a copy. */
export async function consolidateCommand(location: string, out: string | undefined, context: CommandContext): Promise<number> {
  const { io, progress } = context;
  const read = await consolidateForCommand(location, context);
  if (!read) return EXIT.unusable;
  const { workbook, computed } = read;
  const { result, snapshot } = computed;
  if (out) {
    const warn = (text: string) => void io.stderr.write(`${text}\n`);
    await writeLocalCopy(spreadsheetIdOf(location) === null ? location : null, out, snapshot, result.changes, warn);
  } else {
    await writeConsolidation(workbook, computed);
  }
  progress.done();
  const lines = runSummaryHead(result, location);
  lines.push(msg.cliWroteConsolidation(out ?? location, Object.values(OUTPUT_TABS)));
  if (result.counts.problems > 0) lines.push(msg.cliSeeProblems(OUTPUT_TABS.problems));
  if (result.mixedOutputs.length > 0) lines.push(msg.cliOutputsWereMixed(result.mixedOutputs));
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
