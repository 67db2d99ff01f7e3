// Turns a failed Drive API call into what the user is told, as sheets-errors.ts does for Sheets;
// what every Google API shares is in google-failure.ts.
// Drive differs in two ways: its errors name a `reason` in `errors[0]` (Drive v3 keeps the legacy
// list) rather than a canonical status, and it answers some overloads with 403
// (userRateLimitExceeded, rateLimitExceeded), which are retried like a 429.
import { z } from 'zod';
import * as msg from '../../shared/messages/functions/index.ts';
import { busyError, codedError, credentialsError, isApiDisabled, outageError } from '../google/google-failure.ts';
import { type ApiFailure, apiFailureOf } from '../workbooks/sheets/sheets-api-error.ts';
import { isRetryable } from '../workbooks/sheets/sheets-retry.ts';
import { WorkbookError } from '../workbooks/workbook-error.ts';

/** A failed Drive call: the Sheets reading of it plus Drive's own reason. */
export interface DriveFailure extends ApiFailure {
  /** `errors[0].reason` of Drive's body: notFound, storageQuotaExceeded, userRateLimitExceeded, … */
  readonly driveReason?: string;
}

const DriveBody = z.object({ error: z.object({ errors: z.array(z.object({ reason: z.string().optional() })).optional() }) });
const ResponseData = z.object({ response: z.object({ data: z.unknown() }) });
const RATE_REASONS: ReadonlySet<string> = new Set(['userRateLimitExceeded', 'rateLimitExceeded', 'sharingRateLimitExceeded']);

/** Reads a thrown value as a Drive failure. */
export function driveFailureOf(error: unknown): DriveFailure {
  const failure = apiFailureOf(error);
  const data = ResponseData.safeParse(error).data?.response.data;
  const reason = DriveBody.safeParse(data).data?.error.errors?.[0]?.reason;
  return reason ? { ...failure, driveReason: reason } : failure;
}

/** Whether another attempt may succeed: what Sheets retries, and Drive's 403 rate limits. */
export function isDriveRetryable(failure: DriveFailure): boolean {
  if (failure.status === 403) return failure.driveReason !== undefined && RATE_REASONS.has(failure.driveReason);
  return isRetryable(failure);
}

/** What a message may name: the API root, and (looked up only on a 403) our service account. */
export interface DriveErrorContext {
  readonly root: string;
  readonly serviceAccountEmail: () => Promise<string | undefined>;
}

const DRIVE_OUTAGE = { unavailable: msg.driveUnavailable, unavailableCode: 'DRIVE_UNAVAILABLE', unreachable: msg.driveUnreachable };

/** The error to throw for a failed call on `fileId`, with a zh-TW message that says what to do. */
export async function driveError(error: unknown, fileId: string, context: DriveErrorContext): Promise<Error> {
  if (error instanceof WorkbookError) return error;
  const failure = driveFailureOf(error);
  const account = () => context.serviceAccountEmail().catch(() => undefined);
  const credentials = credentialsError(failure);
  if (credentials) return credentials;
  if (failure.status === 403 || failure.status === 429) {
    if (failure.status === 429 || (failure.driveReason && RATE_REASONS.has(failure.driveReason)))
      return busyError(failure, msg.driveQuotaExhausted, 'DRIVE_QUOTA');
    if (failure.driveReason === 'storageQuotaExceeded' || /storage quota/iu.test(failure.message))
      return new WorkbookError(msg.driveNoStorage);
    if (failure.driveReason === 'accessNotConfigured' || isApiDisabled(failure)) return new WorkbookError(msg.driveApiDisabled);
    if (failure.driveReason === 'exportSizeLimitExceeded')
      return codedError(failure, msg.driveExportTooLarge(fileId), 'DRIVE_EXPORT_TOO_LARGE');
    return new WorkbookError(msg.driveForbidden(fileId, await account()));
  }
  // Drive answers 404 for a file the caller cannot see, shared or not: the folder message covers both.
  if (failure.status === 404) return new WorkbookError(msg.driveFolderNotFound(fileId, await account()));
  if (failure.status === 400) return codedError(failure, msg.driveRejected, 'DRIVE_REJECTED');
  return outageError(error, failure, isDriveRetryable(failure), context.root, DRIVE_OUTAGE);
}
