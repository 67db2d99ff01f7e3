import * as msg from '../../shared/messages/functions/index.ts';
import type { Workbook } from '../../shared/workbook.ts';
import type { Clock } from '../clock.ts';
import type { LogEntry, Logger } from '../logger.ts';

// Sheets allows about 60 write requests per minute per user, and the function's service account is
// one user. The guard keeps this instance's writes under a lower budget over any sliding minute, so a
// burst of rebuilds waits instead of meeting 429s.

/**
 * Waits until `cost` more write requests fit in the last minute's budget, then books them; the
 * returned `done` moves the booking to when the writing ended, since retries may send requests late.
 */
export interface WriteRateGuard {
  acquire(cost: number): Promise<() => void>;
  /** Write requests booked in the last window, for logs and tests. */
  used(): number;
}

export interface RateGuardOptions {
  readonly clock: Clock;
  readonly log: Logger;
  readonly fields?: Pick<LogEntry, 'spreadsheetId' | 'workbook'>;
  /** Write requests allowed per window (55 leaves headroom under Sheets' 60). */
  readonly limit?: number;
  readonly windowMs?: number;
}

const WRITE_BUDGET_PER_MINUTE = 55;

/** A sliding-window guard; callers are served one at a time, in order. */
export function createWriteRateGuard(options: RateGuardOptions): WriteRateGuard {
  const limit = options.limit ?? WRITE_BUDGET_PER_MINUTE;
  const windowMs = options.windowMs ?? 60_000;
  const booked: { at: number; cost: number }[] = [];
  let queue: Promise<void> = Promise.resolve();

  const used = () => {
    const since = options.clock.now() - windowMs;
    while (booked.length > 0 && (booked[0]?.at ?? 0) <= since) booked.shift();
    return booked.reduce((sum, entry) => sum + entry.cost, 0);
  };

  const take = async (cost: number) => {
    // A cost above the whole budget could never fit; let it through alone rather than wait forever.
    const wanted = Math.min(cost, limit);
    while (used() + wanted > limit) {
      // Wait for the oldest booking to leave the window, then look again.
      const oldest = booked[0]?.at ?? options.clock.now();
      const wait = Math.max(1, oldest + windowMs - options.clock.now() + 1);
      options.log({
        severity: 'INFO',
        event: 'rate.wait',
        message: msg.logRateWait(Math.ceil(wait / 1000)),
        ...(options.fields ?? {}),
        durationMs: wait,
      });
      await options.clock.sleep(wait);
    }
    const entry = { at: options.clock.now(), cost };
    booked.push(entry);
    return () => {
      // Keep the window ordered by time: the entry moves to the end with its new time.
      const index = booked.indexOf(entry);
      if (index >= 0) booked.splice(index, 1);
      booked.push({ at: options.clock.now(), cost });
    };
  };

  return {
    acquire(cost) {
      const turn = queue.then(() => take(cost));
      queue = turn.then(
        () => undefined,
        () => undefined,
      );
      return turn;
    },
    used,
  };
}

/** A workbook whose writes first wait for the guard; `cost` is the most write requests one write() may send. */
export function guardWrites(workbook: Workbook, guard: WriteRateGuard, cost: number): Workbook {
  if (cost <= 0) return workbook;
  return {
    location: workbook.location,
    read: () => workbook.read(),
    write: async (changes) => {
      const done = await guard.acquire(cost);
      try {
        await workbook.write(changes);
      } finally {
        done();
      }
    },
  };
}
