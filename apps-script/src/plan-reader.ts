import { dateInZone, toRocYear } from '../../shared/dates.ts';
import { parsePlan, PLAN_TAB, type Plan } from '../../shared/plan.ts';
import type { Problem } from '../../shared/problem.ts';
import type { Result } from '../../shared/result.ts';
import { parseSettings, SETTINGS_TAB } from '../../shared/settings.ts';
import { cellText, matchKey } from '../../shared/text.ts';
import { UNITS_TAB } from '../../shared/units.ts';
import type { Tab } from '../../shared/workbook.ts';
import { findSheet, readDisplayTab } from './sheet-cells.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The input tabs the plan is read from, as the user sees them. */
export function readPlanTabs(spreadsheet: Spreadsheet): Tab[] {
  return [SETTINGS_TAB, UNITS_TAB, PLAN_TAB].flatMap((name) => {
    const sheet = findSheet(spreadsheet, name);
    return sheet ? [readDisplayTab(sheet)] : [];
  });
}

/** 設定, 單位 and 計畫 read into the shared Plan, exactly as the functions read them. */
export function readPlan(spreadsheet: Spreadsheet, now: number): Result<{ plan: Plan; problems: Problem[] }> {
  return parsePlan({ tabs: readPlanTabs(spreadsheet) }, toRocYear(dateInZone(now, 'Asia/Taipei').year));
}

/** The 內容 of a 設定 item guankao's SPEC does not list (寄送檢核結果), '' when absent. */
export function settingValue(spreadsheet: Spreadsheet, item: string): string {
  const sheet = findSheet(spreadsheet, SETTINGS_TAB);
  if (!sheet) return '';
  const key = matchKey(item);
  const row = readDisplayTab(sheet).rows.find((cells) => matchKey(cellText(cells[0] ?? null)) === key);
  return row ? cellText(row[1] ?? null).trim() : '';
}

/** True for the words a coordinator writes to switch something on (是, Y, true, 開啟…). */
export function isYes(text: string): boolean {
  return ['是', 'y', 'yes', 'true', '1', '開啟', '啟用', 'on'].includes(matchKey(text).toLowerCase());
}

/** 設定 › 時區 (Asia/Taipei unless it says otherwise): the zone form timestamps are read and written in. */
export function planTimeZone(spreadsheet: Spreadsheet): string {
  const sheet = findSheet(spreadsheet, SETTINGS_TAB);
  return parseSettings(sheet ? readDisplayTab(sheet) : undefined, 0).settings.timeZone;
}
