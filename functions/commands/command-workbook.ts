import * as msg from '../../shared/messages/functions/index.ts';
import type { Workbook } from '../../shared/workbook.ts';
import { type Computed, computeConsolidation } from '../rebuild/consolidate-job.ts';
import { openWorkbook } from '../workbooks/open-workbook.ts';
import type { CommandContext } from './command-io.ts';

/**
 * Opens the workbook a command names, and how its run opens the units' 填報試算表 beside it. A
 * command reads the workbook once and writes it once: nothing asks afterwards whether it changed.
 */
export function openCommandWorkbook(location: string, { io, progress, options }: CommandContext) {
  const workbook = openWorkbook(location, { ...options, oneShot: true });
  progress(msg.cliReading(location));
  const deps = {
    now: io.now,
    open: (other: string) => openWorkbook(other, { ...options, relativeTo: location, oneShot: true }),
  };
  return { workbook, deps };
}

/**
 * Reads and consolidates the workbook a command names, for a command that writes from the result;
 * a workbook that cannot be used is said on stderr, and the command stops with null.
 */
export async function consolidateForCommand(
  location: string,
  context: CommandContext,
): Promise<{ readonly workbook: Workbook; readonly computed: Computed } | null> {
  const { workbook, deps } = openCommandWorkbook(location, context);
  const computed = await computeConsolidation(workbook, deps);
  if (!computed.ok) {
    context.progress.done();
    context.io.stderr.write(`${computed.reason}\n`);
    return null;
  }
  context.progress(msg.cliWriting);
  return { workbook, computed: computed.value };
}
