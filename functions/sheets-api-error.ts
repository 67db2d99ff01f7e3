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

const ErrorLike = z.object({
  message: z.string().optional(),
  status: z.number().optional(),
  code: z.union([z.string(), z.number()]).optional(),
  response: z.object({ status: z.number().optional(), data: z.unknown(), headers: z.unknown() }).optional(),
  cause: z.object({ code: z.string().optional() }).optional(),
});

/** Reads a thrown value as an API failure. */
export function apiFailureOf(error: unknown): ApiFailure {
  const parsed = ErrorLike.safeParse(error);
  const fallbackMessage = error instanceof Error ? error.message : String(error);
  if (!parsed.success) return { message: fallbackMessage, noResponse: false };
  const { response, cause } = parsed.data;
  const status = response?.status ?? parsed.data.status;
  const body = ErrorBody.safeParse(response?.data);
  const retryAfter = headerOf(response?.headers, 'retry-after');
  const code = typeof parsed.data.code === 'string' ? parsed.data.code : cause?.code;
  return {
    ...(status !== undefined ? { status } : {}),
    ...(body.success && body.data.error.status ? { reason: body.data.error.status } : {}),
    message: (body.success ? body.data.error.message : undefined) ?? parsed.data.message ?? fallbackMessage,
    ...(retryAfter ? { retryAfter } : {}),
    ...(status === undefined && code ? { networkCode: code } : {}),
    noResponse: status === undefined,
  };
}

// gaxios 8 hands over a fetch Headers; older shapes were plain objects.
function headerOf(headers: unknown, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  if (headers && typeof headers === 'object') {
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}
