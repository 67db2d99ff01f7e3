// A clock for tests: time moves only when the test says so, and sleepers wake in time order.
import type { Clock } from '../../functions/clock.ts';

export interface VirtualClock extends Clock {
  /** Moves time forward by `ms`, waking every sleeper due on the way (and what they start). */
  advance(ms: number): Promise<void>;
  /** Advances until nothing sleeps any more, at most `limitMs` of virtual time. */
  runAll(limitMs?: number): Promise<void>;
  pending(): number;
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

export function virtualClock(start = 0): VirtualClock {
  let now = start;
  let sequence = 0;
  const sleepers: { at: number; order: number; wake: () => void }[] = [];
  const next = () => sleepers.sort((a, b) => a.at - b.at || a.order - b.order)[0];

  const clock: VirtualClock = {
    now: () => now,
    sleep: (ms) => new Promise<void>((resolve) => sleepers.push({ at: now + Math.max(0, ms), order: sequence++, wake: resolve })),
    async advance(ms) {
      const target = now + ms;
      await flush();
      for (let sleeper = next(); sleeper && sleeper.at <= target; sleeper = next()) {
        sleepers.splice(sleepers.indexOf(sleeper), 1);
        now = sleeper.at;
        sleeper.wake();
        await flush();
      }
      now = target;
      await flush();
    },
    async runAll(limitMs = 3_600_000) {
      const end = now + limitMs;
      await flush();
      for (let sleeper = next(); sleeper && sleeper.at <= end; sleeper = next()) await clock.advance(sleeper.at - now);
    },
    pending: () => sleepers.length,
  };
  return clock;
}

/** A clock for code that only waits: each sleep passes its time at once, so nothing waits for real. */
export function instantClock(start = 0): Clock {
  let now = start;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += Math.max(0, ms);
      await flush();
    },
  };
}
