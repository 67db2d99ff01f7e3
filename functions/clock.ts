/** Time as the functions see it: injected so tests can compress minutes into milliseconds. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The real clock: now() is the time of day in epoch milliseconds (timestamps, signature windows). */
export const systemClock: Clock = { now: () => Date.now(), sleep };

/** The real clock for measuring waits: now() never jumps when someone sets the system time. */
export const monotonicClock: Clock = { now: () => performance.now(), sleep };
