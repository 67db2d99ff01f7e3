// The bundle's entry: every export becomes a top-level function of Code.js (apps-script/build.ts),
// which is what Apps Script lists as trigger handlers and menu targets. Each only wires.
import * as msg from '../../shared/messages/apps-script.ts';
import { askForSpreadsheet, runMenuAction } from './dialog.ts';
import { handleFormSubmit } from './form-submit.ts';
import { syncForm } from './form-sync.ts';
import { liveGas } from './gas.ts';
import { buildMenu } from './menu.ts';
import { prepareRows as prepare } from './prepare-period.ts';
import { drainQueue, requeueFailed } from './queue-drain.ts';
import { sendReminders as remind } from './reminders.ts';
import { runRemote, runRollForward } from './server-actions.ts';
import { checkSetup as check } from './settings-check.ts';
import { runTrigger } from './trigger-run.ts';
import { installTriggers as install, TRIGGER_HANDLERS } from './triggers.ts';
import { createUnitTabs as unitTabs } from './unit-tabs.ts';

/** Simple trigger: adds the 管考 menu. */
export function onOpen(): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** Installable spreadsheet form-submit trigger. */
export function onFormSubmit(event: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  const gas = liveGas();
  runTrigger(gas, TRIGGER_HANDLERS.formSubmit, () => handleFormSubmit(gas, event));
}

/** Time-driven trigger: sends what waits in 待送. */
export function retryQueue(): void {
  const gas = liveGas();
  runTrigger(gas, TRIGGER_HANDLERS.retry, () => drainQueue(gas));
}

/** Monthly time-driven trigger: 催報. */
export function sendReminders(): void {
  const gas = liveGas();
  runTrigger(gas, TRIGGER_HANDLERS.reminders, () => remind(gas, { dryRun: false }));
}

/** Monthly time-driven trigger: the new period's prefilled rows. */
export function prepareRows(): void {
  const gas = liveGas();
  runTrigger(gas, TRIGGER_HANDLERS.prepare, () => prepare(gas, { log: true }));
}

/** 管考 › 立即彙整. */
export function consolidateNow(): void {
  const gas = liveGas();
  runMenuAction(gas, msg.gasMenu.consolidate, () => runRemote(gas, 'consolidate'));
}

/** 管考 › 產生年度成效. */
export function yearEndNow(): void {
  const gas = liveGas();
  runMenuAction(gas, msg.gasMenu.yearEnd, () => runRemote(gas, 'yearEnd'));
}

/** 管考 › 建立明年度活頁簿. */
export function rollForwardNow(): void {
  const gas = liveGas();
  const out = askForSpreadsheet(gas);
  runMenuAction(gas, msg.gasMenu.rollForward, () => (out ? runRollForward(gas, out) : msg.gasRollForwardNoAnswer));
}

/** 管考 › 依計畫更新表單. */
export function syncFormFromPlan(): void {
  const gas = liveGas();
  runMenuAction(gas, msg.gasMenu.syncForm, () => msg.gasFormSynced(syncForm(gas)));
}

/** 管考 › 建立單位填報分頁. */
export function createUnitTabs(): void {
  const gas = liveGas();
  runMenuAction(gas, msg.gasMenu.unitTabs, () => msg.gasUnitTabsDone(unitTabs(gas)));
}

/** 管考 › 準備本期填報列. */
export function prepareRowsNow(): void {
  const gas = liveGas();
  runMenuAction(gas, msg.gasMenu.prepareRows, () => prepare(gas, { log: false }));
}

/** 管考 › 檢查設定. */
export function checkSetup(): void {
  const gas = liveGas();
  runMenuAction(gas, msg.gasMenu.checkSetup, () => msg.gasCheckReport(check(gas)));
}

/** 管考 › 安裝觸發程序. */
export function installTriggers(): void {
  const gas = liveGas();
  runMenuAction(gas, msg.gasMenu.installTriggers, () => install(gas).join('\n'));
}

/** 管考 › 催報預覽（不寄出）. */
export function previewReminders(): void {
  const gas = liveGas();
  runMenuAction(gas, msg.gasMenu.previewReminders, () => remind(gas, { dryRun: true }));
}

/** 管考 › 重新傳送失敗項目. */
export function requeueFailedNow(): void {
  const gas = liveGas();
  runMenuAction(gas, msg.gasMenu.requeueFailed, () => msg.gasRequeued(requeueFailed(gas)));
}
