import * as msg from '../../shared/messages/apps-script.ts';
import { errorDetail, type Gas, logEvent } from './gas.ts';

/**
 * Runs a menu action and shows its outcome in a dialog: the one catch of a menu entry point, which
 * logs the unexpected and tells the coordinator in zh-TW without leaking the error itself.
 */
export function runMenuAction(gas: Gas, title: string, action: () => string): void {
  let text: string;
  try {
    text = action();
  } catch (error) {
    logEvent(gas, 'menu.unexpected', { title, error: errorDetail(error) });
    text = msg.gasUnexpected;
  }
  const ui = gas.spreadsheets.getUi();
  ui.alert(title, text, ui.ButtonSet.OK);
}

/** Asks the coordinator for the new spreadsheet's address (管考 › 建立明年度活頁簿); null when cancelled or left blank. */
export function askForSpreadsheet(gas: Gas): string | null {
  const ui = gas.spreadsheets.getUi();
  const answer = ui.prompt(msg.gasMenu.rollForward, msg.gasRollForwardPrompt, ui.ButtonSet.OK_CANCEL);
  const text = answer.getResponseText().trim();
  return answer.getSelectedButton() === ui.Button.OK && text ? text : null;
}
