// The Sheets API's error answers, in the shape Google sends them (AIP-193):
// {"error": {"code", "message", "status", "details"}}. Messages are the real ones where known.

/** A canonical status and its HTTP code. */
export const STATUS_CODES = {
  INVALID_ARGUMENT: 400,
  FAILED_PRECONDITION: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  RESOURCE_EXHAUSTED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

/** A canonical error status the fake answers with. */
export type ApiStatus = keyof typeof STATUS_CODES;

/** An error the fake answers with instead of a result. */
export class FakeApiError extends Error {
  readonly status: ApiStatus;
  readonly details: readonly unknown[];
  constructor(status: ApiStatus, message: string, details: readonly unknown[] = []) {
    super(message);
    this.status = status;
    this.details = details;
  }
}

/** The JSON body Google sends for the error. */
export function errorBody(error: FakeApiError): {
  error: { code: number; message: string; status: ApiStatus; details?: readonly unknown[] };
} {
  return {
    error: {
      code: STATUS_CODES[error.status],
      message: error.message,
      status: error.status,
      ...(error.details.length > 0 ? { details: error.details } : {}),
    },
  };
}

/** 400 INVALID_ARGUMENT with the API's message. */
export const badRequest = (message: string) => new FakeApiError('INVALID_ARGUMENT', message);
/** 404 as Sheets answers an unknown spreadsheet id. */
export const notFound = () => new FakeApiError('NOT_FOUND', 'Requested entity was not found.');
/** 403 as Sheets answers a spreadsheet not shared with the caller. */
export const permissionDenied = () => new FakeApiError('PERMISSION_DENIED', 'The caller does not have permission');
/** 500 INTERNAL. */
export const internal = () => new FakeApiError('INTERNAL', 'Internal error encountered.');
/** 503 UNAVAILABLE. */
export const unavailable = () => new FakeApiError('UNAVAILABLE', 'The service is currently unavailable.');

/** 429 as Sheets sends it when a per-minute quota is used up. */
export function quotaExceeded(kind: 'read' | 'write'): FakeApiError {
  const metric = kind === 'read' ? 'Read requests' : 'Write requests';
  const limit = kind === 'read' ? 'ReadRequestsPerMinutePerUser' : 'WriteRequestsPerMinutePerUser';
  return new FakeApiError(
    'RESOURCE_EXHAUSTED',
    `Quota exceeded for quota metric '${metric}' and limit '${metric} per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:000000000000'.`,
    [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'RATE_LIMIT_EXCEEDED',
        domain: 'googleapis.com',
        metadata: {
          quota_limit: limit,
          quota_metric: `sheets.googleapis.com/${kind}_requests`,
          service: 'sheets.googleapis.com',
          quota_limit_value: '60',
        },
      },
    ],
  );
}
