// `guankao roll-forward`: this year's workbook → next year's, as a new workbook. The outcome of each
// practice is the consolidation's own (computeConsolidation, as consolidate runs it).
import type { Result } from '../../shared/result.ts';
import { type RolledForward, rollForward } from '../../shared/roll-forward.ts';
import type { RunResult } from '../../shared/run-consolidation.ts';
import type { Workbook } from '../../shared/workbook.ts';
import { writeNewWorkbook } from '../plan-import/new-workbook.ts';
import { computeConsolidation, type JobDeps } from '../rebuild/consolidate-job.ts';
import type { OpenOptions } from '../workbooks/open-workbook.ts';

/** This year's run and next year's workbook. */
export interface RollForwardRun {
  readonly run: RunResult;
  readonly rolled: RolledForward;
}

/** Reads and consolidates `workbook`, and writes next year's workbook at `out` (never over an existing one). */
export async function runRollForward(
  workbook: Workbook,
  out: string,
  deps: JobDeps,
  options: OpenOptions = {},
): Promise<Result<RollForwardRun>> {
  const computed = await computeConsolidation(workbook, deps);
  if (!computed.ok) return computed;
  const rolled = rollForward(computed.value.snapshot, computed.value.result);
  await writeNewWorkbook(out, rolled.tabs, options);
  return { ok: true, value: { run: computed.value.result, rolled } };
}
