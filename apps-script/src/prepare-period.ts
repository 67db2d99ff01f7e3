import { dateInZone } from '../../shared/dates.ts';
import * as msg from '../../shared/messages/apps-script.ts';
import { describePeriodRows, layoutRow, periodToPrepare, preparePeriodRows } from '../../shared/period-rows.ts';
import { runConsolidation } from '../../shared/run-consolidation.ts';
import { type Gas, logEvent, withScriptLock } from './gas.ts';
import { literalText, submissionHeaderOf } from './sheet-cells.ts';
import { readWorkbook } from './workbook-reader.ts';

/**
 * 管考 › 準備本期填報列, and the monthly trigger: each unit's 填報-<單位> tab here gets a row for every
 * practice it owes for the period open for reports, by the same rules as `guankao prepare-period`
 * (shared/period-rows.ts). Rows go in with appendRow, which Sheets places below the last row with
 * content when it applies it, so a row a unit is typing is never written over; read and append
 * happen under the script lock, so the menu and the trigger never add the same rows twice. Units
 * that keep their rows in their own spreadsheet are named: this script may open only this one.
 */
export function prepareRows(gas: Gas, options: { readonly log: boolean }): string {
  const text = withScriptLock(gas, () => {
    const spreadsheet = gas.spreadsheets.getActive();
    const snapshot = readWorkbook(spreadsheet);
    const run = runConsolidation({ snapshot, now: gas.now() });
    if (!run.ok) return run.reason;
    const { plan } = run.value;
    const period = periodToPrepare(plan, undefined, dateInZone(gas.now(), plan.settings.timeZone));
    if (!period.ok) return period.reason;
    const rows = preparePeriodRows({ run: run.value, snapshot, period: period.value });
    for (const tab of rows.tabs) {
      const sheet = spreadsheet.getSheetByName(tab.tab);
      if (!sheet) continue;
      // Laid out under the tab's own header as it is now (the snapshot merges repeated columns).
      const header = submissionHeaderOf(sheet).cells;
      for (const row of tab.rows) sheet.appendRow(layoutRow(header, row).map((cell) => literalText(cell === null ? '' : String(cell))));
    }
    return [...describePeriodRows(rows), ...(rows.notRead.length > 0 ? [msg.prepareNotHere(rows.notRead)] : [])].join('\n');
  });
  if (options.log) logEvent(gas, 'prepare.done', { text });
  return text;
}
