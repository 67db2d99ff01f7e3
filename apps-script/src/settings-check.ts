import * as msg from '../../shared/messages/apps-script.ts';
import { PLAN_TAB } from '../../shared/plan.ts';
import { IMPORT_NOTES_TAB, readImportNotes } from '../../shared/plan-import/imported-tabs.ts';
import { SETTINGS_TAB } from '../../shared/settings.ts';
import { findSubmissionSources, isFormTab } from '../../shared/submission-tabs.ts';
import { UNITS_TAB } from '../../shared/units.ts';
import { missingColumns } from '../../shared/validation.ts';
import type { Gas } from './gas.ts';
import { readPlan } from './plan-reader.ts';
import { readConnection } from './script-config.ts';
import { findSheet, headerRows, readDisplayTab } from './sheet-cells.ts';
import { openQueue, QUEUE_TAB, readQueue } from './submit-queue.ts';
import { TRIGGER_HANDLERS } from './triggers.ts';

// A dialog of a hundred notes helps no one: the first ones, and where the rest are.
const IMPORT_NOTES_SHOWN = 10;
const PLAN_PROBLEMS_SHOWN = 10;

/** The 檢查設定 report: one line per finding, problems first marked ✗, fine things ✓. */
export interface SetupReport {
  readonly ok: boolean;
  readonly lines: readonly string[];
}

/** Everything a coordinator must set up, checked: tabs and columns, script properties, triggers, the queue. */
export function checkSetup(gas: Gas): SetupReport {
  const spreadsheet = gas.spreadsheets.getActive();
  const problems: string[] = [];
  const fine: string[] = [];

  for (const tab of [SETTINGS_TAB, UNITS_TAB, PLAN_TAB]) {
    if (findSheet(spreadsheet, tab)) fine.push(msg.gasCheckTabPresent(tab));
    else problems.push(msg.gasCheckTabMissing(tab));
  }
  const plan = readPlan(spreadsheet);
  if (!plan.ok) problems.push(plan.reason);
  else {
    const { plan: parsed, problems: found } = plan.value;
    fine.push(msg.gasCheckPlanRead(parsed.settings.rocYear, parsed.practices.length, parsed.units.units.length));
    for (const problem of found.slice(0, PLAN_PROBLEMS_SHOWN))
      problems.push(msg.gasCheckPlanProblem(problem.source, problem.row, problem.column, problem.message));
    if (found.length > PLAN_PROBLEMS_SHOWN) problems.push(msg.gasCheckMoreProblems(found.length - PLAN_PROBLEMS_SHOWN));
    // Units with their own spreadsheet too: their 催報 is decided from 管考總表 and mailed like the others'.
    for (const unit of parsed.units.units) {
      if (unit.emails.length === 0 && parsed.practices.some((practice) => practice.units.includes(unit.name))) {
        problems.push(msg.gasCheckUnitWithoutEmail(unit.name));
      }
    }
  }

  // What an import left to confirm (匯入說明), until the coordinator deletes the rows done.
  const importNotes = findSheet(spreadsheet, IMPORT_NOTES_TAB);
  const notes = importNotes ? readImportNotes(readDisplayTab(importNotes)) : [];
  if (notes.length > 0) {
    problems.push(msg.gasCheckImportNotes(notes.length, Math.min(notes.length, IMPORT_NOTES_SHOWN)));
    for (const note of notes.slice(0, IMPORT_NOTES_SHOWN)) problems.push(msg.gasCheckImportNote(note));
  }

  const formTabs = spreadsheet.getSheets().filter((sheet) => isFormTab(sheet.getName()));
  if (!spreadsheet.getFormUrl() && formTabs.length === 0) problems.push(msg.gasCheckNoForm);
  // The columns a run requires of the tab, by the functions' own rule (missingColumns).
  const formSources = findSubmissionSources({ tabs: formTabs.map((sheet) => headerRows(sheet)) });
  for (const source of formSources)
    for (const column of missingColumns(source)) problems.push(msg.gasCheckColumnMissing(source.tab.name, column));

  const connection = readConnection(gas.properties.getScriptProperties());
  if (connection.ok) fine.push(msg.gasCheckConnection(connection.value.ingest, connection.value.secrets.length));
  else problems.push(connection.reason);

  const account = gas.session.getEffectiveUser().getEmail();
  if (account) fine.push(msg.gasCheckAccount(account));
  const triggers = gas.scripts.getProjectTriggers();
  for (const handler of Object.values(TRIGGER_HANDLERS)) {
    const count = triggers.filter((trigger) => trigger.getHandlerFunction() === handler).length;
    if (count === 0) problems.push(msg.gasCheckTriggerMissing(handler));
    else if (count > 1) problems.push(msg.gasCheckTriggerTwice(handler, count));
    else fine.push(msg.gasTriggerPresent(handler));
  }

  if (findSheet(spreadsheet, QUEUE_TAB)) {
    const items = readQueue(openQueue(spreadsheet)).map((entry) => entry.item);
    const failed = items.filter((item) => item.state === msg.gasQueueStates.failed).length;
    const waiting = items.filter((item) => item.state === msg.gasQueueStates.pending).length;
    if (failed > 0) problems.push(msg.gasCheckQueueFailed(failed));
    if (waiting > 0) problems.push(msg.gasCheckQueueWaiting(waiting));
  }
  return { ok: problems.length === 0, lines: [...problems.map((line) => `✗ ${line}`), ...fine.map((line) => `✓ ${line}`)] };
}
