// The retry policy on its own: which failures it retries, how long it waits, when it stops.
import { describe, expect, it } from 'vitest';
import type { ApiFailure } from '../../../../functions/workbooks/sheets/sheets-api-error.ts';
import { backoffMs, DEFAULT_RETRY, isRetryable, type RetryPolicy, withRetry } from '../../../../functions/workbooks/sheets/sheets-retry.ts';

const failure = (overrides: Partial<ApiFailure>): ApiFailure => ({ message: '', noResponse: overrides.status === undefined, ...overrides });
const policy = (overrides: Partial<RetryPolicy> = {}): RetryPolicy => ({ ...DEFAULT_RETRY, sleep: async () => undefined, ...overrides });

describe('isRetryable', () => {
  it.each([
    { name: '429 RESOURCE_EXHAUSTED', failure: failure({ status: 429 }), retry: true },
    { name: '500 INTERNAL', failure: failure({ status: 500 }), retry: true },
    { name: '503 UNAVAILABLE', failure: failure({ status: 503 }), retry: true },
    { name: '408 and 504 timeouts', failure: failure({ status: 504 }), retry: true },
    { name: 'ECONNRESET', failure: failure({ networkCode: 'ECONNRESET' }), retry: true },
    { name: 'a connection dropped with no code', failure: failure({}), retry: true },
    { name: '400 INVALID_ARGUMENT', failure: failure({ status: 400 }), retry: false },
    { name: '403 PERMISSION_DENIED', failure: failure({ status: 403 }), retry: false },
    { name: '404 NOT_FOUND', failure: failure({ status: 404 }), retry: false },
    { name: 'a refused connection (wrong GUANKAO_SHEETS_API_URL)', failure: failure({ networkCode: 'ECONNREFUSED' }), retry: false },
  ])('$name → retry: $retry', ({ failure: given, retry }) => {
    expect(isRetryable(given)).toBe(retry);
  });
});

describe('backoffMs', () => {
  it('draws each wait uniformly below a ceiling that doubles up to 32 s (full jitter)', () => {
    const top = policy({ random: () => 0.999_999 });
    expect([0, 1, 2, 5, 6, 10].map((retry) => backoffMs(retry, failure({ status: 503 }), top))).toEqual([
      999, 1_999, 3_999, 31_999, 31_999, 31_999,
    ]);
    expect(backoffMs(3, failure({ status: 503 }), policy({ random: () => 0 }))).toBe(0);
  });

  it('waits at least what Retry-After asks, in seconds or as a date', () => {
    const now = Date.parse('2026-11-23T02:00:00Z');
    const at = policy({ random: () => 0, now: () => now });
    expect(backoffMs(0, failure({ status: 429, retryAfter: '30' }), at)).toBe(30_000);
    expect(backoffMs(0, failure({ status: 429, retryAfter: 'Mon, 23 Nov 2026 02:00:45 GMT' }), at)).toBe(45_000);
  });

  it('spreads the first retries of many clients instead of sending them together', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    const waits = Array.from({ length: 1_000 }, () => backoffMs(0, failure({ status: 429 }), policy({ random })));
    const mean = waits.reduce((sum, wait) => sum + wait, 0) / waits.length;
    const spread = Math.sqrt(waits.reduce((sum, wait) => sum + (wait - mean) ** 2, 0) / waits.length);
    expect(spread).toBeGreaterThan(250);
  });
});

describe('withRetry', () => {
  const failing = (statuses: number[]) => {
    let calls = 0;
    const call = async () => {
      const status = statuses[calls++];
      if (status === undefined) return 'ok';
      throw Object.assign(new Error(`HTTP ${status}`), { status });
    };
    return { call, calls: () => calls };
  };

  it('answers once a retried call succeeds', async () => {
    const { call, calls } = failing([503, 429]);
    await expect(withRetry(call, policy())).resolves.toBe('ok');
    expect(calls()).toBe(3);
  });

  it('stops after the last attempt, and at once on an error no retry can fix', async () => {
    const always = failing([503, 503, 503, 503, 503]);
    await expect(withRetry(always.call, policy())).rejects.toThrow('HTTP 503');
    expect(always.calls()).toBe(4);
    const refused = failing([403]);
    await expect(withRetry(refused.call, policy())).rejects.toThrow('HTTP 403');
    expect(refused.calls()).toBe(1);
  });

  it('does not start a retry past the total time budget', async () => {
    let now = 0;
    const slept: number[] = [];
    const clocked = policy({
      now: () => now,
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
      random: () => 0.5,
      totalBudgetMs: 3_000,
    });
    const { call, calls } = failing([503, 503, 503, 503]);
    await expect(withRetry(call, clocked)).rejects.toThrow('HTTP 503');
    // 500 ms, then 1,000 ms; the next (2,000 ms) would end past 3 s.
    expect(slept).toEqual([500, 1_000]);
    expect(calls()).toBe(3);
  });
});
