// The year-end run in the functions: a rebuild that also writes the year-end tabs, then (for a
// Google workbook with a Drive folder) the published documents. The HTTP and event entry points
// that start it are in rebuild/consolidate-http.ts; the scheduler keeps it exclusive of rebuilds.
import type { RunResult } from '../../shared/run-consolidation.ts';
import type { OutputTab } from '../../shared/workbook.ts';
import { yearEndTable } from '../../shared/year-end.ts';
import type { RebuildOutcome } from '../rebuild/stable-rebuild.ts';
import { WorkbookError } from '../workbooks/workbook-error.ts';

/** Tabs a rebuild writes beside the four outputs, made from its result. */
export type ExtraOutputs = (result: RunResult) => OutputTab[];

/** The tabs a year-end run writes beside the outputs: the 一覽表 and one summary per responsible unit. */
export function yearEndTabs(result: RunResult): OutputTab[] {
  const tabs = [yearEndTable(result.output)];
  for (const unit of result.plan.units.names()) {
    if (result.plan.practices.some((practice) => practice.units.includes(unit))) tabs.push(yearEndTable(result.output, unit));
  }
  return tabs;
}

/**
 * A year-end run: the rebuild with the year-end tabs, then (for a Google workbook with a Drive
 * folder configured) `publish` with the last round's result. A folder the user must fix makes the
 * run `unusable` with the zh-TW reason, like an unusable workbook.
 */
export async function yearEndRun(rebuild: (extra: ExtraOutputs) => Promise<RebuildOutcome>, publish?: (result: RunResult) => Promise<unknown>): Promise<RebuildOutcome> {
  let last: RunResult | null = null;
  const outcome = await rebuild((result) => {
    last = result;
    return yearEndTabs(result);
  });
  if (outcome.kind !== 'done' || !publish || last === null) return outcome;
  try {
    await publish(last);
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    return { kind: 'unusable', reason: error.message, durationMs: outcome.durationMs };
  }
  return outcome;
}
