import { mapHeader, SUBMISSION_COLUMNS, type SubmissionColumn } from '../../shared/input-columns.ts';
import * as msg from '../../shared/messages/apps-script.ts';
import { periodLabel, periodsOfYear } from '../../shared/period.ts';
import { reportingUnits, unitPracticeChoices } from '../../shared/practice-choice.ts';
import { ok, type Result } from '../../shared/result.ts';
import { STATUSES } from '../../shared/status.ts';
import { UNIT_TAB_COLUMNS } from '../../shared/submission-tabs.ts';
import { unitOfTab, unitTabName } from '../../shared/unit-tab-names.ts';
import type { Gas } from './gas.ts';
import { readPlan } from './plan-reader.ts';
import { ensureGrid, nextFreeColumn, submissionHeaderOf } from './sheet-cells.ts';

/** Rows below the header that get the dropdowns (at most the tab's grid). */
const VALIDATED_ROWS = 1_000;

/** What 建立單位填報分頁 did. */
export interface UnitTabsReport {
  readonly created: readonly string[];
  readonly updated: readonly string[];
}

/**
 * Creates a `填報-<單位>` tab for every unit with practices, or brings an existing one up to date:
 * missing columns are added right of everything the tab holds, and the dropdowns (the unit's own practices, the plan
 * year's periods, the statuses) are set again from the plan. What units typed is never touched.
 */
export function createUnitTabs(gas: Gas): Result<UnitTabsReport> {
  const spreadsheet = gas.spreadsheets.getActive();
  const read = readPlan(spreadsheet);
  if (!read.ok) return read;
  const { plan } = read.value;
  const periods = periodsOfYear(plan.settings.year, plan.settings.cycle).map(periodLabel);
  const created: string[] = [];
  const updated: string[] = [];
  for (const unit of reportingUnits(plan)) {
    const name = unitTabName(unit);
    // The unit's tab however it is named (填報－民政課, 填報_民政課, 民政課填報): never a second one beside it.
    let sheet =
      spreadsheet.getSheetByName(name) ??
      spreadsheet.getSheets().find((candidate) => plan.units.find(unitOfTab(candidate.getName(), plan.units) ?? '')?.name === unit) ??
      null;
    if (sheet) updated.push(sheet.getName());
    else {
      sheet = spreadsheet.insertSheet(name);
      created.push(name);
    }
    const { row: headerRow, columns } = ensureColumns(sheet);
    const lists: Partial<Record<SubmissionColumn, readonly string[]>> = {
      具體作法: unitPracticeChoices(plan, unit),
      填報期間: periods,
      辦理狀態: STATUSES,
    };
    for (const [column, values] of Object.entries(lists) as [SubmissionColumn, readonly string[]][]) {
      const position = columns[column];
      if (position === undefined) continue;
      const rule = gas.spreadsheets
        .newDataValidation()
        .requireValueInList([...values], true)
        .setAllowInvalid(false)
        .setHelpText(msg.gasDropdownHelp(column))
        .build();
      // Within the grid (a new tab has 1000 rows): a range past it is refused.
      sheet.getRange(headerRow + 1, position + 1, Math.min(VALIDATED_ROWS, sheet.getMaxRows() - headerRow), 1).setDataValidation(rule);
    }
    sheet.setFrozenRows(headerRow);
  }
  return ok({ created, updated });
}

// Adds the columns a tab lacks to its header row (below any title rows), right of everything it
// holds (never over notes in a column without a header); returns the header's 1-based row and where
// every column now is (0-based).
function ensureColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet): { row: number; columns: Partial<Record<SubmissionColumn, number>> } {
  const header = submissionHeaderOf(sheet);
  const found = mapHeader(header.cells, SUBMISSION_COLUMNS);
  const missing = UNIT_TAB_COLUMNS.filter((column) => found[column] === undefined);
  const first = nextFreeColumn(sheet);
  if (missing.length > 0) {
    ensureGrid(sheet, header.row, first + missing.length - 1);
    sheet.getRange(header.row, first, 1, missing.length).setValues([[...missing]]);
  }
  missing.forEach((column, index) => {
    found[column] = first - 1 + index;
  });
  return { row: header.row, columns: found };
}
