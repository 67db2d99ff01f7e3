// What a failed Sheets API call tells us, read from the client's error (a GaxiosError, whose
// class we do not import: gaxios is not our dependency) without trusting its shape.
import { z } from 'zod';

/** A failed call, as the retry policy and the error messages need it. */
export interface ApiFailure {
  /** The HTTP status, when the server answered. */
  readonly status?: number;
  /** The canonical code in the error body (`PERMISSION_DENIED`, `RESOURCE_EXHAUSTED`, …). */
  readonly reason?: string;
  /** The server's own message (English), for logs and unexpected errors only. */
  readonly message: string;
  /** The Retry-After header as sent, when there was one. */
  readonly retryAfter?: string;
  /** The system error code when no answer came (`ECONNRESET`, `ETIMEDOUT`, …). */
  readonly networkCode?: string;
  /** True when the request got no HTTP answer at all (a dropped or refused connection, a timeout). */
  readonly noResponse: boolean;
}

// Google's error envelope (AIP-193): {"error": {"code", "message", "status", "details"}}.
const ErrorBody = z.object({
  error: z.object({ code: z.number().optional(), message: z.string().optional(), status: z.string().optional() }),
});

// Each part is read on its own: gaxios puts different things in `code` and `cause` for API
// errors (the status, the error body) and for network errors (a system code, the socket error).
const Status = z.object({ status: z.number() });
const ResponseOf = z.object({ response: z.object({ status: z.number().optional(), data: z.unknown(), headers: z.unknown() }) });
const SystemCode = z.object({ code: z.string() });
const CauseCode = z.object({ cause: SystemCode });

/** Reads a thrown value as an API failure. */
export function apiFailureOf(error: unknown): ApiFailure {
  const response = ResponseOf.safeParse(error).data?.response;
  const status = response?.status ?? Status.safeParse(error).data?.status;
  const body = ErrorBody.safeParse(response?.data).data;
  const retryAfter = headerOf(response?.headers, 'retry-after');
  const code = SystemCode.safeParse(error).data?.code ?? CauseCode.safeParse(error).data?.cause.code;
  const message = body?.error.message ?? (error instanceof Error ? error.message : String(error));
  return {
    ...(status !== undefined ? { status } : {}),
    ...(body?.error.status ? { reason: body.error.status } : {}),
    message,
    ...(retryAfter ? { retryAfter } : {}),
    ...(status === undefined && code ? { networkCode: code } : {}),
    noResponse: status === undefined,
  };
}

// gaxios 8 hands over node-fetch's Headers (not the global class); older shapes were plain objects.
function headerOf(headers: unknown, name: string): string | undefined {
  if (headers && typeof headers === 'object' && 'get' in headers && typeof headers.get === 'function') {
    const value: unknown = headers.get(name);
    return typeof value === 'string' ? value : undefined;
  }
  if (headers && typeof headers === 'object') {
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}
