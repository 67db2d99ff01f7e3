import { PLAN_TAB, parsePlan } from '../../shared/plan.ts';
import { SETTINGS_TAB } from '../../shared/settings.ts';
import { findSubmissionHeader, isFormTab, mergeRepeatedColumns } from '../../shared/submission-tabs.ts';
import { matchKey } from '../../shared/text.ts';
import { unitOfTab } from '../../shared/unit-tab-names.ts';
import { UNITS_TAB } from '../../shared/units.ts';
import type { Snapshot, Tab } from '../../shared/workbook.ts';
import { readDisplayTab, readTab } from './sheet-cells.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const PLAN_TABS = new Set([SETTINGS_TAB, UNITS_TAB, PLAN_TAB].map(matchKey));

/**
 * The tabs the shared pipeline reads — 設定, 單位, 計畫 as shown, the submission tabs as values
 * (dates as the serials of their wall time in the spreadsheet's own zone, as the Sheets API gives
 * the functions) — with a generated form's per-unit 具體作法 columns merged into one.
 */
export function readWorkbook(spreadsheet: Spreadsheet): Snapshot {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const sheets = spreadsheet.getSheets();
  const planTabs = new Map(
    sheets.filter((sheet) => PLAN_TABS.has(matchKey(sheet.getName()))).map((sheet) => [sheet, readDisplayTab(sheet)]),
  );
  // The plan's units tell which tabs are units' own (填報_民政課 as well as 填報-民政課), as the functions read them.
  const plan = parsePlan({ tabs: [...planTabs.values()] });
  const units = plan.ok ? plan.value.plan.units : undefined;
  const tabs: Tab[] = [];
  for (const sheet of sheets) {
    const name = sheet.getName();
    const planTab = planTabs.get(sheet);
    if (planTab) tabs.push(planTab);
    else if (isFormTab(name) || unitOfTab(name, units) !== undefined) {
      const { rows } = readTab(sheet, timeZone);
      // Title rows above the header lose the same columns as the rows below it.
      const header = findSubmissionHeader({ name, rows }).index;
      const merged = mergeRepeatedColumns(rows[header] ?? [], [...rows.slice(0, header), ...rows.slice(header + 1)]);
      tabs.push({ name, rows: [...merged.rows.slice(0, header), merged.header, ...merged.rows.slice(header)] });
    }
  }
  return { tabs, timeZone };
}
