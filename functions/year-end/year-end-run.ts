// The year-end run in the functions: a rebuild that also writes the year-end tabs and the 年度成效
// columns, then (for a Google workbook with a Drive folder) the published documents. The HTTP and
// event entry points that start it are in rebuild/consolidate-http.ts; the scheduler keeps it
// exclusive of rebuilds.
import type { RunResult } from '../../shared/run-consolidation.ts';
import type { Changes, Snapshot } from '../../shared/workbook.ts';
import { prepareYearEnd, type YearEnd } from '../../shared/year-end.ts';
import type { RebuildOutcome } from '../rebuild/stable-rebuild.ts';
import { WorkbookError } from '../workbooks/workbook-error.ts';

/** Changes a rebuild writes beside its own, made from its result and the snapshot it read. */
export type ExtraChanges = (result: RunResult, snapshot: Snapshot) => Pick<Changes, 'outputs' | 'keyedColumns'>;

/**
 * A year-end run: the rebuild with the year-end tabs and 年度成效, then (for a Google workbook with
 * a Drive folder configured) `publish` with the last round's year. A folder the user must fix makes
 * the run `unusable` with the zh-TW reason, like an unusable workbook.
 */
export async function yearEndRun(
  rebuild: (extra: ExtraChanges) => Promise<RebuildOutcome>,
  publish?: (year: YearEnd) => Promise<unknown>,
): Promise<RebuildOutcome> {
  let last: YearEnd | null = null;
  const outcome = await rebuild((result, snapshot) => {
    last = prepareYearEnd(result, snapshot, { tabs: true });
    return last.changes;
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
