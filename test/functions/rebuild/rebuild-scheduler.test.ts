import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../functions/logger.ts';
import { createRebuildScheduler } from '../../../functions/rebuild/rebuild-scheduler.ts';
import { virtualClock } from '../virtual-clock.ts';

function setup(behaviour: (run: number) => Promise<void> | void = () => undefined) {
  const clock = virtualClock();
  const logs: LogEntry[] = [];
  const runs: { start: number; end: number }[] = [];
  let active = 0;
  let maxActive = 0;
  const scheduler = createRebuildScheduler({
    clock,
    log: (entry) => logs.push(entry),
    windowMs: 2_000,
    retryDelaysMs: [5_000, 20_000],
    run: async () => {
      const run = { start: clock.now(), end: -1 };
      runs.push(run);
      active++;
      maxActive = Math.max(maxActive, active);
      try {
        await clock.sleep(1_000);
        await behaviour(runs.length);
      } finally {
        active--;
        run.end = clock.now();
      }
    },
  });
  return { clock, logs, runs, scheduler, maxActive: () => maxActive };
}

describe('the rebuild scheduler', () => {
  it('coalesces a burst of requests into one rebuild that starts after all of them', async () => {
    const { clock, runs, scheduler } = setup();
    const done = Array.from({ length: 50 }, () => scheduler.request());
    await clock.runAll();
    await Promise.all(done);
    expect(runs).toEqual([{ start: 2_000, end: 3_000 }]);
  });

  it('runs once more, not once per request, for requests made while a rebuild runs', async () => {
    const { clock, runs, scheduler, maxActive } = setup();
    const first = scheduler.request();
    await clock.advance(2_500); // the first rebuild is running
    const during = Array.from({ length: 20 }, () => scheduler.request());
    await clock.runAll();
    await Promise.all([first, ...during]);
    expect(runs.map((run) => run.start)).toEqual([2_000, 5_000]);
    // Every request made during the first run is answered by a run that started after it.
    expect(runs[1]?.start).toBeGreaterThan(2_500);
    expect(maxActive()).toBe(1);
  });

  it('retries a failed rebuild and answers every request it covers', async () => {
    const { clock, runs, scheduler, logs } = setup((run) => {
      if (run < 3) throw new Error('503');
    });
    const first = scheduler.request();
    await clock.advance(4_000); // first attempt failed, waiting to retry
    const late = scheduler.request();
    await clock.runAll();
    await expect(first).resolves.toBeUndefined();
    await expect(late).resolves.toBeUndefined();
    expect(runs.map((run) => run.start)).toEqual([2_000, 8_000, 29_000]);
    expect(logs.filter((entry) => entry.event === 'rebuild.retry')).toHaveLength(2);
  });

  it('gives up after the last retry, rejects the waiting requests and logs an error', async () => {
    const { clock, runs, scheduler, logs } = setup(() => {
      throw new Error('quota');
    });
    const request = scheduler.request();
    const outcome = request.then(
      () => 'resolved',
      (error: unknown) => (error as Error).message,
    );
    await clock.runAll();
    expect(await outcome).toBe('quota');
    expect(runs).toHaveLength(3);
    expect(logs.at(-1)).toMatchObject({ severity: 'ERROR', event: 'rebuild.gave-up' });
  });

  it('keeps an exclusive job and a rebuild from overlapping', async () => {
    const { clock, runs, scheduler, maxActive } = setup();
    const rebuild = scheduler.request();
    await clock.advance(2_500);
    let jobStart = -1;
    const job = scheduler.exclusive(async () => {
      jobStart = clock.now();
      expect(runs.every((run) => run.end !== -1)).toBe(true);
      return 'year-end';
    });
    await clock.runAll();
    await rebuild;
    expect(await job).toBe('year-end');
    expect(jobStart).toBe(3_000);
    expect(maxActive()).toBe(1);
  });

  it('settles when nothing is waiting or running', async () => {
    const { clock, scheduler, runs } = setup();
    void scheduler.request();
    let settled = false;
    const watching = scheduler.settled().then(() => {
      settled = true;
    });
    await clock.advance(2_500);
    expect(settled).toBe(false);
    await clock.runAll();
    await watching;
    expect(settled).toBe(true);
    expect(runs).toHaveLength(1);
  });
});
