// Turns a failed Sheets API call into what the user is told. Problems the user can fix (sharing,
// a wrong id, credentials) become WorkbookError, which the command line shows without a stack and
// the functions treat as "this workbook cannot be used". Overload and outages, once our retry
// policy has given up, become ServiceBusy with a stable code: nothing to fix, run again later.
// What every Google API shares is in google-failure.ts; here is what Sheets says of itself.
import * as msg from '../../../shared/messages/functions/index.ts';
import { busyError, codedError, credentialsError, isApiDisabled, outageError } from '../../google/google-failure.ts';
import { WorkbookError } from '../workbook-error.ts';
import { apiFailureOf } from './sheets-api-error.ts';
import { isRetryable } from './sheets-retry.ts';

/** What the message may name: the spreadsheet, the API root, and (looked up only on a 403) our service account. */
export interface ErrorContext {
  readonly spreadsheetId: string;
  readonly root: string;
  readonly serviceAccountEmail: () => Promise<string | undefined>;
}

const SHEETS_OUTAGE = { unavailable: msg.sheetsUnavailable, unavailableCode: 'SHEETS_UNAVAILABLE', unreachable: msg.sheetsUnreachable };

/** The error to throw for a failed call, with a zh-TW message that says what to do. */
export async function sheetsError(error: unknown, context: ErrorContext): Promise<Error> {
  if (error instanceof WorkbookError) return error;
  const failure = apiFailureOf(error);
  const credentials = credentialsError(failure);
  if (credentials) return credentials;
  switch (failure.status) {
    case 403:
      if (isApiDisabled(failure)) return new WorkbookError(msg.sheetsApiDisabled);
      return new WorkbookError(msg.sheetsForbidden(context.spreadsheetId, await context.serviceAccountEmail().catch(() => undefined)));
    case 404:
      return new WorkbookError(msg.sheetsNotFound(context.spreadsheetId));
    case 429:
      return busyError(failure, msg.sheetsQuotaExhausted, 'SHEETS_QUOTA');
    case 400:
      if (/not supported for this document/iu.test(failure.message))
        return new WorkbookError(msg.sheetsNotSpreadsheet(context.spreadsheetId));
      if (/limit of \d+ cells/iu.test(failure.message)) return new WorkbookError(msg.sheetsTooManyCells);
      return codedError(failure, msg.sheetsRejected, 'SHEETS_REJECTED');
    default:
      return outageError(error, failure, isRetryable(failure), context.root, SHEETS_OUTAGE);
  }
}
