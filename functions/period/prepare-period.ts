import { dateInZone } from '../../shared/dates.ts';
import { appendOf, type PeriodRows, periodToPrepare, preparePeriodRows } from '../../shared/period-rows.ts';
import type { Plan } from '../../shared/plan.ts';
import { ok, type Result } from '../../shared/result.ts';
import type { Workbook } from '../../shared/workbook.ts';
import { computeConsolidation, type JobDeps } from '../rebuild/consolidate-job.ts';

/** What prepare-period did: the plan it read and the rows it added. */
export interface PreparedPeriod {
  readonly plan: Plan;
  readonly rows: PeriodRows;
}

/**
 * `guankao prepare-period`: reads the workbook and the units' own spreadsheets, and adds each unit's
 * prefilled rows for the period (`asked`, else the one open for reports) at the end of its 填報 tab,
 * here or in its own spreadsheet. Only rows still missing are added, so a second run, or one after
 * a run Google cut short, adds nothing twice.
 */
export async function preparePeriod(workbook: Workbook, deps: JobDeps, asked?: string): Promise<Result<PreparedPeriod>> {
  const computed = await computeConsolidation(workbook, deps);
  if (!computed.ok) return computed;
  const { result, snapshot, unitWorkbooks, unitSnapshots } = computed.value;
  const period = periodToPrepare(result.plan, asked, dateInZone(deps.now(), result.plan.settings.timeZone));
  if (!period.ok) return period;
  const rows = preparePeriodRows({
    run: result,
    snapshot,
    unitWorkbooks: [...unitSnapshots].map(([unit, unitSnapshot]) => ({ unit, snapshot: unitSnapshot })),
    period: period.value,
  });
  const here = rows.tabs.filter((tab) => !tab.ownSpreadsheet).map(appendOf);
  if (here.length > 0) await workbook.write({ outputs: [], verdicts: [], appends: here });
  for (const tab of rows.tabs.filter((candidate) => candidate.ownSpreadsheet)) {
    await unitWorkbooks.get(tab.unit)?.write({ outputs: [], verdicts: [], appends: [appendOf(tab)] });
  }
  return ok({ plan: result.plan, rows });
}
