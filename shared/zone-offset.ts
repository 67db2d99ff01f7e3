import { tzOffset } from '@date-fns/tz';
import { type BoundedMemo, boundedMemo } from './bounded-memo.ts';

// Converting between instants and wall time in a named zone costs an Intl call each time (what
// @date-fns/tz does inside every TZDate); with 100,000 timestamps a run it was the largest single
// cost. Offsets are memoised per zone and UTC day: when a day starts and ends with the same offset
// it holds all day (tzdb zones change at most twice a year, never there and back within a day);
// a day with a transition in it is computed exactly every time. The memo is a pure cache.
const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
const MAX_DAYS = 50_000;
// A run has one zone (設定's); a few more only in tests.
const MAX_ZONES = 100;

// By zone, then by UTC day: no key is built for a lookup. A day's entry is the zone's offset all
// through it, or null when the offset changes within the day.
const zones = boundedMemo<string, BoundedMemo<number, number | null>>(MAX_ZONES);

/** UTC offset in minutes of a zone at an instant (480 for Asia/Taipei); NaN for an unknown zone. */
export function zoneOffset(epochMs: number, timeZone: string): number {
  const day = Math.floor(epochMs / MS_PER_DAY);
  const days = zones.get(timeZone) ?? zones.remember(timeZone, boundedMemo(MAX_DAYS));
  let steady = days.get(day);
  if (steady === undefined) {
    const start = tzOffset(timeZone, new Date(day * MS_PER_DAY));
    const end = tzOffset(timeZone, new Date((day + 1) * MS_PER_DAY - 1));
    steady = days.remember(day, start === end ? start : null);
  }
  return steady ?? tzOffset(timeZone, new Date(epochMs));
}

/** The instant at which a zone's clocks show `wallMs` (a wall time written as if it were UTC). */
export function wallToInstant(wallMs: number, timeZone: string): number {
  const first = wallMs - zoneOffset(wallMs, timeZone) * MS_PER_MINUTE;
  const second = wallMs - zoneOffset(first, timeZone) * MS_PER_MINUTE;
  return second;
}

/** The wall time (as if UTC) a zone's clocks show at an instant. */
export function instantToWall(epochMs: number, timeZone: string): number {
  return epochMs + zoneOffset(epochMs, timeZone) * MS_PER_MINUTE;
}
