import { PLAN_TAB, type Plan, parsePlan } from '../../shared/plan.ts';
import type { Problem } from '../../shared/problem.ts';
import type { Result } from '../../shared/result.ts';
import { SETTINGS_TAB, settingsTimeZone } from '../../shared/settings.ts';
import { UNITS_TAB } from '../../shared/units.ts';
import type { Tab } from '../../shared/workbook.ts';
import { findSheet, readDisplayTab } from './sheet-cells.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The input tabs the plan is read from, as the user sees them. */
function readPlanTabs(spreadsheet: Spreadsheet): Tab[] {
  return [SETTINGS_TAB, UNITS_TAB, PLAN_TAB].flatMap((name) => {
    const sheet = findSheet(spreadsheet, name);
    return sheet ? [readDisplayTab(sheet)] : [];
  });
}

/** 設定, 單位 and 計畫 read into the shared Plan, exactly as the functions read them (failing, as they do, when 計畫年度 cannot be read). */
export function readPlan(spreadsheet: Spreadsheet): Result<{ plan: Plan; problems: Problem[] }> {
  return parsePlan({ tabs: readPlanTabs(spreadsheet) });
}

/** The 設定 tab as the user sees it, undefined when there is none. */
export function readSettingsTab(spreadsheet: Spreadsheet): Tab | undefined {
  const sheet = findSheet(spreadsheet, SETTINGS_TAB);
  return sheet ? readDisplayTab(sheet) : undefined;
}

/** 設定 › 時區 (Asia/Taipei unless it says otherwise): the zone form timestamps are read and written in, whatever else 設定 holds. */
export function planTimeZone(spreadsheet: Spreadsheet): string {
  return settingsTimeZone(readSettingsTab(spreadsheet));
}
