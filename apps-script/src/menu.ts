import * as msg from '../../shared/messages/apps-script.ts';

/** The 管考 menu: each item names a top-level function of the bundle (main.ts). */
export const MENU_ITEMS = [
  { label: msg.gasMenu.consolidate, handler: 'consolidateNow' },
  { label: msg.gasMenu.yearEnd, handler: 'yearEndNow' },
  { label: msg.gasMenu.rollForward, handler: 'rollForwardNow' },
  null,
  { label: msg.gasMenu.syncForm, handler: 'syncFormFromPlan' },
  { label: msg.gasMenu.unitTabs, handler: 'createUnitTabs' },
  { label: msg.gasMenu.prepareRows, handler: 'prepareRowsNow' },
  null,
  { label: msg.gasMenu.checkSetup, handler: 'checkSetup' },
  { label: msg.gasMenu.installTriggers, handler: 'installTriggers' },
  { label: msg.gasMenu.previewReminders, handler: 'previewReminders' },
  { label: msg.gasMenu.requeueFailed, handler: 'requeueFailedNow' },
] as const;

/** Adds the 管考 menu to the spreadsheet's menu bar. */
export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createMenu(msg.gasMenu.title);
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item.label, item.handler);
    else menu.addSeparator();
  }
  menu.addToUi();
}
