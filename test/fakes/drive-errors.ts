// Drive v3's error answers in the shape it sends them: the envelope with `code` and `message`,
// plus the legacy `errors` list whose `reason` names the problem (notFound,
// insufficientFilePermissions, storageQuotaExceeded, userRateLimitExceeded, …).

/** An error the Drive fake answers with. */
export class FakeDriveError extends Error {
  readonly status: number;
  readonly reason: string;
  readonly location: { readonly location?: string; readonly locationType?: string };
  constructor(status: number, message: string, reason: string, location: { location?: string; locationType?: string } = {}) {
    super(message);
    this.status = status;
    this.reason = reason;
    this.location = location;
  }
}

/** The JSON body Drive sends for the error. */
export function driveErrorBody(error: FakeDriveError) {
  return {
    error: {
      code: error.status,
      message: error.message,
      errors: [{ message: error.message, domain: 'global', reason: error.reason, ...error.location }],
    },
  };
}

/** 404 as Drive answers a file that does not exist or is not shared with the caller. */
export const fileNotFound = (id: string) =>
  new FakeDriveError(404, `File not found: ${id}.`, 'notFound', { location: 'fileId', locationType: 'parameter' });
/** 403 as Drive answers a write to a file the caller may only view. */
export const insufficientPermissions = () =>
  new FakeDriveError(403, 'The user does not have sufficient permissions for this file.', 'insufficientFilePermissions');
/** 403 as Drive answers a service account creating a file in a folder outside a shared drive (no storage quota since 2025). */
export const noStorageQuota = () =>
  new FakeDriveError(
    403,
    'Service Accounts do not have storage quota. Leverage shared drives (https://developers.google.com/workspace/drive/api/guides/about-shareddrives), or use OAuth delegation (http://support.google.com/a/answer/7281227) instead.',
    'storageQuotaExceeded',
  );
/** 403 as Drive throttles a user. */
export const userRateLimit = () => new FakeDriveError(403, 'User rate limit exceeded.', 'userRateLimitExceeded');
/** 500 / 503 as Drive answers when it fails. */
export const backendError = (status: 500 | 503) =>
  new FakeDriveError(status, status === 500 ? 'Internal Error' : 'Service Unavailable', 'backendError');
/** 400 for a malformed request. */
export const driveBadRequest = (message: string) => new FakeDriveError(400, message, 'badRequest');
