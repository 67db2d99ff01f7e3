import type { Gas } from './gas.ts';
import { logEvent } from './gas.ts';
import type { ResponseRow } from './response-row.ts';
import { digestOf } from './signing.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The response's id: the Form's own (FormResponse.getId(), the same after an edit) when the tab is
 * linked to a form and a response with the row's 時間戳記 is found, else a stable digest of the
 * spreadsheet, tab and row — also the same after an edit, which Forms writes into the same row.
 */
export function responseIdFor(gas: Gas, sheet: Sheet, response: ResponseRow): string {
  const fromForm = formResponseId(gas, sheet, response);
  if (fromForm) return fromForm;
  const spreadsheet = sheet.getParent();
  return `row-${digestOf(gas.utilities, `${spreadsheet.getId()}|${sheet.getSheetId()}|${response.row}`)}`;
}

function formResponseId(gas: Gas, sheet: Sheet, response: ResponseRow): string | null {
  const url = sheet.getFormUrl();
  if (!url || response.timestamp === null) return null;
  const timestamp = response.timestamp;
  try {
    // The sheet keeps whole seconds; the form keeps milliseconds.
    const candidates = gas.forms
      .openByUrl(url)
      .getResponses(new Date(timestamp - 2_000))
      .filter((candidate) => Math.abs(candidate.getTimestamp().getTime() - timestamp) < 1_500)
      .sort((a, b) => Math.abs(a.getTimestamp().getTime() - timestamp) - Math.abs(b.getTimestamp().getTime() - timestamp));
    const byEmail = response.email ? candidates.filter((candidate) => candidate.getRespondentEmail() === response.email) : [];
    return (byEmail[0] ?? candidates[0])?.getId() ?? null;
  } catch (error) {
    // The form may be gone or not shared with the trigger's owner: the row digest still identifies the response.
    logEvent(gas, 'response-id.form-unavailable', { error: error instanceof Error ? error.message : String(error) });
    return null;
  }
}
