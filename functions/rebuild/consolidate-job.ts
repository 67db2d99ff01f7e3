import * as msg from '../../shared/messages/functions/index.ts';
import { findTab } from '../../shared/plan.ts';
import type { Problem } from '../../shared/problem.ts';
import type { Result } from '../../shared/result.ts';
import { type RunResult, runConsolidation, type UnitWorkbookSnapshot } from '../../shared/run-consolidation.ts';
import { parseUnits, UNITS_TAB } from '../../shared/units.ts';
import { holdsVerdictColumns } from '../../shared/verdict-cells.ts';
import type { Snapshot, Workbook } from '../../shared/workbook.ts';
import { WorkbookError } from '../workbooks/workbook-error.ts';

/** What a job needs from outside: the clock, and how to open a unit's own spreadsheet. */
export interface JobDeps {
  readonly now: () => number;
  readonly open: (location: string) => Workbook;
}

/** A finished read-and-compute step: the snapshot it read and what the pipeline made of it. */
export interface Computed {
  readonly snapshot: Snapshot;
  readonly result: RunResult;
  readonly unitWorkbooks: ReadonlyMap<string, Workbook>;
  /** What each unit's own spreadsheet held when read, by unit. */
  readonly unitSnapshots: ReadonlyMap<string, Snapshot>;
}

/**
 * Reads the workbook and the units' own spreadsheets it links, and runs the pipeline. A unit
 * spreadsheet that cannot be read is reported in 檢核錯誤, not fatal.
 */
export async function computeConsolidation(workbook: Workbook, deps: JobDeps): Promise<Result<Computed>> {
  const snapshot = await workbook.read();
  const { directory } = parseUnits(findTab(snapshot, UNITS_TAB));
  const unitWorkbooks = new Map<string, Workbook>();
  const unitRead = new Map<string, Snapshot>();
  const unitSnapshots: UnitWorkbookSnapshot[] = [];
  const problems: Problem[] = [];
  for (const unit of directory.units) {
    if (!unit.spreadsheet) continue;
    try {
      const unitWorkbook = deps.open(unit.spreadsheet);
      const unitSnapshot = await unitWorkbook.read();
      unitSnapshots.push({ unit: unit.name, snapshot: unitSnapshot });
      unitWorkbooks.set(unit.name, unitWorkbook);
      unitRead.set(unit.name, unitSnapshot);
    } catch (error) {
      if (!(error instanceof WorkbookError)) throw error;
      problems.push({
        source: UNITS_TAB,
        row: unit.row,
        unit: unit.name,
        column: '填報試算表',
        message: msg.unitWorkbookUnreadable(error.message),
      });
    }
  }
  const result = runConsolidation({ snapshot, unitWorkbooks: unitSnapshots, problems, now: deps.now() });
  if (!result.ok) return result;
  return { ok: true, value: { snapshot, result: result.value, unitWorkbooks, unitSnapshots: unitRead } };
}

/**
 * Writes a run's outputs and 檢核結果 back to the workbook it read, and to each unit's own
 * spreadsheet whose 檢核結果 would change: an unchanged one is not written, so on Google it books
 * nothing against the write quota (verdict-cells.ts).
 */
export async function writeConsolidation(workbook: Workbook, computed: Computed): Promise<void> {
  await workbook.write(computed.result.changes);
  for (const { unit, verdicts } of computed.result.unitChanges) {
    const unitWorkbook = computed.unitWorkbooks.get(unit);
    if (!unitWorkbook || verdicts.length === 0) continue;
    const read = computed.unitSnapshots.get(unit);
    if (read && holdsVerdictColumns(read, verdicts)) continue;
    await unitWorkbook.write({ outputs: [], verdicts });
  }
}
