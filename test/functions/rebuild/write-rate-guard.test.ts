import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../functions/logger.ts';
import { createWriteRateGuard, guardWrites } from '../../../functions/rebuild/write-rate-guard.ts';
import type { Changes, Workbook } from '../../../shared/workbook.ts';
import { virtualClock } from '../virtual-clock.ts';

/** The most requests in any window of `windowMs` over (time, count) events. */
function busiestWindow(events: readonly { at: number; count: number }[], windowMs = 60_000): number {
  let busiest = 0;
  for (const start of events) {
    const total = events
      .filter((event) => event.at >= start.at && event.at < start.at + windowMs)
      .reduce((sum, event) => sum + event.count, 0);
    busiest = Math.max(busiest, total);
  }
  return busiest;
}

describe('the write rate guard', () => {
  it('keeps any sliding minute at or under the budget when writes pile up', async () => {
    const clock = virtualClock();
    const logs: LogEntry[] = [];
    const guard = createWriteRateGuard({ clock, log: (entry) => logs.push(entry) });
    const sent: { at: number; count: number }[] = [];
    const writes = Array.from({ length: 40 }, async () => {
      const done = await guard.acquire(5);
      sent.push({ at: clock.now(), count: 5 });
      done();
    });
    await clock.runAll();
    await Promise.all(writes);
    expect(sent).toHaveLength(40);
    expect(busiestWindow(sent)).toBeLessThanOrEqual(55);
    // 200 requests at 55 a minute cannot finish in under three minutes.
    expect(sent.at(-1)?.at).toBeGreaterThan(180_000);
    expect(logs.some((entry) => entry.event === 'rate.wait')).toBe(true);
  });

  it('counts a slow write at the time it ended, when its retries may still have been sending', async () => {
    const clock = virtualClock();
    const guard = createWriteRateGuard({ clock, log: () => undefined, limit: 10 });
    const first = await guard.acquire(10);
    await clock.advance(50_000);
    first();
    let secondAt = -1;
    const second = guard.acquire(10).then(() => {
      secondAt = clock.now();
    });
    await clock.runAll();
    await second;
    expect(secondAt).toBeGreaterThanOrEqual(110_000);
  });

  it('makes a guarded workbook wait before writing, and reads without waiting', async () => {
    const clock = virtualClock();
    const guard = createWriteRateGuard({ clock, log: () => undefined, limit: 6 });
    const writes: number[] = [];
    const inner: Workbook = {
      location: 'x',
      read: async () => ({ tabs: [] }),
      write: async (_changes: Changes) => {
        writes.push(clock.now());
      },
    };
    const workbook = guardWrites(inner, guard, 3);
    const all = [
      workbook.write({ outputs: [], verdicts: [] }),
      workbook.write({ outputs: [], verdicts: [] }),
      workbook.write({ outputs: [], verdicts: [] }),
    ];
    await expect(workbook.read()).resolves.toEqual({ tabs: [] });
    await clock.runAll();
    await Promise.all(all);
    expect(writes).toEqual([0, 0, 60_001]);
  });
});
