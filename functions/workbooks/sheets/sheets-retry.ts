// Our one retry policy for Sheets API calls. The client library's own retry is off (it retries
// PUTs that may already have been applied, ignores Retry-After and has no jitter); this policy
// retries with exponential backoff and full jitter, honours Retry-After, and is bounded in both
// attempts and total time. Callers use it for calls a repeat cannot duplicate: reads, and
// batchUpdates that replace whole tabs or write cells at fixed positions; a batch that appends
// rows is judged by SHEETS_REFUSALS instead.
import { type ApiFailure, apiFailureOf } from './sheets-api-error.ts';

/** The bounds of the policy and the clock it runs on (injected so tests never wait). */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** The backoff ceiling before jitter for the first retry; it doubles each time. */
  readonly baseDelayMs: number;
  /** No single wait is longer, unless the server's Retry-After asks for it. */
  readonly maxDelayMs: number;
  /** No retry starts later than this after the first attempt. */
  readonly totalBudgetMs: number;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1). */
  readonly random: () => number;
}

// 4 attempts is what the write-rate guard books per write request (functions/rebuild/write-rate-guard.ts).
// 120 s keeps a rebuild well inside a function's timeout; Sheets refills its quota every minute.
export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 32_000,
  totalBudgetMs: 120_000,
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
const RETRY_NETWORK_CODES: ReadonlySet<string> = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED', 'EAI_AGAIN', 'TimeoutError']);

/** Whether a failure is worth another attempt: overload, a server error, or a dropped connection. */
export function isRetryable(failure: ApiFailure): boolean {
  if (failure.status !== undefined) return RETRY_STATUSES.has(failure.status);
  // A connection dropped without a system code (what a proxy or msw's network error gives) is
  // a reset too; a refused connection or an unknown host is not, and says so with its code.
  return failure.networkCode === undefined || RETRY_NETWORK_CODES.has(failure.networkCode);
}

/** The wait before retry number `retry` (0 for the first): full jitter over an exponential ceiling, at least Retry-After. */
export function backoffMs(retry: number, failure: ApiFailure, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  const jittered = Math.floor(policy.random() * ceiling);
  const asked = retryAfterMs(failure.retryAfter, policy.now());
  return asked === undefined ? jittered : Math.max(asked, jittered);
}

/** How a failed call is judged: what it was (status, Retry-After), and whether a repeat may pass. */
export interface RetryJudge<F extends ApiFailure = ApiFailure> {
  readonly failureOf: (error: unknown) => F;
  readonly retryable: (failure: F) => boolean;
}

/** The Sheets API's judgement: 429, 500, 503 and dropped connections may pass. */
export const SHEETS_FAILURES: RetryJudge = { failureOf: apiFailureOf, retryable: isRetryable };

/**
 * For a batch a repeat could apply twice (appendCells adds its rows again): only 429 is tried again,
 * the one answer that says nothing was applied. A 5xx or a dropped connection may come after the
 * rows were added, so it is not repeated; the caller reports Google busy, and running again reads
 * what is there first (prepare-period adds only the rows still missing).
 */
export const SHEETS_REFUSALS: RetryJudge = { failureOf: apiFailureOf, retryable: (failure) => failure.status === 429 };

/** Runs `call`, again after a backoff while it fails in a way the judge says may pass, within the policy's bounds. */
export async function withRetry<T, F extends ApiFailure = ApiFailure>(
  call: () => Promise<T>,
  policy: RetryPolicy,
  judge: RetryJudge<F> = SHEETS_FAILURES as unknown as RetryJudge<F>,
): Promise<T> {
  const started = policy.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const failure = judge.failureOf(error);
      if (attempt >= policy.maxAttempts || !judge.retryable(failure)) throw error;
      const wait = backoffMs(attempt - 1, failure, policy);
      if (policy.now() + wait - started > policy.totalBudgetMs) throw error;
      await policy.sleep(wait);
    }
  }
}

// Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
function retryAfterMs(header: string | undefined, now: number): number | undefined {
  if (header === undefined) return undefined;
  const text = header.trim();
  if (/^\d+$/u.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
