// Turns a failed Sheets API call into what the user is told. Problems the user can fix (sharing,
// a wrong id, credentials) become WorkbookError, which the command line shows without a stack and
// the functions treat as "this workbook cannot be used". Overload and outages, once our retry
// policy has given up, become ServiceBusy with a stable code: nothing to fix, run again later.
import * as msg from '../../../shared/messages/functions/index.ts';
import { ServiceBusy, WorkbookError } from '../workbook-error.ts';
import { apiFailureOf } from './sheets-api-error.ts';
import { isRetryable } from './sheets-retry.ts';

/** What the message may name: the spreadsheet, the API root, and (looked up only on a 403) our service account. */
export interface ErrorContext {
  readonly spreadsheetId: string;
  readonly root: string;
  readonly serviceAccountEmail: () => Promise<string | undefined>;
}

/** The error to throw for a failed call, with a zh-TW message that says what to do. */
export async function sheetsError(error: unknown, context: ErrorContext): Promise<Error> {
  if (error instanceof WorkbookError) return error;
  const failure = apiFailureOf(error);
  const coded = (message: string, code: string) => new Error(message, { cause: { code, detail: failure.message } });
  const busy = (message: string, code: string) => new ServiceBusy(message, { cause: { code, detail: failure.message } });
  if (/default credentials/iu.test(failure.message)) return new WorkbookError(msg.sheetsNoCredentials);
  switch (failure.status) {
    case 401:
      return new WorkbookError(msg.sheetsRejectedCredentials);
    case 403:
      if (/SERVICE_DISABLED|has not been used|is disabled/u.test(failure.message)) return new WorkbookError(msg.sheetsApiDisabled);
      return new WorkbookError(msg.sheetsForbidden(context.spreadsheetId, await context.serviceAccountEmail().catch(() => undefined)));
    case 404:
      return new WorkbookError(msg.sheetsNotFound(context.spreadsheetId));
    case 429:
      return busy(msg.sheetsQuotaExhausted, 'SHEETS_QUOTA');
    case 400:
      if (/not supported for this document/iu.test(failure.message))
        return new WorkbookError(msg.sheetsNotSpreadsheet(context.spreadsheetId));
      if (/limit of \d+ cells/iu.test(failure.message)) return new WorkbookError(msg.sheetsTooManyCells);
      return coded(msg.sheetsRejected(failure.message), 'SHEETS_REJECTED');
    default:
      break;
  }
  if (isRetryable(failure))
    return busy(
      msg.sheetsUnavailable(failure.status ? `HTTP ${failure.status}` : (failure.networkCode ?? msg.sheetsConnectionDropped)),
      'SHEETS_UNAVAILABLE',
    );
  if (failure.noResponse && failure.networkCode) return new WorkbookError(msg.sheetsUnreachable(context.root, failure.networkCode));
  return error instanceof Error ? error : new Error(String(error));
}
