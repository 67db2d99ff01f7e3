import type { Gas } from './gas.ts';
import { errorDetail, logEvent } from './gas.ts';
import type { ResponseRow } from './response-row.ts';
import { digestOf } from './signing.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type FormResponse = GoogleAppsScript.Forms.FormResponse;

/** The linked form's responses submitted after an instant (epoch ms); null when there is no form to ask. */
export type FormResponsesSince = (since: number) => readonly FormResponse[] | null;

/**
 * The response's id: the Form's own (FormResponse.getId(), the same after an edit) when the tab is
 * linked to a form and a response with the row's 時間戳記 is found, else a stable digest of the
 * spreadsheet, tab and row — also the same after an edit, which Forms writes into the same row.
 * `responses` lets a caller that identifies many rows fetch the form's responses once.
 */
export function responseIdFor(
  gas: Gas,
  sheet: Sheet,
  response: ResponseRow,
  responses: FormResponsesSince = formResponses(gas, sheet),
): string {
  const fromForm = formResponseId(responses, response);
  if (fromForm) return fromForm;
  const spreadsheet = sheet.getParent();
  return `row-${digestOf(gas.utilities, `${spreadsheet.getId()}|${sheet.getSheetId()}|${response.row}`)}`;
}

/** Asks the tab's linked form for its responses at each call; null without a form or when it cannot be opened. */
function formResponses(gas: Gas, sheet: Sheet): FormResponsesSince {
  return (since) => {
    const url = sheet.getFormUrl();
    if (!url) return null;
    try {
      return gas.forms.openByUrl(url).getResponses(new Date(since));
    } catch (error) {
      // The form may be gone or not shared with the trigger's owner: the row digest still identifies the response.
      logEvent(gas, 'response-id.form-unavailable', { error: errorDetail(error) });
      return null;
    }
  };
}

/** Fetches the responses once, from `since` on, and answers every later ask from that list. */
export function formResponsesOnce(gas: Gas, sheet: Sheet, since: number): FormResponsesSince {
  const all = formResponses(gas, sheet)(since);
  return (after) => all?.filter((candidate) => candidate.getTimestamp().getTime() > after) ?? null;
}

/** How far apart the sheet's 時間戳記 and the form's may be: the sheet keeps whole seconds, the form milliseconds. */
const SLACK_MS = 1_500;

function formResponseId(responses: FormResponsesSince, response: ResponseRow): string | null {
  if (response.timestamp === null) return null;
  const timestamp = response.timestamp;
  const candidates = (responses(timestamp - 2_000) ?? [])
    .filter((candidate) => Math.abs(candidate.getTimestamp().getTime() - timestamp) < SLACK_MS)
    .sort((a, b) => Math.abs(a.getTimestamp().getTime() - timestamp) - Math.abs(b.getTimestamp().getTime() - timestamp));
  const byEmail = response.email ? candidates.filter((candidate) => candidate.getRespondentEmail() === response.email) : [];
  return (byEmail[0] ?? candidates[0])?.getId() ?? null;
}
