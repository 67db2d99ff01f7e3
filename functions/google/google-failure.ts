// What every Google API's failure means to the user, whichever API failed: credentials missing or
// refused, the API not enabled for the project, overload and outages once the retry policy gave up
// (ServiceBusy: nothing to fix, run again later), and no answer at all. Each API's own error module
// (sheets-errors.ts, drive-errors.ts) handles its own cases and names itself in the message.
import * as msg from '../../shared/messages/functions/index.ts';
import type { ApiFailure } from '../workbooks/sheets/sheets-api-error.ts';
import { ServiceBusy, WorkbookError } from '../workbooks/workbook-error.ts';

/** An unexpected refusal with a stable code; Google's own (English) text stays in `cause.detail` for the administrator. */
export const codedError = (failure: ApiFailure, message: string, code: string): Error =>
  new Error(message, { cause: { code, detail: failure.message } });

/** Google busy or down after every retry, with a stable code and Google's text in `cause.detail`. */
export const busyError = (failure: ApiFailure, message: string, code: string): ServiceBusy =>
  new ServiceBusy(message, { cause: { code, detail: failure.message } });

/** No credentials, or credentials Google refuses: the same for every API, and checked before its own cases. */
export function credentialsError(failure: ApiFailure): WorkbookError | null {
  if (/default credentials/iu.test(failure.message)) return new WorkbookError(msg.googleNoCredentials);
  if (failure.status === 401) return new WorkbookError(msg.googleRejectedCredentials);
  return null;
}

/** A 403 that says the API is not enabled for the Cloud project (rather than a file not shared). */
export const isApiDisabled = (failure: ApiFailure): boolean => /SERVICE_DISABLED|has not been used|is disabled/u.test(failure.message);

/** How one API names itself when it is down or out of reach. */
export interface OutageWording {
  /** Busy or down after every retry; `what` is the HTTP status or the network error. */
  readonly unavailable: (what: string) => string;
  readonly unavailableCode: string;
  /** No answer at all from the API's root (a wrong emulator URL, no network). */
  readonly unreachable: (root: string, networkCode: string) => string;
}

/**
 * What is left after an API's own cases: busy when another attempt could succeed, unreachable when
 * nothing answered, else the error itself (unexpected: the command line and the functions report it).
 */
export function outageError(error: unknown, failure: ApiFailure, retryable: boolean, root: string, wording: OutageWording): Error {
  if (retryable) {
    const what = failure.status ? `HTTP ${failure.status}` : (failure.networkCode ?? msg.googleConnectionDropped);
    return busyError(failure, wording.unavailable(what), wording.unavailableCode);
  }
  if (failure.noResponse && failure.networkCode) return new WorkbookError(wording.unreachable(root, failure.networkCode));
  return error instanceof Error ? error : new Error(String(error));
}
