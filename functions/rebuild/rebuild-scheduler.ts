import * as msg from '../../shared/messages/functions/index.ts';
import type { Clock } from '../clock.ts';
import { errorField, type LogEntry, type Logger } from '../logger.ts';

/** What the scheduler runs and how. */
export interface SchedulerOptions<T> {
  /** One rebuild: reads the workbook, writes the outputs (rebuildUntilStable); its result answers the requests it covers. */
  readonly run: () => Promise<T>;
  readonly clock: Clock;
  readonly log: Logger;
  /** Log fields naming the workbook. */
  readonly fields?: Pick<LogEntry, 'spreadsheetId' | 'workbook'>;
  /** How long a first request waits for others to join it. */
  readonly windowMs?: number;
  /** Waits before each retry of a failed rebuild; their number bounds the retries. */
  readonly retryDelaysMs?: readonly number[];
}

/** Coalesces rebuild requests and runs at most one rebuild (or exclusive job) at a time in this instance. */
export interface RebuildScheduler<T = void> {
  /**
   * Asks for a rebuild that reads the workbook after this call; resolves when one has finished,
   * rejects when it failed on every retry. Requests made while one is waiting share it.
   */
  request(): Promise<T>;
  /** Runs a job that must not overlap a rebuild (the year-end run), after the running one. */
  exclusive<T>(job: () => Promise<T>): Promise<T>;
  /** Resolves once nothing is waiting or running. */
  settled(): Promise<void>;
}

const DEFAULT_WINDOW_MS = 2_000;
const DEFAULT_RETRY_DELAYS_MS = [5_000, 20_000, 60_000] as const;

interface Waiter<T> {
  resolve(value: T): void;
  reject(error: unknown): void;
}

/**
 * A coalescing, single-flight rebuild scheduler: a burst of submissions causes a few rebuilds, not
 * one each, and a failed rebuild is retried with the requests that arrived meanwhile.
 * @example const scheduler = createRebuildScheduler({ run, clock: systemClock, log }); void scheduler.request();
 */
export function createRebuildScheduler<T>(options: SchedulerOptions<T>): RebuildScheduler<T> {
  const windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const fields = options.fields ?? {};
  let waiting: Waiter<T>[] = [];
  let loop: Promise<void> | null = null;
  // Every rebuild and exclusive job runs in this chain, so two never overlap in this instance.
  let chain: Promise<unknown> = Promise.resolve();

  const exclusive = <T>(job: () => Promise<T>): Promise<T> => {
    const result = chain.then(job, job);
    chain = result.catch(() => undefined);
    return result;
  };

  const runBatches = async () => {
    while (waiting.length > 0) {
      await options.clock.sleep(windowMs);
      const batch: Waiter<T>[] = [];
      let outcome: { ok: true; value: T } | { ok: false; error: unknown } = { ok: false, error: null };
      for (let attempt = 0; ; attempt++) {
        // A rebuild starting now reads after every request so far: it covers them all.
        batch.push(...waiting);
        waiting = [];
        try {
          outcome = { ok: true, value: await exclusive(options.run) };
          break;
        } catch (error) {
          outcome = { ok: false, error };
          const delay = retryDelays[attempt];
          if (delay === undefined) {
            options.log({
              severity: 'ERROR',
              event: 'rebuild.gave-up',
              message: msg.logRebuildGaveUp,
              ...fields,
              error: errorField(error),
            });
            break;
          }
          options.log({
            severity: 'WARNING',
            event: 'rebuild.retry',
            message: msg.logRebuildRetry(Math.round(delay / 1000)),
            ...fields,
            error: errorField(error),
          });
          await options.clock.sleep(delay);
        }
      }
      for (const waiter of batch) {
        if (outcome.ok) waiter.resolve(outcome.value);
        else waiter.reject(outcome.error);
      }
    }
  };

  // A request landing between the loop's last check and its end starts a new loop.
  const kick = (): void => {
    if (loop !== null) return;
    loop = runBatches().finally(() => {
      loop = null;
      if (waiting.length > 0) kick();
    });
  };

  return {
    request() {
      const promise = new Promise<T>((resolve, reject) => waiting.push({ resolve, reject }));
      kick();
      return promise;
    },
    exclusive,
    async settled() {
      while (loop !== null) await loop;
      await chain;
    },
  };
}
